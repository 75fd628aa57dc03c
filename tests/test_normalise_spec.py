"""The normaliser's rules on the vendored documents, and what they leave in the generated packages."""

from __future__ import annotations

import importlib
from typing import Any

import normalise_spec
import pytest
from conftest import ROOT, SPECS

GAMEBALL = SPECS / "gameball" / "openapi.json"
GENERATED_GAMEBALL = ROOT / "generated" / "loyaltykit_gameball_api"


@pytest.fixture(scope="module")
def gameball() -> dict[str, Any]:
    return normalise_spec.normalise(normalise_spec.load(GAMEBALL), "gameball")


# -- drop_sample_operations ------------------------------------------------------------------


def test_the_sample_plant_operations_and_their_models_are_dropped(gameball: dict[str, Any]) -> None:
    assert [path for path in gameball["paths"] if "plant" in path.lower()] == []
    assert [name for name in gameball.get("webhooks", {}) if "plant" in name.lower()] == []
    assert {"Plant", "NewPlant"} & set(gameball["components"]["schemas"]) == set()
    # Everything else stays: the 78 published operations less the three sample ones.
    assert len(list(normalise_spec.operations(gameball))) == 75
    assert "Error" in gameball["components"]["schemas"]


def test_no_generated_module_or_model_is_left_for_the_sample_operations() -> None:
    generated = [p.relative_to(GENERATED_GAMEBALL) for p in GENERATED_GAMEBALL.rglob("*.py")]
    assert [p for p in generated if "plant" in str(p).lower()] == []
    models = importlib.import_module("loyaltykit_gameball_api.models")
    assert [name for name in models.__all__ if "plant" in name.lower()] == []


def test_a_schema_the_sample_shares_with_real_operations_is_kept() -> None:
    shared = {"type": "object", "properties": {"a": {"type": "string"}}}
    doc = {
        "openapi": "3.1.0",
        "info": {},
        "paths": {
            "/plants": {"get": {"responses": {"200": {"$ref": "#/components/responses/Shared"}}}},
            "/api/v4.0/integrations/x": {"get": {"responses": {"200": {"$ref": "#/components/responses/Shared"}}}},
        },
        "components": {
            "schemas": {"Shared": shared, "Only": {"type": "object"}},
            "responses": {
                "Shared": {
                    "description": "",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Shared"}}},
                }
            },
        },
    }
    doc["paths"]["/plants/{id}"] = {
        "get": {
            "responses": {
                "200": {
                    "description": "",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Only"}}},
                }
            }
        }
    }
    normalise_spec.drop_sample_operations(doc)
    assert list(doc["paths"]) == ["/api/v4.0/integrations/x"]
    assert list(doc["components"]["schemas"]) == ["Shared"]


# -- type_unions_by_their_variants -------------------------------------------------------


def test_a_typed_nullable_reference_is_generated_as_the_model_or_none() -> None:
    ref = {"$ref": "#/components/schemas/T"}
    schema = {"type": "object", "properties": {"P": {"type": "object", "nullable": True, "oneOf": [ref]}}}
    doc = {"openapi": "3.0.3", "info": {}, "paths": {}, "components": {"schemas": {"S": schema}}}
    out = normalise_spec.normalise(doc, "bonifiq")["components"]["schemas"]["S"]["properties"]["P"]
    assert out == {"nullable": True, "oneOf": [ref]}


# -- tolerate_missing_fields: responses tolerant, request bodies keep what they require ------------


def _doc_with_bodies(request: dict[str, Any], response: dict[str, Any], shared: dict[str, Any]) -> dict[str, Any]:
    def media(name: str) -> dict[str, Any]:
        return {"content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}"}}}}

    operation = {"requestBody": media("Req"), "responses": {"200": {"description": "", **media("Resp")}}}
    return {
        "openapi": "3.0.3",
        "info": {},
        "paths": {"/x": {"post": operation}},
        "components": {"schemas": {"Req": request, "Resp": response, "Shared": shared}},
    }


def test_a_request_only_schema_keeps_its_required_fields_not_null() -> None:
    shared = {"type": "object", "required": ["S"], "properties": {"S": {"type": "string"}}}
    request = {
        "type": "object",
        "required": ["A"],
        "properties": {"A": {"type": "string"}, "B": {"type": "string"}, "C": {"$ref": "#/components/schemas/Shared"}},
    }
    response = {
        "type": "object",
        "required": ["R"],
        "properties": {"R": {"type": "string"}, "C": {"$ref": "#/components/schemas/Shared"}},
    }
    schemas = normalise_spec.normalise(_doc_with_bodies(request, response, shared), "bonifiq")["components"]["schemas"]
    assert schemas["Req"]["required"] == ["A"]
    assert schemas["Req"]["properties"]["A"] == {"type": "string"}  # sent, never parsed: not made nullable
    assert schemas["Req"]["properties"]["B"] == {"type": "string", "nullable": True}
    assert "x-loyaltykit-parsed" not in schemas["Req"]
    # What a response carries has every field, each nullable: T | None, never Unset ...
    assert schemas["Resp"]["required"] == ["R", "C"] and schemas["Resp"]["x-loyaltykit-parsed"] is True
    assert schemas["Resp"]["properties"]["R"] == {"type": "string", "nullable": True}
    assert schemas["Shared"]["required"] == ["S"] and schemas["Shared"]["properties"]["S"]["nullable"] is True
    # ... so a schema both sent and parsed is copied for requests, where "omit this field" stays.
    assert schemas["Req"]["properties"]["C"]["oneOf"] == [{"$ref": "#/components/schemas/SharedParam"}]
    assert schemas["Resp"]["properties"]["C"]["oneOf"] == [{"$ref": "#/components/schemas/Shared"}]
    assert schemas["SharedParam"]["required"] == ["S"]
    assert schemas["SharedParam"]["properties"]["S"] == {"type": "string"}
    assert "x-loyaltykit-parsed" not in schemas["SharedParam"]


