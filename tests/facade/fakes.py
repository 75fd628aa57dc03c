"""A scripted fake server on ``httpx.MockTransport`` and a harness running each test sync and async."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from typing import Any

import httpx

import loyaltykit

Handler = Callable[[httpx.Request], httpx.Response]


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(status, content=json.dumps(body).encode(), headers=headers or {})


class FakeServer:
    """Answers requests from a queue of responses (or a handler) and records every request."""

    def __init__(self, handler: Handler | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.queue: list[httpx.Response | Exception] = []
        self.handler = handler

    def reply(self, *responses: httpx.Response | Exception) -> FakeServer:
        self.queue.extend(responses)
        return self

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.queue:
            item = self.queue.pop(0)
            if isinstance(item, Exception):
                raise item
            return item
        if self.handler is not None:
            return self.handler(request)
        raise AssertionError(f"unexpected request {request.method} {request.url}")

    def bodies(self) -> list[Any]:
        return [json.loads(r.content) if r.content else None for r in self.requests]


class Harness:
    """Builds sync or async clients on a FakeServer and runs calls to completion."""

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self.sleeps: list[float] = []

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    def _http(self, server: FakeServer) -> Any:
        transport = httpx.MockTransport(server)
        return httpx.AsyncClient(transport=transport) if self.is_async else httpx.Client(transport=transport)

    def _record_sleeps(self, client: Any) -> Any:
        if self.is_async:

            async def sleep(seconds: float) -> None:
                self.sleeps.append(seconds)

            client._sleep = sleep
        else:
            client._sleep = self.sleeps.append
        return client

    def bonifiq(self, server: FakeServer, **kwargs: Any) -> Any:
        cls = loyaltykit.AsyncBonifiQ if self.is_async else loyaltykit.BonifiQ
        kwargs.setdefault("base_url", "https://bonifiq.test")
        client = cls("bq-token", "bq-key", http_client=self._http(server), **kwargs)
        return self._record_sleeps(client)

    def gameball(self, server: FakeServer, **kwargs: Any) -> Any:
        cls = loyaltykit.AsyncGameball if self.is_async else loyaltykit.Gameball
        kwargs.setdefault("base_url", "https://gameball.test")
        client = cls("gb-apikey", "gb-secretkey", http_client=self._http(server), **kwargs)
        return self._record_sleeps(client)

    def run(self, value: Any) -> Any:
        """The result of a call: awaited when the client is async."""
        if inspect.isawaitable(value):

            async def wait() -> Any:
                return await value

            return asyncio.run(wait())
        return value

    def collect(self, pager: Any, *, concurrent: int | None = None) -> list[Any]:
        if self.is_async:

            async def gather() -> list[Any]:
                source = pager.concurrent(concurrent) if concurrent else pager
                return [item async for item in source]

            return asyncio.run(gather())
        return list(pager.concurrent(concurrent) if concurrent else pager)
