"""loyaltykit: a Python SDK for point-of-sale loyalty integrations (BonifiQ and Gameball)."""

from ._version import __version__

__all__ = ["__version__"]
