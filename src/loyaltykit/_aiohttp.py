"""The optional aiohttp transport for the async clients (the ``aiohttp`` extra).

``AsyncBonifiQ(http_client=DefaultAioHttpClient())`` sends over aiohttp instead of httpcore:
the client is still an ``httpx.AsyncClient`` (httpx-aiohttp's, as openai-python offers), so
auth, retries, error mapping and raw responses are unchanged. Nothing here imports aiohttp
until it is asked for, and without the extra the failure names it.
"""

from __future__ import annotations

from typing import Any

import httpx

from .errors import ConfigurationError

EXTRA = "aiohttp"


# Named as a class, like openai-python's: it is used as one (``http_client=DefaultAioHttpClient()``).
def DefaultAioHttpClient(**settings: Any) -> httpx.AsyncClient:
    """An ``httpx.AsyncClient`` that sends over aiohttp, for ``http_client=`` of an async client.

    ``settings`` are ``httpx.AsyncClient``'s (``limits``, ``verify``, ``proxy``...). As with any
    ``http_client`` handed in, the caller closes it (``async with``); the loyaltykit client
    still sends its own headers and timeout with every request. Raises ``ConfigurationError``
    when the ``aiohttp`` extra (``pip install 'loyaltykit[aiohttp]'``) is not installed.
    """
    try:
        from ._aiohttp_transport import AioHttpClient
    except ImportError as error:
        raise ConfigurationError(
            f"DefaultAioHttpClient needs the {EXTRA!r} extra: pip install 'loyaltykit[{EXTRA}]'"
            f" ({error.name or 'httpx_aiohttp'} is not installed)"
        ) from error
    return AioHttpClient(**settings)
