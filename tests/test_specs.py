"""The vendored specs: valid, complete, and traceable to their sources."""

from __future__ import annotations

import hashlib
from collections import Counter
from typing import Any

import normalise_spec
import pytest
from conftest import SPECS
from openapi_spec_validator import validate

BONIFIQ = SPECS / "bonifiq" / "openapi.yaml"
GAMEBALL = SPECS / "gameball" / "openapi.json"


def operations(doc: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return list(normalise_spec.operations(doc))


@pytest.fixture(scope="module")
def bonifiq() -> dict[str, Any]:
    return normalise_spec.load(BONIFIQ)


@pytest.fixture(scope="module")
def gameball() -> dict[str, Any]:
    return normalise_spec.load(GAMEBALL)


def test_vendored_bonifiq_spec_is_valid_openapi() -> None:
    validate(normalise_spec.load(BONIFIQ))


def _nullable_without_type(node: Any, where: str = "") -> list[str]:
    if isinstance(node, list):
        return [found for i, child in enumerate(node) for found in _nullable_without_type(child, f"{where}/{i}")]
    if not isinstance(node, dict):
        return []
    own = [where] if node.get("nullable") is True and "type" not in node else []
    return own + [found for key, child in node.items() for found in _nullable_without_type(child, f"{where}/{key}")]


def test_vendored_bonifiq_spec_is_valid_under_the_version_it_declares(bonifiq: dict[str, Any]) -> None:
    """OpenAPI 3.0.3: ``nullable`` "only takes effect if ``type`` is explicitly defined within the
    same Schema Object" (a rule the schema-based validator does not check)."""
    from openapi_spec_validator import OpenAPIV30SpecValidator

    assert bonifiq["openapi"] == "3.0.3"
    assert list(OpenAPIV30SpecValidator(bonifiq).iter_errors()) == []
    assert _nullable_without_type(bonifiq) == []


def test_vendored_gameball_spec_has_only_the_known_defects_the_normaliser_fixes() -> None:
    """Gameball's document is vendored as published, defects included; each has a rule."""
    from openapi_spec_validator import OpenAPIV31SpecValidator

    errors = list(OpenAPIV31SpecValidator(normalise_spec.load(GAMEBALL)).iter_errors())
    # Compared by location, not message: messages change between jsonschema versions.
    locations = {tuple(str(p) for p in error.absolute_path)[:4] for error in errors}
    orders_delete = ("paths", "/api/v4.0/integrations/orders/{orderId}/transactions", "delete", "responses")
    plants_delete = ("paths", "/plants/{id}", "delete", "responses")
    assert locations == {orders_delete, plants_delete, ()}  # empty responses: rule ensure_responses
    path_parameter_errors = sorted(str(e.message).split(" for ")[0] for e in errors if not e.absolute_path)
    # rule: match_path_parameters
    assert path_parameter_errors == ["Path parameter 'customerId'", "Path parameter 'orderId'"]


def test_bonifiq_covers_at_least_40_operations_across_the_vendor_tags(bonifiq: dict[str, Any]) -> None:
    ops = operations(bonifiq)
    assert len(ops) >= 40
    tags = {op["tags"][0] for _, _, op in ops}
    expected = {
        "POS", "Customer", "Order", "Checkout", "Rewards", "RewardConfigurations",
        "Coupons", "Objectives", "Product", "Tiers", "Reports", "Affiliate",
    }  # fmt: skip
    assert expected <= tags


def test_every_bonifiq_path_names_the_page_it_came_from(bonifiq: dict[str, Any]) -> None:
    missing = [
        path for path, item in bonifiq["paths"].items() if not str(item.get("x-source", "")).startswith("https://")
    ]
    assert missing == []


def test_bonifiq_keeps_the_vendor_names(bonifiq: dict[str, Any]) -> None:
    ids = [op["operationId"] for _, _, op in operations(bonifiq)]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    assert "POS_Redeem" in ids
    schemas = bonifiq["components"]["schemas"]
    assert "CouponlessRewardGenerateRequest" in schemas
    assert schemas["CouponType"]["x-enumNames"][:2] == ["FixedValue", "Percent"]
    redeem = schemas["CouponlessRewardGenerateRequest"]["properties"]
    assert {"CustomerId", "OriginalKey", "Value", "RedeemOrigin"} <= set(redeem)


def test_bonifiq_envelope_fields_of_the_new_generation_are_optional(bonifiq: dict[str, Any]) -> None:
    """The old envelope has only ErrorMessage/ErrorCode/Result/HasError: it must still be valid."""
    envelopes = [s for n, s in bonifiq["components"]["schemas"].items() if n.startswith("BaseExternalApiResponseOf")]
    assert envelopes
    for schema in envelopes:
        assert not {"Code", "CodeName", "Severity", "HasWarning"} & set(schema.get("required", []))


def test_gameball_has_all_78_published_operations(gameball: dict[str, Any]) -> None:
    assert len(operations(gameball)) == 78


# SHA-256 of Gameball's v4.0 document as published, byte for byte: the vendored file must stay it
# (fixes belong in scripts/normalise_spec.py, never in the vendored document).
PUBLISHED_GAMEBALL_SHA256 = "3b11e1670d6171b0352d6167ce5fa2ba60249f4575f5c2f4ca1b203d115b69c7"


def test_gameball_is_vendored_as_published() -> None:
    assert hashlib.sha256(GAMEBALL.read_bytes()).hexdigest() == PUBLISHED_GAMEBALL_SHA256


def _values_of(node: Any, key: str) -> list[Any]:
    if isinstance(node, dict):
        found = [node[key]] if key in node else []
        return found + [v for child in node.values() for v in _values_of(child, key)]
    if isinstance(node, list):
        return [v for child in node for v in _values_of(child, key)]
    return []


def test_every_x_inferred_says_what_and_from_where(bonifiq: dict[str, Any]) -> None:
    notes = _values_of(bonifiq, "x-inferred")
    assert notes, "the rebuilt spec marks what it inferred"
    assert [n for n in notes if not isinstance(n, str) or len(n) < 15] == []


# The request fields BonifiQ's pages call required in prose though their schemas do not list them
# (the pages named in the x-source of the paths using these schemas).
REQUIRED_IN_PROSE = {
    "CreateCustomerRequest": {"OriginalId"},
    "ChangePointsRequest": {"Reason"},
    "ChangeCashbackRequest": {"Reason"},
    "ChangeCustomerStatusRequest": {"Reason"},
    "ChangeCustomerTierRequest": {"TierId"},
    "ProductPointsRequest": {"Id", "Price"},
}
# Required in prose too, but BonifiQ answers their absence with its own business code (01
# CustomerNotFound, 02 CheckoutIdRequired), so a schema refusal must not come first.
ANSWERED_WITH_A_CODE = {
    "CheckoutRedeemRequest": {"CustomerId", "CheckoutId"},
    "CheckoutCustomerRequest": {"CustomerId", "CheckoutId"},
}


@pytest.mark.parametrize("schema", sorted(REQUIRED_IN_PROSE))
def test_fields_the_pages_call_required_are_required_and_marked_inferred(bonifiq: dict[str, Any], schema: str) -> None:
    found = bonifiq["components"]["schemas"][schema]
    assert REQUIRED_IN_PROSE[schema] <= set(found.get("required", []))
    for field in REQUIRED_IN_PROSE[schema]:
        assert "x-inferred" in found["properties"][field] or "required" in found.get("x-inferred", ""), field


@pytest.mark.parametrize("schema", sorted(ANSWERED_WITH_A_CODE))
def test_fields_the_vendor_checks_with_a_business_code_say_why_they_are_not_required(
    bonifiq: dict[str, Any], schema: str
) -> None:
    found = bonifiq["components"]["schemas"][schema]
    assert ANSWERED_WITH_A_CODE[schema] & set(found.get("required", [])) == set()
    for field in ANSWERED_WITH_A_CODE[schema]:
        assert "not listed in required" in found["properties"][field]["x-inferred"], field
