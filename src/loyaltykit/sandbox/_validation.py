"""Request bodies checked against the vendored specs' schemas, compiled once per process.

OpenAPI 3.0 (BonifiQ) is not JSON Schema: ``nullable: true`` is rewritten to a JSON-Schema
``null`` alternative here. OpenAPI 3.1 (Gameball) schemas are JSON Schema 2020-12 already.
"""

from __future__ import annotations

import copy
import numbers
import re
from collections.abc import Callable
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


def _null_optionals(node: Any) -> Any:
    """Let every optional property (one its object does not list as ``required``) be null.

    The Gameball spec types optional fields as non-nullable, yet Gameball's own SDKs send
    ``null`` for unset ones routinely, which suggests the server takes null as absent.
    """
    if isinstance(node, list):
        return [_null_optionals(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _null_optionals(value) for key, value in node.items()}
    properties = out.get("properties")
    if isinstance(properties, dict):
        required = set(out.get("required") or ())
        out["properties"] = {name: child if name in required else _or_null(child) for name, child in properties.items()}
    return out


def _or_null(schema: Any) -> Any:
    if not isinstance(schema, dict):
        return schema
    kind = schema.get("type")
    if isinstance(kind, str) and kind != "null" and "enum" not in schema and "const" not in schema:
        return {**schema, "type": [kind, "null"]}
    return {"anyOf": [schema, {"type": "null"}]}


# --------------------------------------------------------------------------- fast path
#
# jsonschema interprets a schema on every call (~0.1-0.5 ms per request body). Here the same
# schema is compiled once into plain Python checks that answer exactly what jsonschema would
# answer for the keywords below; a schema that uses any other keyword jsonschema implements
# gets no fast check at all. The request path runs the fast check and asks jsonschema only
# when it fails, so a valid body costs microseconds and an invalid one still gets
# jsonschema's message.

Check = Callable[[Any], bool]


class _Unsupported(Exception):
    pass


def _unbool(value: Any) -> Any:
    # jsonschema._utils.unbool: True/False never equal 1/0.
    if value is True:
        return ("bool", True)
    if value is False:
        return ("bool", False)
    return value


def _equal(one: Any, two: Any) -> bool:
    """jsonschema._utils.equal: enum/const equality (strings, arrays, objects, bools apart)."""
    if one is two:
        return True
    if isinstance(one, str) or isinstance(two, str):
        return bool(one == two)
    if isinstance(one, list) and isinstance(two, list):
        return len(one) == len(two) and all(_equal(a, b) for a, b in zip(one, two, strict=True))
    if isinstance(one, dict) and isinstance(two, dict):
        return one.keys() == two.keys() and all(_equal(one[key], two[key]) for key in one)
    if isinstance(one, list | dict) or isinstance(two, list | dict):
        return False
    return bool(_unbool(one) == _unbool(two))


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Number) and not isinstance(value, bool)


def _type_check(name: str, *, draft4: bool) -> Check:
    if name == "object":
        return lambda v: isinstance(v, dict)
    if name == "array":
        return lambda v: isinstance(v, list)
    if name == "string":
        return lambda v: isinstance(v, str)
    if name == "boolean":
        return lambda v: isinstance(v, bool)
    if name == "null":
        return lambda v: v is None
    if name == "number":
        return _is_number
    if name == "integer":
        if draft4:
            return lambda v: isinstance(v, int) and not isinstance(v, bool)
        return lambda v: (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())
    raise _Unsupported(f"type {name!r}")