@pytest.mark.parametrize("vendor", ["bonifiq", "gameball"])
def test_everything_a_response_carries_has_every_field_nullable(vendor: str) -> None:
    document = next(SPECS.glob(f"{vendor}/openapi.*"))
    doc = normalise_spec.normalise(normalise_spec.load(document), vendor)
    schemas = doc["components"]["schemas"]
    responses = [op.get("responses") for _, _, op in normalise_spec.operations(doc)]
    parsed = [schemas[name] for name in normalise_spec._reachable_schemas(responses, schemas)] + responses
    objects = [node for root in parsed for node in _trees(root) if isinstance(node.get("properties"), dict)]
    assert objects
    for node in objects:
        assert node.get("x-loyaltykit-parsed") is True
        assert node["required"] == list(node["properties"])
    # No request body reaches a parsed schema (each such schema was copied as <Name>Param).
    bodies = [op.get("requestBody") for _, _, op in normalise_spec.operations(doc)]
    sent = normalise_spec._reachable_schemas(bodies, schemas)
    assert not [name for name in sent if schemas[name].get("x-loyaltykit-parsed")]


def _trees(node: Any) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        return [node, *(found for child in node.values() for found in _trees(child))]
    if isinstance(node, list):
        return [found for child in node for found in _trees(child)]
    return []


def test_a_generated_request_model_cannot_be_built_without_a_required_field() -> None:
    from loyaltykit_bonifiq_api.models import ChangeCustomerStatusRequest, CheckoutRedeemRequest, CustomerPointsResponse

    with pytest.raises(TypeError, match="reason"):
        ChangeCustomerStatusRequest(is_enabled=False)  # type: ignore[call-arg]
    body = CheckoutRedeemRequest(customer_id="c-1", checkout_id="cart-1").to_dict()
    assert body == {"CustomerId": "c-1", "CheckoutId": "cart-1"}
    # A response model still takes a body without any of its fields.
    assert CustomerPointsResponse.from_dict({}).additional_properties == {}


# -- own_keys_as_parameters ------------------------------------------------------------------


def test_an_operation_with_its_own_header_key_takes_it_as_a_parameter() -> None:
    def op(security: Any = None) -> dict[str, Any]:
        found: dict[str, Any] = {"responses": {"200": {"description": ""}}}
        if security is not None:
            found["security"] = security
        return found

    doc = {
        "openapi": "3.0.3",
        "info": {},
        "security": [{"basic": []}],
        "paths": {
            "/private": {"get": op(), "post": op([{"basic": []}])},
            "/public": {"get": op([{"token": []}]), "post": op([{"token": []}, {"basic": []}])},
        },
        "components": {
            "securitySchemes": {
                "basic": {"type": "http", "scheme": "basic"},
                "token": {"type": "apiKey", "in": "header", "name": "X-Token", "description": "The token."},
            }
        },
    }
    normalise_spec.own_keys_as_parameters(doc)
    params = {(m, p): o.get("parameters", []) for p, m, o in normalise_spec.operations(doc)}
    assert params[("get", "/private")] == params[("post", "/private")] == []
    assert params[("get", "/public")] == [
        {"name": "X-Token", "in": "header", "required": True, "description": "The token.", "schema": {"type": "string"}}
    ]
    # Another scheme would do as well: the key is then an optional argument.
    assert params[("post", "/public")][0]["required"] is False


@pytest.mark.parametrize("vendor", sorted(normalise_spec.READ_ONLY_POSTS))
def test_every_read_only_post_is_a_post_of_the_vendored_spec(vendor: str) -> None:
    document = next(SPECS.glob(f"{vendor}/openapi.*"))
    paths = normalise_spec.load(document)["paths"]
    for path in normalise_spec.READ_ONLY_POSTS[vendor]:
        assert "post" in paths.get(path, {}), path


def test_the_generator_only_rules_are_left_out_for_validation() -> None:
    document = next(SPECS.glob("bonifiq/openapi.*"))
    loaded = normalise_spec.load(document)
    for_validation = normalise_spec.normalise(loaded, "bonifiq", for_generator=False)
    for_generator = normalise_spec.normalise(loaded, "bonifiq")
    name = "CustomerPointsResponse"
    assert "required" not in for_validation["components"]["schemas"][name]
    assert for_generator["components"]["schemas"][name]["x-loyaltykit-parsed"] is True
