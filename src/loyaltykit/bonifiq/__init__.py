"""BonifiQ Private API: ``BonifiQ`` / ``AsyncBonifiQ`` and their result types."""

from ._client import AsyncBonifiQ, BonifiQ
from .types import BusinessWarning, Product, Redemption

__all__ = ["AsyncBonifiQ", "BonifiQ", "BusinessWarning", "Product", "Redemption"]
