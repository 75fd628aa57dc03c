"""``client.pos.reconcile_worker()``: reconcile on a timer until stopped (sync and async, both vendors)."""

from __future__ import annotations

import asyncio
import socket
import threading
from datetime import timedelta

import pytest
from outbox.orders import ANA, client

from loyaltykit.checkout import ReconcileReport
from loyaltykit.errors import APIConnectionError, InvalidArgumentError
from loyaltykit.journal import Journal
from loyaltykit.sandbox import RunningSandbox


def lose_an_order(vendor: str, sandbox: RunningSandbox, journal: Journal, order_id: str) -> None:
    """A sale whose order never got through (the vendor unreachable): its complete step is in doubt."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{s.getsockname()[1]}"
    with client(vendor, sandbox, base_url=down, max_retries=0, journal=journal) as terminal:
        sale = terminal.pos.checkout(ANA, order_id, "50.00")
        with pytest.raises(APIConnectionError):
            sale.complete(total="50.00")
        sale.close()  # the terminal gives up: reconcile leaves a held sale alone (issue 17)


def test_the_reconcile_worker_reconciles_again_and_again_until_stopped(
    vendor: str, sandbox: RunningSandbox, journal: Journal
) -> None:
    lose_an_order(vendor, sandbox, journal, "R-1")
    reports: list[ReconcileReport] = []
    stop = threading.Event()

    def record(report: ReconcileReport) -> None:
        reports.append(report)
        if len(reports) == 3:
            stop.set()

    with client(vendor, sandbox, journal=journal) as terminal:
        ran = terminal.pos.reconcile_worker(stop=stop, every=0.01, older_than=timedelta(0), on_batch=record)

    assert ran == 3
    assert [[a.action for a in r.actions] for r in reports] == [["resent_order"], [], []]


async def test_the_async_reconcile_worker_stops_on_its_event(
    vendor: str, sandbox: RunningSandbox, journal: Journal
) -> None:
    lose_an_order(vendor, sandbox, journal, "R-2")
    stop = asyncio.Event()
    reports: list[ReconcileReport] = []

    def record(report: ReconcileReport) -> None:
        reports.append(report)
        if len(reports) == 2:
            stop.set()

    async with client(vendor, sandbox, is_async=True, journal=journal) as terminal:
        ran = await terminal.pos.reconcile_worker(stop=stop, every=0.01, older_than=timedelta(0), on_batch=record)

    assert ran == 2 and [[a.action for a in r.actions] for r in reports] == [["resent_order"], []]


def test_a_bad_interval_is_refused_before_anything_runs(vendor: str, sandbox: RunningSandbox, journal: Journal) -> None:
    with client(vendor, sandbox, journal=journal) as terminal:
        with pytest.raises(InvalidArgumentError) as raised:
            terminal.pos.reconcile_worker(every=-1)
        assert raised.value.field == "every"
        with pytest.raises(InvalidArgumentError) as raised:
            terminal.outbox.run_worker(poll=float("nan"))
        assert raised.value.field == "poll"
