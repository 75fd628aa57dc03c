"""Several workers on one journal (threads; processes on one SQLite file): each order is posted once.

The journal's claim is what guarantees it; these tests check that the worker loop keeps to it
(it claims before it sends, and a worker that finds an order claimed moves on)."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx
from journal.workers import in_processes
from outbox.orders import Sent, client, enqueue

from loyaltykit._outbox import OutboxReport
from loyaltykit.journal import OutboxState, SQLiteJournal
from loyaltykit.sandbox import RunningSandbox

from . import remote

ORDERS = [f"M-{n}" for n in range(16)]


def delivered_once(path: Path | str) -> bool:
    with SQLiteJournal(path) as journal:
        entries = journal.outbox(states=tuple(OutboxState))
    return [(e.order_id, e.state, e.attempts) for e in entries] == [(o, OutboxState.DELIVERED, 1) for o in ORDERS]


def test_two_worker_threads_post_each_order_once(vendor: str, sandbox: RunningSandbox, tmp_path: Path) -> None:
    path = tmp_path / "service.db"
    with SQLiteJournal(path) as journal:
        enqueue(journal, vendor, *ORDERS)
    sent = Sent(vendor)
    lock = threading.Lock()
    barrier = threading.Barrier(2, timeout=10)
    per_worker: list[int] = []

    def work() -> None:
        stop = threading.Event()
        mine = 0

        def hook(request: httpx.Request) -> None:
            with lock:
                sent.hook(request)

        def stop_when_empty(report: OutboxReport) -> None:
            nonlocal mine
            mine += len(report.delivered)
            if not report.queued:
                stop.set()

        # Each worker with a connection of its own to the file, as two services would have.
        with (
            SQLiteJournal(path) as journal,
            httpx.Client(event_hooks={"request": [hook]}) as http,
            client(vendor, sandbox, journal=journal, http_client=http) as made,
        ):
            barrier.wait()
            made.outbox.run_worker(stop=stop, poll=0.02, on_batch=stop_when_empty)
        per_worker.append(mine)

    threads = [threading.Thread(target=work) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(sent.orders) == sorted(ORDERS)
    assert sum(per_worker) == len(ORDERS)
    assert delivered_once(path)


def test_two_worker_processes_on_one_journal_file_post_each_order_once(sandbox: RunningSandbox, tmp_path: Path) -> None:
    vendor = "bonifiq"  # spawning is slow; the claim is the journal's, the same for both vendors
    path = str(tmp_path / "service.db")
    with SQLiteJournal(path) as journal:
        enqueue(journal, vendor, *ORDERS)

    posted = in_processes(remote.work_until_empty, [(vendor, path, sandbox.base_url, sandbox.credentials)] * 2)

    assert sorted(order for orders in posted for order in orders) == sorted(ORDERS), posted
    assert delivered_once(path)
