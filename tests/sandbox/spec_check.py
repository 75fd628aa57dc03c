"""Validate a response body against the vendored spec as published (strict: no unknown fields)."""

from __future__ import annotations

import functools
from typing import Any

from loyaltykit.sandbox._specs import load_spec
from loyaltykit.sandbox._validation import SpecSchemas, first_error


@functools.cache
def _schemas(vendor: str) -> SpecSchemas:
    return SpecSchemas(load_spec(vendor), strict=True)


def assert_matches_spec(vendor: str, method: str, path: str, status: int, body: Any) -> None:
    operation = load_spec(vendor)["paths"][path][method.lower()]
    responses = operation["responses"]
    response = responses.get(str(status)) or responses.get(f"{str(status)[0]}XX")
    assert response is not None, f"{status} is not documented for {method} {path}"
    schema = response["content"]["application/json"]["schema"]
    problem = first_error(_schemas(vendor).validator(schema), body)
    assert problem is None, problem
