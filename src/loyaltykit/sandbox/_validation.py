"""Request bodies checked against the vendored specs' schemas, compiled once per process.

OpenAPI 3.0 (BonifiQ) is not JSON Schema: ``nullable: true`` is rewritten to a JSON-Schema
``null`` alternative here. OpenAPI 3.1 (Gameball) schemas are JSON Schema 2020-12 already.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any

import jsonschema
from jsonschema import Draft4Validator, Draft202012Validator, FormatChecker
from jsonschema.exceptions import best_match
from jsonschema.protocols import Validator

_FORMATS = FormatChecker(formats=())


@_FORMATS.checks("int32")
def _int32(value: object) -> bool:
    return not isinstance(value, int) or -(2**31) <= value < 2**31


@_FORMATS.checks("int64")
def _int64(value: object) -> bool:
    return not isinstance(value, int) or -(2**63) <= value < 2**63


@_FORMATS.checks("date-time", raises=ValueError)
def _date_time(value: object) -> bool:
    if isinstance(value, str):
        datetime.fromisoformat(value.upper().replace("Z", "+00:00"))
    return True


def _nullable_to_json_schema(node: Any, *, strict: bool) -> Any:
    """Rewrite an OpenAPI 3.0 schema tree into JSON Schema (draft 4) form."""
    if isinstance(node, list):
        return [_nullable_to_json_schema(item, strict=strict) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in ("properties", "schemas") and isinstance(value, dict):
            # A map of names to schemas, not a schema: a property may well be called "type".
            out[key] = {name: _nullable_to_json_schema(child, strict=strict) for name, child in value.items()}
        else:
            out[key] = _nullable_to_json_schema(value, strict=strict)
    if not strict and out.get("additionalProperties") is False:
        del out["additionalProperties"]
    if out.pop("nullable", False):
        kind = out.get("type")
        if isinstance(kind, str) and not any(k in out for k in ("oneOf", "anyOf", "allOf", "$ref")):
            out["type"] = [kind, "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            return {"anyOf": [out, {"type": "null"}]}
    return out


def _relax_31(node: Any) -> Any:
    if isinstance(node, list):
        return [_relax_31(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _relax_31(value) for key, value in node.items()}
    if out.get("additionalProperties") is False:
        del out["additionalProperties"]
    return out


class SpecSchemas:
    """Builds validators for one document, sharing its converted components."""

    def __init__(self, document: dict[str, Any], *, strict: bool) -> None:
        self.is_31 = str(document.get("openapi", "")).startswith("3.1")
        components = document.get("components", {})
        if self.is_31:
            self.components = copy.deepcopy(components) if strict else _relax_31(components)
        else:
            self.components = _nullable_to_json_schema(components, strict=strict)
        self.strict = strict

    def validator(self, schema: dict[str, Any]) -> Validator:
        if self.is_31:
            body = copy.deepcopy(schema) if self.strict else _relax_31(schema)
            root = {"allOf": [body], "components": self.components}
            return Draft202012Validator(root, format_checker=_FORMATS)
        root = {"allOf": [_nullable_to_json_schema(schema, strict=self.strict)], "components": self.components}
        return Draft4Validator(root, format_checker=_FORMATS)


def first_error(validator: Validator, instance: Any) -> str | None:
    """The most relevant problem, naming the field (``Products[0].ProductPrice: ...``), or None."""
    error = best_match(validator.iter_errors(instance))
    if error is None:
        return None
    return describe(error)


def describe(error: jsonschema.ValidationError) -> str:
    where = ""
    for part in error.absolute_path:
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
    message = error.message if len(error.message) <= 200 else error.message[:200] + "..."
    return f"{where}: {message}" if where else message
