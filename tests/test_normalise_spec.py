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
