"""Where the vendored OpenAPI documents are, and loading them once."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import yaml

_HERE = Path(__file__).resolve().parent

# Installed wheel: pyproject force-includes the specs here.
_WHEEL = {"bonifiq": _HERE / "_specs" / "bonifiq.yaml", "gameball": _HERE / "_specs" / "gameball.json"}
# Source tree (editable install): <repo>/src/loyaltykit/sandbox -> <repo>/specs/...
_SOURCE = {
    "bonifiq": _HERE.parents[2] / "specs" / "bonifiq" / "openapi.yaml",
    "gameball": _HERE.parents[2] / "specs" / "gameball" / "openapi.json",
}


def spec_path(vendor: str) -> Path:
    """The vendored spec of ``vendor`` ("bonifiq" or "gameball"), wheel copy first."""
    for candidate in (_WHEEL[vendor], _SOURCE[vendor]):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{vendor} spec not found at {_WHEEL[vendor]} nor {_SOURCE[vendor]}")


@functools.cache
def load_spec(vendor: str) -> dict[str, Any]:
    """The parsed document; cached, so callers must not mutate it."""
    path = spec_path(vendor)
    text = path.read_text(encoding="utf-8")
    loaded = json.loads(text) if path.suffix == ".json" else yaml.safe_load(text)
    if not isinstance(loaded, dict):
        raise ValueError(f"{path}: not an OpenAPI document")
    return loaded
