"""httpx-aiohttp's client, with aiohttp's failures told as httpx tells them (imported only with the extra).

httpx-aiohttp maps aiohttp's exceptions loosely, and the facade decides on the httpx class
(``httpx.TransportError`` is a connection failure, retried; ``httpx.TimeoutException`` is a
timeout). Measured with httpx-aiohttp 0.2.0 and aiohttp 3.14, where plain httpx says:

- a refused connection or a dropped one became ``ConnectTimeout`` (every
  ``ClientConnectionError`` does), so the facade reported "timed out";
- an unreadable status line was not mapped at all: aiohttp's ``ClientResponseError`` left the
  client, outside loyaltykit's errors and not retried, and its message held the request URL,
  which may carry a customer's e-mail or CPF.

So every aiohttp error becomes the httpx error httpx's own transport raises for the same
failure, with a message stripped of URLs and personal data, and without aiohttp's exception
chained to it.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator, Iterator
from typing import Any

import aiohttp
import httpx
from httpx_aiohttp import HttpxAiohttpClient

from ._redaction import redact_text

# Most specific first: the first class that matches decides.
_EQUIVALENTS: tuple[tuple[type[BaseException], type[httpx.TransportError]], ...] = (
    (aiohttp.ClientProxyConnectionError, httpx.ProxyError),
    (aiohttp.ClientHttpProxyError, httpx.ProxyError),
    (aiohttp.ConnectionTimeoutError, httpx.ConnectTimeout),
    (aiohttp.ServerTimeoutError, httpx.ReadTimeout),
    (TimeoutError, httpx.TimeoutException),
    (aiohttp.ClientConnectorError, httpx.ConnectError),
    (aiohttp.InvalidURL, httpx.UnsupportedProtocol),
    (aiohttp.NonHttpUrlClientError, httpx.UnsupportedProtocol),
    (aiohttp.ServerDisconnectedError, httpx.RemoteProtocolError),
    (aiohttp.ClientResponseError, httpx.RemoteProtocolError),
    (aiohttp.ClientPayloadError, httpx.RemoteProtocolError),
    (aiohttp.ClientOSError, httpx.ReadError),
    (aiohttp.ClientError, httpx.NetworkError),
)

_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s'\"<>]*")


def translated(error: BaseException) -> httpx.TransportError | None:
    """The httpx error for an aiohttp failure (raised as is, or wrapped by httpx-aiohttp), else None."""
    cause = error.__cause__ if isinstance(error, httpx.TransportError) else error
    for source, target in _EQUIVALENTS:
        if isinstance(cause, source):
            # A ClientResponseError's str() ends with the URL; its message is the parser's complaint.
            detail = cause.message if isinstance(cause, aiohttp.ClientResponseError) else str(cause)
            return target(f"{type(cause).__name__}: {redact_text(_URL.sub('[url]', detail))}")
    return None


@contextlib.contextmanager
def _httpx_errors() -> Iterator[None]:
    try:
        yield
    except (httpx.TransportError, aiohttp.ClientError, TimeoutError) as error:
        if (replacement := translated(error)) is None:
            raise
        # Not chained: aiohttp's message may hold the URL, and tracebacks print the whole chain.
        raise replacement from None


class _Body(httpx.AsyncByteStream):
    """The response body, whose read failures are translated too (a connection cut mid-body)."""

    def __init__(self, inner: httpx.AsyncByteStream) -> None:
        self._inner = inner

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _httpx_errors():
            async for chunk in self._inner:
                yield chunk

    async def aclose(self) -> None:
        await self._inner.aclose()


class _Translating(httpx.AsyncBaseTransport):
    """Wraps httpx-aiohttp's transport: the same exchange, httpx's exceptions."""

    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self._inner = inner

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        with _httpx_errors():
            response = await self._inner.handle_async_request(request)
        if isinstance(response.stream, httpx.AsyncByteStream):
            response.stream = _Body(response.stream)
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()


class AioHttpClient(HttpxAiohttpClient):
    """httpx-aiohttp's client (proxies from the environment included), its transports translated."""

    def _init_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        return _Translating(super()._init_transport(*args, **kwargs))

    def _init_proxy_transport(self, *args: Any, **kwargs: Any) -> httpx.AsyncBaseTransport:
        return _Translating(super()._init_proxy_transport(*args, **kwargs))
