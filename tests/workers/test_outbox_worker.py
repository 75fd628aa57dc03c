"""``client.outbox.run_worker()``: a flush loop that delivers what is queued while it runs, and stops
without leaving an order half-sent (sync and async, both vendors, on the in-process sandbox)."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest
from outbox.conftest import Terminal
from outbox.orders import Sent, client, enqueue, order_id_sent

from loyaltykit._outbox import INTERRUPTED, OutboxReport
from loyaltykit.journal import Journal, OutboxState
from loyaltykit.sandbox import RunningSandbox

FAST = {"poll": 0.02, "jitter": 0.0}


def claimed(journal: Journal) -> list[str]:
    """Orders kept from other deliverers now: queued with a lease in the future."""
    now = datetime.now(UTC)
    return [e.order_id for e in journal.outbox() if e.next_attempt_at is not None and e.next_attempt_at > now]


def states(journal: Journal) -> dict[str, OutboxState]:
    return {e.order_id: e.state for e in journal.outbox(states=tuple(OutboxState))}


def wait_until(condition: Any, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.01)


def test_the_worker_delivers_orders_queued_while_it_runs(terminal: Terminal) -> None:
    journal, vendor = terminal.journal, terminal.vendor
    made = terminal.client()
    enqueue(journal, vendor, "W-1")
    reports: list[OutboxReport] = []

    if terminal.harness.is_async:
        stop: Any = None

        async def work() -> int:
            nonlocal stop
            stop = asyncio.Event()
            return int(await made.outbox.run_worker(stop=stop, on_batch=reports.append, **FAST))

        loop = terminal.harness._loop
        running = asyncio.run_coroutine_threadsafe(work(), loop)
        wait_until(lambda: stop is not None and len(reports) >= 1)
        enqueue(journal, vendor, "W-2", "W-3")  # queued while the worker waits
        wait_until(lambda: set(states(journal).values()) == {OutboxState.DELIVERED})
        loop.call_soon_threadsafe(stop.set)
        batches = running.result(timeout=10)
    else:
        stop = threading.Event()
        result: list[int] = []
        thread = threading.Thread(
            target=lambda: result.append(made.outbox.run_worker(stop=stop, on_batch=reports.append, **FAST))
        )
        thread.start()
        wait_until(lambda: len(reports) >= 1)
        enqueue(journal, vendor, "W-2", "W-3")
        wait_until(lambda: set(states(journal).values()) == {OutboxState.DELIVERED})
        stop.set()
        thread.join(timeout=10)
        batches = result[0]

    assert states(journal) == dict.fromkeys(["W-1", "W-2", "W-3"], OutboxState.DELIVERED)
    assert sorted(terminal.sent.orders) == ["W-1", "W-2", "W-3"]  # each once
    assert [i.order_id for i in reports[0].delivered] == ["W-1"]
    assert sorted(i.order_id for r in reports[1:] for i in r.delivered) == ["W-2", "W-3"]
    assert batches == len(reports) >= 2


def _stopping_client(vendor: str, sandbox: RunningSandbox, journal: Journal, stop: Any, sent: Sent, **more: Any) -> Any:
    """A sync client whose first order post sets ``stop``, as a SIGTERM arriving mid-send would."""

    def hook(request: httpx.Request) -> None:
        sent.hook(request)
        if sent.orders:
            stop.set()

    http = httpx.Client(event_hooks={"request": [hook]})
    return client(vendor, sandbox, journal=journal, http_client=http, **more), http


def test_stop_during_a_send_finishes_that_order_and_claims_no_other(
    vendor: str, sandbox: RunningSandbox, journal: Journal
) -> None:
    enqueue(journal, vendor, "S-1", "S-2", "S-3")
    stop = threading.Event()
    sent = Sent(vendor)
    made, http = _stopping_client(vendor, sandbox, journal, stop, sent)
    with made, http:
        batches = made.outbox.run_worker(stop=stop, **FAST)

    assert batches == 1 and sent.orders == ["S-1"]
    assert states(journal) == {"S-1": OutboxState.DELIVERED, "S-2": OutboxState.QUEUED, "S-3": OutboxState.QUEUED}
    assert claimed(journal) == []
    assert [(e.attempts, e.next_attempt_at) for e in journal.outbox()] == [(0, None), (0, None)]


def test_a_send_that_blows_up_releases_its_claim(vendor: str, sandbox: RunningSandbox, journal: Journal) -> None:
    enqueue(journal, vendor, "X-1", "X-2")

    def explode(request: httpx.Request) -> None:
        if request.method == "POST":
            raise RuntimeError("the transport broke")

    with (
        httpx.Client(event_hooks={"request": [explode]}) as http,
        client(vendor, sandbox, journal=journal, http_client=http) as made,
        pytest.raises(RuntimeError),
    ):
        made.outbox.run_worker(**FAST)

    assert claimed(journal) == []  # X-1 due again at once, not after the lease
    first, second = journal.outbox()
    assert (first.order_id, first.attempts, first.last_error, first.next_attempt_at) == ("X-1", 1, INTERRUPTED, None)
    assert (second.order_id, second.attempts) == ("X-2", 0)


async def test_a_cancelled_async_worker_releases_the_order_in_hand(
    vendor: str, sandbox: RunningSandbox, journal: Journal
) -> None:
    enqueue(journal, vendor, "C-1", "C-2")
    sending = asyncio.Event()

    async def slow(request: httpx.Request) -> None:
        if request.method == "POST" and order_id_sent(request) == "C-1":
            sending.set()
            await asyncio.sleep(30)  # the answer never comes before the task is cancelled

    async with (
        httpx.AsyncClient(event_hooks={"request": [slow]}) as http,
        client(vendor, sandbox, is_async=True, journal=journal, http_client=http) as made,
    ):
        task = asyncio.create_task(made.outbox.run_worker(**FAST))
        await asyncio.wait_for(sending.wait(), 10)
        assert claimed(journal) == ["C-1"]
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    assert claimed(journal) == []
    assert [(e.order_id, e.attempts, e.last_error) for e in journal.outbox()] == [
        ("C-1", 1, INTERRUPTED),
        ("C-2", 0, None),
    ]


def test_once_runs_one_flush(vendor: str, sandbox: RunningSandbox, journal: Journal) -> None:
    enqueue(journal, vendor, "O-1")
    with client(vendor, sandbox, journal=journal) as made:
        assert made.outbox.run_worker(once=True, poll=3600) == 1
    assert states(journal) == {"O-1": OutboxState.DELIVERED}
