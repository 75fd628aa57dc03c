"""A local, stateful emulator of BonifiQ's Private API and Gameball's API v4, with faults.

Start it with ``python -m loyaltykit.sandbox`` or, in tests, ``start_in_thread()``; see
README.md in this folder. Needs the ``sandbox`` extra (starlette, uvicorn, pyyaml, jsonschema).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Loaded on first use, so that `python -m loyaltykit.sandbox` on an install without the sandbox
# extra reaches __main__, which says what to install instead of a ModuleNotFoundError traceback.
# Using a name without the extra still raises that ImportError (naming the missing module).
_LAZY = {
    "create_app": ("_app", "create_app"),
    "DEFAULT_BONIFIQ_API_KEY": ("_config", "DEFAULT_BONIFIQ_API_KEY"),
    "DEFAULT_BONIFIQ_API_TOKEN": ("_config", "DEFAULT_BONIFIQ_API_TOKEN"),
    "DEFAULT_GAMEBALL_API_KEY": ("_config", "DEFAULT_GAMEBALL_API_KEY"),
    "DEFAULT_GAMEBALL_SECRET_KEY": ("_config", "DEFAULT_GAMEBALL_SECRET_KEY"),
    "CashbackRule": ("_config", "CashbackRule"),
    "Credentials": ("_config", "Credentials"),
    "SandboxConfig": ("_config", "SandboxConfig"),
    "FAULT_KINDS": ("_faults", "KINDS"),
    "RunningSandbox": ("_server", "RunningSandbox"),
    "run": ("_server", "run"),
    "start_in_thread": ("_server", "start_in_thread"),
    "spec_path": ("_specs", "spec_path"),
}


def __getattr__(name: str) -> Any:
    found = _LAZY.get(name)
    if found is None:
        # AttributeError, not ImportError: `from loyaltykit.sandbox import bonifiq` then imports the submodule.
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{found[0]}", __name__), found[1])
    globals()[name] = value
    return value


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
