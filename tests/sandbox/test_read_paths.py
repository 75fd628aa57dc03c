"""What the store runs per request: reads take no write transaction, lists do not query per row."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import httpx

from loyaltykit.sandbox import RunningSandbox
from loyaltykit.sandbox._store import Store

ANA = "ana@example.com"


@contextmanager
def statements(store: Store) -> Iterator[list[str]]:
    """Every SQL statement the store's connection runs inside the block."""
    seen: list[str] = []
    conn = store._conn
    conn.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        conn.set_trace_callback(None)


def store_of(sandbox: RunningSandbox) -> Store:
    store: Store = sandbox.app.state.runtime.store
    return store


def writes(seen: list[str]) -> list[str]:
    return [sql for sql in seen if sql.startswith("BEGIN")]


def sell(gameball: httpx.Client, order_id: str) -> None:
    order = {"customerId": ANA, "orderId": order_id, "orderDate": "2026-01-01T00:00:00Z", "totalPaid": 100}
    gameball.post("/orders", json=order).raise_for_status()


def test_pure_reads_take_no_write_transaction(
    sandbox: RunningSandbox, gameball: httpx.Client, bonifiq: httpx.Client, admin: httpx.Client
) -> None:
    sell(gameball, "READ-1")
    bonifiq.post(f"/POS/customers/{ANA}/challenge", json={}).raise_for_status()
    gameball.post("/transactions/otp", json={"customerId": ANA}).raise_for_status()
    store = store_of(sandbox)
    with statements(store) as seen:
        assert gameball.get("/orders/READ-1/transactions").status_code == 200
        assert admin.get(f"/bonifiq/customers/{ANA}/pin").status_code == 200
        assert admin.get(f"/gameball/customers/{ANA}/otp").status_code == 200
        assert store.is_empty() is False
    assert seen and writes(seen) == []


def test_listing_transactions_reads_the_owners_in_one_query(sandbox: RunningSandbox, gameball: httpx.Client) -> None:
    for number in range(3):
        sell(gameball, f"LIST-{number}")
    with statements(store_of(sandbox)) as seen:
        listed = gameball.get("/transactions", params={"limit": 50}).json()["transactions"]
    assert len({entry["customerId"] for entry in listed}) > 1 and len(listed) > 3
    assert len([sql for sql in seen if "FROM customers" in sql]) == 1


def test_points_history_reads_only_the_last_fifty_moves(sandbox: RunningSandbox, bonifiq: httpx.Client) -> None:
    for number in range(55):
        change = {"ChangeKey": f"K-{number}", "Reason": "test", "Points": number + 1, "OperationType": 0}
        bonifiq.post(f"/Customer/{ANA}/points", json=change).raise_for_status()
    with statements(store_of(sandbox)) as seen:
        history = bonifiq.get(f"/Customer/{ANA}/points").json()["PointHistory"]
    assert [entry["Amount"] for entry in history] == list(range(6, 56))  # the last 50, oldest first
    ledger_reads = [sql for sql in seen if "FROM ledger" in sql]
    assert ledger_reads and all("LIMIT" in sql for sql in ledger_reads)
