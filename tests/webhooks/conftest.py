from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from journal.conftest import FakeClock  # tests/journal's clock that moves only when told to

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "webhooks"
SECRET = "test_secret_key"

__all__ = ["FIXTURES", "SECRET", "FakeClock", "compact", "fixture_names", "payload"]


def payload(vendor: str, name: str) -> dict[str, Any]:
    """The example body of ``tests/fixtures/webhooks/<vendor>/<name>.json`` (its source is in the file)."""
    body: dict[str, Any] = json.loads((FIXTURES / vendor / f"{name}.json").read_text(encoding="utf-8"))["body"]
    return body


def compact(body: Any) -> bytes:
    """The body as a JavaScript sender writes it: compact, UTF-8, non-ASCII unescaped."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def fixture_names(vendor: str) -> list[str]:
    return sorted(path.stem for path in (FIXTURES / vendor).glob("*.json"))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
