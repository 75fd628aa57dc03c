"""Gameball API v4: ``Gameball`` / ``AsyncGameball``."""

from ._client import AsyncGameball, Gameball

__all__ = ["AsyncGameball", "Gameball"]
