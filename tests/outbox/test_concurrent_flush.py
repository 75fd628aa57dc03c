"""Two flushes of one journal at once, in threads and in processes: each order is posted once."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

import httpx
from journal.workers import in_processes

from loyaltykit.journal import OutboxState, SQLiteJournal
from loyaltykit.sandbox import RunningSandbox

from . import workers
from .orders import Sent, client, enqueue

ORDERS = [f"PDV-{n}" for n in range(12)]


def delivered_once(journal: SQLiteJournal) -> bool:
    entries = journal.outbox(states=tuple(OutboxState))
    return [(e.order_id, e.state, e.attempts) for e in entries] == [(o, OutboxState.DELIVERED, 1) for o in ORDERS]


def test_two_threads_flushing_at_once_post_each_order_once(
    vendor: str, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    path = tmp_path / "terminal.db"
    with SQLiteJournal(path) as journal:
        enqueue(journal, vendor, *ORDERS)
    barrier = threading.Barrier(2, timeout=10)
    sent = Sent(vendor)
    lock = threading.Lock()

    def flush() -> None:
        def hook(request: httpx.Request) -> None:
            with lock:
                sent.hook(request)

        # Each thread a terminal of its own on the same file, as two POS processes would be.
        with (
            SQLiteJournal(path) as journal,
            httpx.Client(event_hooks={"request": [hook]}) as http,
            client(vendor, sandbox, journal=journal, http_client=http) as terminal,
        ):
            barrier.wait()
            terminal.outbox.flush()

    threads = [threading.Thread(target=flush) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert sorted(sent.orders) == sorted(ORDERS)
    with SQLiteJournal(path) as journal:
        assert delivered_once(journal)


def test_two_processes_flushing_one_journal_file_post_each_order_once(
    vendor: str, sandbox: RunningSandbox, tmp_path: Path
) -> None:
    path = str(tmp_path / "terminal.db")
    with SQLiteJournal(path) as journal:
        enqueue(journal, vendor, *ORDERS)

    posted = in_processes(workers.flush_once, [(vendor, path, sandbox.base_url, sandbox.credentials)] * 2)

    assert sorted(order for orders in posted for order in orders) == sorted(ORDERS), posted
    with SQLiteJournal(path) as journal:
        assert delivered_once(journal)


def test_two_async_flushes_at_once_post_each_order_once(vendor: str, sandbox: RunningSandbox, tmp_path: Path) -> None:
    with SQLiteJournal(tmp_path / "terminal.db") as journal:
        enqueue(journal, vendor, *ORDERS)
        sent = Sent(vendor)

        async def both() -> None:
            async with (
                httpx.AsyncClient(event_hooks={"request": [sent.async_hook]}) as http,
                client(vendor, sandbox, is_async=True, journal=journal, http_client=http) as terminal,
            ):
                await asyncio.gather(terminal.outbox.flush(), terminal.outbox.flush())

        asyncio.run(both())

        assert sorted(sent.orders) == sorted(ORDERS)
        assert delivered_once(journal)
