"""Schemathesis drives every implemented operation from the specs: no 5xx, responses valid.

The documents are first passed through ``scripts/normalise_spec.normalise`` because the
published Gameball document is not valid as it stands (an operation without ``responses``,
arrays without ``items``, a path parameter named after another operation's, an ``Error``
schema that matches no real response); the normalised form is also the one the generated
clients are built from, so it is the contract the SDK relies on.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, settings
from normalise_spec import normalise  # tests/conftest.py puts scripts/ on sys.path
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from loyaltykit.sandbox import bonifiq, gameball
from loyaltykit.sandbox._routing import GAMEBALL_V40
from loyaltykit.sandbox._specs import load_spec

from .conftest import CREDENTIALS, gameball_headers


def _implemented_only(vendor: str, keys: set[str]) -> dict[str, Any]:
    # Without the generator-only rules: they list every response field as required, which
    # types the SDK's models but is no promise that a response carries them all.
    document = normalise(load_spec(vendor), vendor, for_generator=False)
    paths: dict[str, Any] = {}
    for path, item in document["paths"].items():
        kept = {m: op for m, op in item.items() if f"{m.upper()} {path}" in keys}
        if kept:
            paths[path] = kept
    document["paths"] = paths
    return document


BONIFIQ = schemathesis.openapi.from_dict(_implemented_only("bonifiq", set(bonifiq.HANDLERS)))
GAMEBALL = schemathesis.openapi.from_dict(_implemented_only("gameball", set(gameball.HANDLERS)))

CHECKS = [not_a_server_error, response_schema_conformance]
# Enough examples to reach past the happy path, no shrinking, no example database, derandomized:
# reproducible in CI, and the whole file stays near a minute on two cores.
FAST = settings(
    max_examples=25,
    phases=[Phase.explicit, Phase.generate],
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)


@pytest.fixture
def base_url(sandbox_server: Any) -> str:
    url: str = sandbox_server.base_url
    return url


@pytest.fixture(scope="module")
def session() -> Iterator[requests.Session]:
    """One keep-alive connection for every generated call (a new one per call costs a connect)."""
    with requests.Session() as shared:
        yield shared


@BONIFIQ.parametrize()
@FAST
def test_bonifiq_operations_conform(case: Any, base_url: str, session: requests.Session) -> None:
    auth = (CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key)
    response = case.call(base_url=base_url, session=session, auth=auth, timeout=10)
    case.validate_response(response, checks=CHECKS)


# Gameball's operations are few and fast: more examples each, within ~40 s here.
GAMEBALL_SETTINGS = settings(FAST, max_examples=25)


@GAMEBALL.parametrize()
@GAMEBALL_SETTINGS
def test_gameball_operations_conform(case: Any, base_url: str, session: requests.Session) -> None:
    response = case.call(base_url=base_url, session=session, headers=gameball_headers(), timeout=10)
    case.validate_response(response, checks=CHECKS)


def test_every_handler_is_covered() -> None:
    """The conformance run covers exactly what the sandbox implements."""
    bonifiq_ops = {f"{op.method.upper()} {op.path}" for op in _operations(BONIFIQ)}
    gameball_ops = {f"{op.method.upper()} {op.path}" for op in _operations(GAMEBALL)}
    assert bonifiq_ops == set(bonifiq.HANDLERS)
    assert gameball_ops == set(gameball.HANDLERS)
    assert all(key.split(" ", 1)[1].startswith(GAMEBALL_V40) for key in gameball_ops)


def _operations(schema: Any) -> list[Any]:
    return [result.ok() for result in schema.get_all_operations()]
