"""Clients of both vendors, sync or async, on an in-process sandbox, plus its admin views."""

from __future__ import annotations

import asyncio
import inspect
import threading
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx

import loyaltykit
from loyaltykit.sandbox import RunningSandbox


class PosHarness:
    def __init__(self, mode: str, sandbox: RunningSandbox) -> None:
        self.mode = mode
        self.sandbox = sandbox
        self.admin = httpx.Client(base_url=sandbox.admin_url, timeout=10)
        # Async clients keep connections bound to one event loop: every coroutine of a test
        # runs on this one, in a thread of its own.
        self._loop = asyncio.new_event_loop() if self.is_async else None
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True) if self._loop else None
        if self._thread is not None:
            self._thread.start()

    def close(self) -> None:
        self.admin.close()
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=5)
            self._loop.close()

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    def bonifiq(self, **kwargs: Any) -> Any:
        credentials = self.sandbox.credentials
        cls = loyaltykit.AsyncBonifiQ if self.is_async else loyaltykit.BonifiQ
        kwargs.setdefault("timeout", 5)
        kwargs.setdefault("base_url", self.sandbox.base_url)
        return cls(credentials.bonifiq_api_token, credentials.bonifiq_api_key, **kwargs)

    def gameball(self, **kwargs: Any) -> Any:
        credentials = self.sandbox.credentials
        cls = loyaltykit.AsyncGameball if self.is_async else loyaltykit.Gameball
        kwargs.setdefault("timeout", 5)
        kwargs.setdefault("base_url", self.sandbox.base_url)
        return cls(credentials.gameball_api_key, credentials.gameball_secret_key, **kwargs)

    def _on_loop(self, coroutine: Any) -> Any:
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=120)

    def run(self, value: Any) -> Any:
        if inspect.isawaitable(value):

            async def wait() -> Any:
                return await value

            return self._on_loop(wait())
        return value

    def in_sale(self, sale: Any, body: Callable[[Any], Any]) -> None:
        """Run ``body(sale)`` inside ``with sale`` / ``async with sale`` (body may return awaitables)."""
        if self.is_async:

            async def block() -> None:
                async with sale:
                    result = body(sale)
                    if inspect.isawaitable(result):
                        await result

            self._on_loop(block())
        else:
            with sale:
                body(sale)

    # -- the sandbox's own view, for checking what really happened ----------------------

    def state(self, vendor: str, customer_id: str) -> dict[str, Any]:
        response = self.admin.get(f"/{vendor}/customers/{customer_id}")
        response.raise_for_status()
        return dict(response.json())

    def points(self, vendor: str, customer_id: str) -> int:
        return int(self.state(vendor, customer_id)["points"])

    def cashback(self, customer_id: str) -> Decimal:
        return Decimal(str(self.state("bonifiq", customer_id)["cashback"]))

    def ledger_causes(self, vendor: str, customer_id: str) -> list[str]:
        return [entry["cause"] for entry in self.state(vendor, customer_id)["ledger"]]

    def pin(self, customer_id: str) -> str:
        response = self.admin.get(f"/bonifiq/customers/{customer_id}/pin")
        response.raise_for_status()
        return str(response.json()["Pin"])

    def fault(self, route: str, kind: str, **options: Any) -> None:
        self.admin.post("/faults", json={"route": route, "kind": kind, **options}).raise_for_status()

    def fault_log(self) -> list[dict[str, Any]]:
        return list(self.admin.get("/faults/log").json()["log"])