class _Compiler:
    def __init__(self, root: dict[str, Any], *, draft4: bool) -> None:
        self.root = root
        self.draft4 = draft4
        self.known = set((Draft4Validator if draft4 else Draft202012Validator).VALIDATORS)
        self.refs: dict[str, Check] = {}

    def resolve(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise _Unsupported(f"$ref {ref!r}")
        node: Any = self.root
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, dict) or part not in node:
                raise _Unsupported(f"$ref {ref!r}")
            node = node[part]
        return node

    def ref(self, ref: str) -> Check:
        if ref not in self.refs:
            holder: list[Check] = []
            self.refs[ref] = lambda v: holder[0](v)  # a recursive $ref sees itself while compiling
            holder.append(self.compile(self.resolve(ref)))
            self.refs[ref] = holder[0]
        found = self.refs[ref]
        return found

    def compile(self, schema: Any) -> Check:
        if schema is True:
            return lambda v: True
        if schema is False:
            return lambda v: False
        if not isinstance(schema, dict):
            raise _Unsupported("schema is not an object")
        if self.draft4 and "$ref" in schema:
            return self.ref(schema["$ref"])  # draft 4: $ref ignores its siblings
        checks: list[Check] = []
        for keyword, value in schema.items():
            if keyword not in self.known:
                continue  # annotations (description, example, x-*...): jsonschema ignores them too
            checks.append(self.keyword(keyword, value, schema))
        checks = [c for c in checks if c is not _ALWAYS]
        if not checks:
            return _ALWAYS
        if len(checks) == 1:
            return checks[0]
        return lambda v: all(check(v) for check in checks)

    def keyword(self, keyword: str, value: Any, schema: dict[str, Any]) -> Check:
        if keyword == "$ref":
            return self.ref(value)
        if keyword == "type":
            names = [value] if isinstance(value, str) else list(value)
            kinds = [_type_check(name, draft4=self.draft4) for name in names]
            return kinds[0] if len(kinds) == 1 else (lambda v: any(kind(v) for kind in kinds))
        if keyword == "properties":
            props = {name: self.compile(child) for name, child in value.items()}
            return lambda v: (
                not isinstance(v, dict) or all(check(v[name]) for name, check in props.items() if name in v)
            )
        if keyword == "additionalProperties":
            if "patternProperties" in schema:
                raise _Unsupported("patternProperties")
            declared = frozenset(schema.get("properties") or ())
            extra = self.compile(value)
            if value is False:
                return lambda v: not isinstance(v, dict) or declared.issuperset(v)
            return lambda v: not isinstance(v, dict) or all(extra(v[k]) for k in v if k not in declared)
        if keyword == "required":
            required = tuple(value)
            return lambda v: not isinstance(v, dict) or all(name in v for name in required)
        if keyword == "items":
            if not isinstance(value, dict if self.draft4 else dict | bool) or "prefixItems" in schema:
                raise _Unsupported("tuple items")
            item = self.compile(value)
            return lambda v: not isinstance(v, list) or all(item(element) for element in v)
        if keyword in ("allOf", "anyOf", "oneOf"):
            parts = [self.compile(child) for child in value]
            if keyword == "allOf":
                return lambda v: all(part(v) for part in parts)
            if keyword == "anyOf":
                return lambda v: any(part(v) for part in parts)
            return lambda v: sum(1 for part in parts if part(v)) == 1
        if keyword == "enum":
            members = list(value)
            return lambda v: any(_equal(v, member) for member in members)
        if keyword == "const":
            return lambda v: _equal(v, value)
        if keyword == "format":
            if value not in _FORMATS.checkers:
                return _ALWAYS  # formats the sandbox does not check
            return lambda v: _FORMATS.conforms(v, value)
        if keyword in ("minLength", "maxLength"):
            bound = int(value)
            if keyword == "minLength":
                return lambda v: not isinstance(v, str) or len(v) >= bound
            return lambda v: not isinstance(v, str) or len(v) <= bound
        if keyword in ("minItems", "maxItems"):
            bound = int(value)
            if keyword == "minItems":
                return lambda v: not isinstance(v, list) or len(v) >= bound
            return lambda v: not isinstance(v, list) or len(v) <= bound
        if keyword == "pattern":
            regex = re.compile(value)
            return lambda v: not isinstance(v, str) or regex.search(v) is not None
        if keyword in ("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"):
            return self.bound(keyword, value, schema)
        raise _Unsupported(keyword)

    def bound(self, keyword: str, value: Any, schema: dict[str, Any]) -> Check:
        if not _is_number(value):
            raise _Unsupported(f"{keyword} {value!r}")
        if self.draft4:  # exclusiveMinimum/Maximum are flags of minimum/maximum
            if keyword == "minimum":
                if schema.get("exclusiveMinimum"):
                    return lambda v: not _is_number(v) or v > value
                return lambda v: not _is_number(v) or v >= value
            if schema.get("exclusiveMaximum"):
                return lambda v: not _is_number(v) or v < value
            return lambda v: not _is_number(v) or v <= value
        if keyword == "minimum":
            return lambda v: not _is_number(v) or v >= value
        if keyword == "maximum":
            return lambda v: not _is_number(v) or v <= value
        if keyword == "exclusiveMinimum":
            return lambda v: not _is_number(v) or v > value
        return lambda v: not _is_number(v) or v < value


def _always(value: Any) -> bool:
    return True


_ALWAYS: Check = _always


def compile_check(root: dict[str, Any], *, draft4: bool) -> Check | None:
    """An exact fast check of ``root`` (True = jsonschema finds no error), or None if it cannot be made."""
    try:
        return _Compiler(root, draft4=draft4).compile(root)
    except (_Unsupported, re.error, TypeError, ValueError):
        return None


class SpecSchemas:
    """Builds validators for one document, sharing its converted components."""

    def __init__(self, document: dict[str, Any], *, strict: bool, null_optionals: bool = False) -> None:
        """``strict``: refuse unknown fields; ``null_optionals``: take null in an optional field
        (OpenAPI 3.1 documents only: a 3.0 one says ``nullable`` where it means it)."""
        self.is_31 = str(document.get("openapi", "")).startswith("3.1")
        self.null_optionals = null_optionals and self.is_31
        components = document.get("components", {})
        if self.is_31:
            self.components = self._body_31(components, strict)
        else:
            self.components = _nullable_to_json_schema(components, strict=strict)
        self.strict = strict

    def _body_31(self, schema: Any, strict: bool) -> Any:
        converted = copy.deepcopy(schema) if strict else _relax_31(schema)
        return _null_optionals(converted) if self.null_optionals else converted

    def validator(self, schema: dict[str, Any]) -> Validator:
        return self.validators(schema)[0]

    def validators(self, schema: dict[str, Any]) -> tuple[Validator, Check | None]:
        """The jsonschema validator of a request body and its compiled fast check (None: none)."""
        if self.is_31:
            body = self._body_31(schema, self.strict)
            root = {"allOf": [body], "components": self.components}
            return Draft202012Validator(root, format_checker=_FORMATS), compile_check(root, draft4=False)
        root = {"allOf": [_nullable_to_json_schema(schema, strict=self.strict)], "components": self.components}
        return Draft4Validator(root, format_checker=_FORMATS), compile_check(root, draft4=True)


def body_problem(validator: Validator, check: Check | None, instance: Any) -> str | None:
    """None when ``instance`` is valid; the fast check first, jsonschema for the message."""
    if check is not None and check(instance):
        return None
    return first_error(validator, instance)


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
