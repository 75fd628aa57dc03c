"""State and parameters nothing reads are not kept (they would only suggest behaviour there is not)."""

from __future__ import annotations

import dataclasses
import inspect

import httpx

from loyaltykit.sandbox import RunningSandbox
from loyaltykit.sandbox._app import Dispatcher
from loyaltykit.sandbox._runtime import Call
from loyaltykit.sandbox.bonifiq._views import reward_view


def test_calls_dispatchers_and_reward_views_take_only_what_they_read() -> None:
    assert [f.name for f in dataclasses.fields(Call)] == ["params", "query", "body"]
    assert list(inspect.signature(Dispatcher).parameters) == ["rt", "handlers"]
    assert list(inspect.signature(reward_view).parameters) == ["redeem", "customer", "refund_ledger_id"]


def test_a_gameball_order_keeps_none_of_its_request(sandbox: RunningSandbox, gameball: httpx.Client) -> None:
    order = {"customerId": "ana@example.com", "orderId": "NO-PAYLOAD", "totalPaid": 10, "channel": "pos"}
    order["orderDate"] = "2026-01-01T00:00:00Z"
    gameball.post("/orders", json=order).raise_for_status()
    with sandbox.app.state.runtime.store.read() as db:
        stored = db.scalar("SELECT payload FROM orders WHERE original_id = 'NO-PAYLOAD'")
    assert stored == "{}"
