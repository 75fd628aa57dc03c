"""Client settings that may come from the environment."""

from __future__ import annotations

import os

from .errors import ConfigurationError


def setting(value: str | None, variable: str, default: str | None = None) -> str | None:
    """``value`` if given, else the environment variable, else ``default``."""
    if value is not None:
        return value
    return os.environ.get(variable) or default


def require_credentials(client: str, credentials: dict[str, tuple[str | None, str]]) -> dict[str, str]:
    """The credentials by argument name; one error naming every missing argument and variable.

    ``credentials`` maps an argument name to (value given, environment variable).
    """
    resolved = {name: setting(value, variable) for name, (value, variable) in credentials.items()}
    missing = [f"{name} (or ${credentials[name][1]})" for name, value in resolved.items() if not value]
    if missing:
        raise ConfigurationError(f"{client}: missing credentials: pass {', '.join(missing)}")
    return {name: value for name, value in resolved.items() if value}
