"""Every documented example response parses through the generated models.

The fixtures under tests/fixtures/ are the example bodies of the reference pages and the
specs, one file each, with their source. Each is fed to the generated operation's own
response parser, as the facade does, and the result is checked for silent fallbacks.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import re
from decimal import Decimal
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import httpx
import pytest
from conftest import FIXTURES

PACKAGES = {"bonifiq": "loyaltykit_bonifiq_api", "gameball": "loyaltykit_gameball_api"}
_ROUTE = re.compile(r'method="(\w+)",\s*url=(?:f)?"([^"]+)"')
_PLACEHOLDER = re.compile(r"{[^}]*}")


def _route_key(method: str, path: str) -> tuple[str, str]:
    return method.upper(), _PLACEHOLDER.sub("{}", path)


def _endpoint_modules(package: str) -> dict[tuple[str, str], ModuleType]:
    """(METHOD, path with {} placeholders) -> the generated module of that operation."""
    api = importlib.import_module(f"{package}.api")
    index: dict[tuple[str, str], ModuleType] = {}
    for info in pkgutil.walk_packages(api.__path__, prefix=f"{package}.api."):
        module = importlib.import_module(info.name)
        found = _ROUTE.search(Path(module.__file__ or "").read_text())
        if found:
            index[_route_key(*found.groups())] = module
    return index


def _fixture_files() -> list[Path]:
    return sorted(FIXTURES.glob("*/*.json"))


def _silent_fallbacks(value: Any, where: str = "$") -> list[str]:
    """Places where a parse produced a raw dict/str instead of the declared model or enum."""
    problems: list[str] = []
    if attrs.has(type(value)):
        for field in attrs.fields(type(value)):
            if field.name == "additional_properties":
                continue
            item = getattr(value, field.name)
            declared = str(field.type)
            if isinstance(item, dict) and "dict" not in declared and "Any" not in declared:
                problems.append(f"{where}.{field.name}: dict where {declared} was declared")
            problems += _silent_fallbacks(item, f"{where}.{field.name}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            problems += _silent_fallbacks(item, f"{where}[{i}]")
    return problems


@pytest.fixture(scope="module")
def endpoints() -> dict[str, dict[tuple[str, str], ModuleType]]:
    return {vendor: _endpoint_modules(package) for vendor, package in PACKAGES.items()}


def test_there_are_fixtures_for_both_vendors() -> None:
    vendors = {path.parent.name for path in _fixture_files()}
    assert vendors == {"bonifiq", "gameball"}
    assert len(_fixture_files()) >= 40


@pytest.mark.parametrize("path", _fixture_files(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_example_response_parses(path: Path, endpoints: dict[str, dict[tuple[str, str], ModuleType]]) -> None:
    fixture = json.loads(path.read_text(encoding="utf-8"))
    assert fixture["source"], "every fixture names where it came from"
    module = endpoints[fixture["vendor"]].get(_route_key(fixture["method"], fixture["path"]))
    assert module is not None, f"no generated operation for {fixture['method']} {fixture['path']}"

    response = httpx.Response(fixture["status"], content=json.dumps(fixture["body"]).encode())

    if response.is_success:
        parsed = module._parse(response)
    else:
        # Error statuses never reach an operation's parser: the facade decodes them, from the
        # vendor's error body (the Error schema, as the normaliser documents it).
        error_model = importlib.import_module(f"{PACKAGES[fixture['vendor']]}.models.error").Error
        parsed = error_model.from_dict(fixture["body"])

    assert parsed is not None, "documented status parsed to None"
    assert not isinstance(parsed, dict | str), f"parsed to a raw {type(parsed).__name__}"
    assert _silent_fallbacks(parsed) == []


def test_money_is_decoded_exactly(endpoints: dict[str, dict[tuple[str, str], ModuleType]]) -> None:
    module = endpoints["gameball"][_route_key("GET", "/api/v4.0/integrations/customers/{}/balance")]
    body = b'{"totalPointsValue": 0.1, "availablePointsValue": 0.2}'
    parsed = module._parse(httpx.Response(200, content=body))
    assert parsed.total_points_value + parsed.available_points_value == Decimal("0.3")
    assert isinstance(parsed.total_points_value, Decimal)


def test_enums_are_named_members() -> None:
    enum_types = [
        obj
        for package in PACKAGES.values()
        for info in pkgutil.iter_modules(importlib.import_module(f"{package}.models").__path__)
        for obj in vars(importlib.import_module(f"{package}.models.{info.name}")).values()
        if isinstance(obj, type) and issubclass(obj, Enum) and obj.__module__.startswith(package)
    ]
    assert enum_types
    unnamed = [e.__name__ for e in enum_types if any(m.name.startswith("VALUE_") for m in e)]
    assert unnamed == []
