"""loyaltykit: a Python SDK for point-of-sale loyalty integrations (BonifiQ and Gameball).

The clients are imported on first use, so ``import loyaltykit`` stays cheap and the
generated packages load only when a client is needed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from . import errors
from ._version import __version__

if TYPE_CHECKING:
    from ._aiohttp import DefaultAioHttpClient
    from ._api_response import APIResponse
    from ._options import RequestOptions
    from .bonifiq import AsyncBonifiQ, BonifiQ
    from .checkout import AsyncCheckout, Checkout
    from .gameball import AsyncGameball, Gameball

__all__ = [
    "APIResponse",
    "AsyncBonifiQ",
    "AsyncCheckout",
    "AsyncGameball",
    "BonifiQ",
    "Checkout",
    "DefaultAioHttpClient",
    "Gameball",
    "RequestOptions",
    "__version__",
    "errors",
]

_LAZY = {
    "BonifiQ": "bonifiq",
    "AsyncBonifiQ": "bonifiq",
    "Gameball": "gameball",
    "AsyncGameball": "gameball",
    "APIResponse": "_api_response",
    "RequestOptions": "_options",
    "Checkout": "checkout",
    "AsyncCheckout": "checkout",
    "DefaultAioHttpClient": "_aiohttp",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'loyaltykit' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The public names only: not the helpers of this module (Any, TYPE_CHECKING, annotations).
    return sorted(__all__)
