"""The aiohttp transport (``loyaltykit.DefaultAioHttpClient``): failures as httpx's own transport tells them.

A broken exchange must reach the facade as the ``httpx.TransportError`` httpx would raise, so
it becomes the same loyaltykit error and is retried the same way; and aiohttp's messages, which
carry the request URL, must not bring a customer's e-mail into the error. Sales over aiohttp are
in tests/pos/test_aiohttp_transport.py.
"""

from __future__ import annotations

import asyncio
import importlib.util
import socket
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest

import loyaltykit
from loyaltykit import errors

needs_extra = pytest.mark.skipif(
    importlib.util.find_spec("httpx_aiohttp") is None, reason="the aiohttp extra is not installed"
)

EMAIL = "ana@example.com"


@asynccontextmanager
async def answering(reply: bytes | None) -> AsyncIterator[str]:
    """A loopback server that reads a request and writes ``reply`` then closes (None: never answers)."""

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read(65536)
        if reply is None:
            await asyncio.sleep(5)
        writer.write(reply or b"")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    finally:
        server.close()


def closed_port() -> str:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


async def failure(base_url: str, http_client: httpx.AsyncClient | None, timeout: float = 5) -> errors.APIError:
    async with loyaltykit.AsyncBonifiQ(
        "token", "key", base_url=base_url, http_client=http_client, max_retries=0, timeout=timeout
    ) as bq:
        with pytest.raises(errors.APIError) as caught:
            await bq.customers.points(EMAIL)
    return caught.value


def chain(error: BaseException) -> list[BaseException]:
    """``error`` and every exception a traceback of it would print."""
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or (None if current.__suppress_context__ else current.__context__)
    return found


REPLIES = {
    "unreadable status line": b"HTTP/1.1 abc\r\n\r\n",
    "closed without an answer": b"",
    "body cut short": b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{}",
}


@needs_extra
@pytest.mark.parametrize("case", [*REPLIES, "connection refused"])
async def test_a_broken_exchange_is_the_error_httpx_gives_and_names_no_customer(case: str) -> None:
    async def over(http_client: httpx.AsyncClient | None) -> errors.APIError:
        if case == "connection refused":
            return await failure(closed_port(), http_client)
        async with answering(REPLIES[case]) as base_url:
            return await failure(base_url, http_client)

    expected = await over(None)
    async with loyaltykit.DefaultAioHttpClient() as http:
        got = await over(http)
    assert isinstance(expected, errors.APIConnectionError) and not isinstance(expected, errors.APITimeoutError)
    assert type(got) is type(expected)
    assert type(got.__cause__) is type(expected.__cause__)
    for link in chain(got):
        assert "ana" not in str(link) and "example.com" not in str(link), f"{type(link).__name__}: {link}"


@needs_extra
async def test_no_answer_in_time_is_still_a_timeout() -> None:
    async with answering(None) as base_url, loyaltykit.DefaultAioHttpClient() as http:
        error = await failure(base_url, http, timeout=0.2)
    assert isinstance(error, errors.APITimeoutError)
    assert isinstance(error.__cause__, httpx.ReadTimeout)


@needs_extra
def test_a_connect_timeout_keeps_its_class_and_loses_the_url() -> None:
    import aiohttp

    from loyaltykit._aiohttp_transport import translated

    url = "http://pos.example.net/v1/pvt/Customer/ana%40example.com/points?cpf=12345678909"
    assert translated(httpx.ConnectTimeout("from httpcore")) is None  # httpx's own errors are left alone
    error = translated(aiohttp.ConnectionTimeoutError(f"Connection timeout to host {url}"))
    assert isinstance(error, httpx.ConnectTimeout)
    assert str(error) == "ConnectionTimeoutError: Connection timeout to host [url]"


def test_without_the_extra_asking_for_it_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)  # import httpx_aiohttp now raises ImportError
    monkeypatch.delitem(sys.modules, "loyaltykit._aiohttp_transport", raising=False)
    with pytest.raises(errors.ConfigurationError, match=r"pip install 'loyaltykit\[aiohttp\]'"):
        loyaltykit.DefaultAioHttpClient()
