"""The vendors' documented request bodies are valid under the vendored specs and go through the generated
request models unchanged.

The fixtures under tests/fixtures/<vendor>/requests/ are the example requests of the vendors' pages, one file
each, with their source. The spec's request schema is checked as the sandbox checks a request (strictly:
unknown fields refused), and the generated model must read and write the body without losing anything.
"""

from __future__ import annotations

import importlib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import normalise_spec
import pytest
from conftest import FIXTURES, SPECS

from loyaltykit.sandbox._validation import SpecSchemas, first_error

DOCUMENTS = {"bonifiq": SPECS / "bonifiq" / "openapi.yaml"}
PACKAGES = {"bonifiq": "loyaltykit_bonifiq_api"}
REQUESTS = sorted(FIXTURES.glob("*/requests/*.json"))


def _request_schema(document: dict[str, Any], method: str, path: str) -> dict[str, Any]:
    operation = document["paths"][path][method.lower()]
    schema: dict[str, Any] = operation["requestBody"]["content"]["application/json"]["schema"]
    return schema


def _fixture(path: Path) -> dict[str, Any]:
    fixture: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    assert "https://" in fixture["source"], "every fixture names the page it came from"
    return fixture


def test_there_are_request_fixtures() -> None:
    assert REQUESTS


@pytest.mark.parametrize("path", REQUESTS, ids=lambda p: f"{p.parts[-3]}/{p.stem}")
def test_documented_request_is_valid_under_the_spec(path: Path) -> None:
    fixture = _fixture(path)
    document = normalise_spec.load(DOCUMENTS[fixture["vendor"]])
    validator = SpecSchemas(document, strict=True).validator(
        _request_schema(document, fixture["method"], fixture["path"])
    )
    assert first_error(validator, fixture["body"]) is None


@pytest.mark.parametrize("path", REQUESTS, ids=lambda p: f"{p.parts[-3]}/{p.stem}")
def test_documented_request_goes_through_the_generated_model_unchanged(path: Path) -> None:
    fixture = _fixture(path)
    document = normalise_spec.load(DOCUMENTS[fixture["vendor"]])
    ref = _request_schema(document, fixture["method"], fixture["path"])["$ref"]
    models = importlib.import_module(f"{PACKAGES[fixture['vendor']]}.models")
    model = getattr(models, ref.rsplit("/", 1)[-1])
    body = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)["body"]
    assert model.from_dict(body).to_dict() == body


def test_a_numeric_product_original_id_is_typed_and_read_as_the_number() -> None:
    import attrs
    from loyaltykit_bonifiq_api.models import AvailableRewardsRequest, AvailableRewardsRequestProduct

    assert "int" in str(attrs.fields(AvailableRewardsRequestProduct).original_id.type)
    fixture = _fixture(FIXTURES / "bonifiq" / "requests" / "post_pos-rewards-available_doc.json")
    request = AvailableRewardsRequest.from_dict(fixture["body"])
    assert request.products[0].original_id == 530648963003
