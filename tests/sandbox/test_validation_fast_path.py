"""The compiled request-body checks answer exactly what jsonschema answers.

Bodies are generated from each implemented operation's schema (a seeded generator, so runs
repeat), then mutated: fields dropped, added, nulled or given values of other types.
"""

from __future__ import annotations

import random
from decimal import Decimal
from typing import Any

import pytest

from loyaltykit.sandbox import bonifiq, gameball
from loyaltykit.sandbox._routing import Operation, OperationIndex
from loyaltykit.sandbox._validation import body_problem, compile_check, first_error

ROUNDS = 100


def _operations() -> list[tuple[bool, Operation]]:
    found = []
    for strict in (True, False):
        index = OperationIndex()
        index.add_vendor("bonifiq", bonifiq.HANDLERS, strict=strict)
        index.add_vendor("gameball", gameball.HANDLERS, strict=strict)
        found += [(strict, op) for op in index.operations() if op.body_validator is not None]
    return found


OPERATIONS = _operations()
SCALARS: list[Any] = [
    None, True, False, 0, 1, -1, 2**31, -(2**31) - 1, 2**63, Decimal("0.5"), Decimal("-1.25"), Decimal("1E+2"),
    "", "x", "2026-01-15T12:00:00Z", "2026-13-45", "not a date", [], {}, [1, "a"], {"a": 1},
]  # fmt: skip


class Generator:
    def __init__(self, root: dict[str, Any], rng: random.Random) -> None:
        self.root = root
        self.rng = rng

    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, dict) and "$ref" in schema:
            node: Any = self.root
            for part in schema["$ref"][2:].split("/"):
                node = node[part]
            schema = node
        return schema

    def value(self, schema: Any, depth: int = 0) -> Any:
        schema = self.resolve(schema)
        rng = self.rng
        if not isinstance(schema, dict) or depth > 6:
            return rng.choice(SCALARS)
        for key in ("oneOf", "anyOf", "allOf"):
            if key in schema:
                return self.value(rng.choice(schema[key]), depth + 1)
        if "enum" in schema:
            return rng.choice(schema["enum"])
        kind = schema.get("type")
        if isinstance(kind, list):
            kind = rng.choice(kind)
        if kind == "object" or "properties" in schema:
            out = {}
            required = set(schema.get("required") or ())
            for name, child in (schema.get("properties") or {}).items():
                if name in required or rng.random() < 0.6:
                    out[name] = self.value(child, depth + 1)
            return out
        if kind == "array":
            return [self.value(schema.get("items", {}), depth + 1) for _ in range(rng.randint(0, 3))]
        if kind == "string":
            if schema.get("format") == "date-time":
                return rng.choice(["2026-01-15T12:00:00Z", "2026-01-15T12:00:00.123+03:00", "yesterday"])
            return rng.choice(["", "a", "ana@example.com", "x" * 300])
        if kind == "integer":
            return rng.choice([0, 5, -3, 2**31 - 1, 2**31, -(2**31), 2**63])
        if kind == "number":
            return rng.choice([0, 7, Decimal("10.50"), Decimal("-0.01"), Decimal("1E+3")])
        if kind == "boolean":
            return rng.choice([True, False])
        if kind == "null":
            return None
        return rng.choice(SCALARS)

    def mutate(self, value: Any) -> Any:
        rng = self.rng
        if isinstance(value, dict) and value and rng.random() < 0.7:
            out = dict(value)
            key = rng.choice(list(out))
            roll = rng.random()
            if roll < 0.25:
                del out[key]
            elif roll < 0.5:
                out[key] = self.mutate(out[key])
            elif roll < 0.6:
                out["unknownField"] = 1
            else:
                out[key] = rng.choice(SCALARS)
            return out
        if isinstance(value, list) and value and rng.random() < 0.7:
            out_list = list(value)
            index = rng.randrange(len(out_list))
            out_list[index] = self.mutate(out_list[index])
            return out_list
        return rng.choice(SCALARS)


@pytest.mark.parametrize(("strict", "operation"), OPERATIONS, ids=[f"{s}-{op.key}" for s, op in OPERATIONS])
def test_fast_check_agrees_with_jsonschema(strict: bool, operation: Operation) -> None:
    validator, check = operation.body_validator, operation.body_check
    assert validator is not None and check is not None  # every implemented body has a fast check
    generator = Generator(validator.schema, random.Random(f"{strict}{operation.key}"))
    seen_valid = seen_invalid = 0
    for _ in range(ROUNDS):
        body = generator.value(validator.schema)
        for candidate in (body, generator.mutate(body), generator.mutate(generator.mutate(body)), []):
            expected = validator.is_valid(candidate)
            assert check(candidate) is expected, (operation.key, candidate, first_error(validator, candidate))
            assert (body_problem(validator, check, candidate) is None) is expected
            seen_valid += expected
            seen_invalid += not expected
    assert seen_invalid > 0


def test_unsupported_keywords_get_no_fast_check() -> None:
    assert compile_check({"type": "object", "patternProperties": {"^x": {}}}, draft4=True) is None
    assert compile_check({"not": {"type": "string"}}, draft4=False) is None
    assert compile_check({"$ref": "http://example.com/schema"}, draft4=True) is None
    assert compile_check({"items": [{"type": "string"}]}, draft4=True) is None


def test_draft4_ref_ignores_its_siblings_and_recursion_works() -> None:
    root = {
        "allOf": [{"$ref": "#/components/Node", "type": "string"}],
        "components": {
            "Node": {"type": "object", "properties": {"next": {"$ref": "#/components/Node"}}, "required": ["v"]}
        },
    }
    check = compile_check(root, draft4=True)
    assert check is not None
    assert check({"v": 1, "next": {"v": 2}}) is True
    assert check({"v": 1, "next": {"w": 2}}) is False
