"""A local, stateful emulator of BonifiQ's Private API and Gameball's API v4, with faults.

Start it with ``python -m loyaltykit.sandbox`` or, in tests, ``start_in_thread()``; see
README.md in this folder. Needs the ``sandbox`` extra (starlette, uvicorn, pyyaml, jsonschema).
"""

from __future__ import annotations

from ._app import create_app
from ._config import (
    DEFAULT_BONIFIQ_API_KEY,
    DEFAULT_BONIFIQ_API_TOKEN,
    DEFAULT_GAMEBALL_API_KEY,
    DEFAULT_GAMEBALL_SECRET_KEY,
    CashbackRule,
    Credentials,
    SandboxConfig,
)
from ._faults import KINDS as FAULT_KINDS
from ._server import RunningSandbox, run, start_in_thread
from ._specs import spec_path

__all__ = [
    "DEFAULT_BONIFIQ_API_KEY",
    "DEFAULT_BONIFIQ_API_TOKEN",
    "DEFAULT_GAMEBALL_API_KEY",
    "DEFAULT_GAMEBALL_SECRET_KEY",
    "FAULT_KINDS",
    "CashbackRule",
    "Credentials",
    "RunningSandbox",
    "SandboxConfig",
    "create_app",
    "run",
    "spec_path",
    "start_in_thread",
]
