"""BonifiQ Private API: ``BonifiQ`` / ``AsyncBonifiQ`` and their result types.

The result types are imported on first use: they need the generated package, which
``from loyaltykit import BonifiQ`` does not load.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import AsyncBonifiQ, BonifiQ

if TYPE_CHECKING:
    from .types import BusinessWarning, Product, Redemption

__all__ = ["AsyncBonifiQ", "BonifiQ", "BusinessWarning", "Product", "Redemption"]

_TYPES = frozenset({"BusinessWarning", "Product", "Redemption"})


def __getattr__(name: str) -> Any:
    if name not in _TYPES:
        raise AttributeError(f"module 'loyaltykit.bonifiq' has no attribute {name!r}")
    from . import types

    value = getattr(types, name)
    globals()[name] = value
    return value
