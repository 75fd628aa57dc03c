"""A worker run in another process (multiprocessing, spawn), on a journal file shared with others."""

from __future__ import annotations

import threading
from multiprocessing.synchronize import Barrier

import httpx
from outbox.orders import Sent, client
from outbox.workers import _Remote

from loyaltykit._outbox import OutboxReport
from loyaltykit.journal import SQLiteJournal
from loyaltykit.sandbox import Credentials, RunningSandbox


def work_until_empty(vendor: str, path: str, base_url: str, credentials: Credentials, barrier: Barrier) -> list[str]:
    """Run ``client.outbox.run_worker()`` on the journal at ``path`` until no order is queued; the orders it posted."""
    sent = Sent(vendor)
    remote: RunningSandbox = _Remote(base_url, credentials)  # type: ignore[assignment]
    stop = threading.Event()

    def stop_when_empty(report: OutboxReport) -> None:
        if not report.queued:
            stop.set()

    with (
        SQLiteJournal(path) as journal,
        httpx.Client(event_hooks={"request": [sent.hook]}) as http,
        client(vendor, remote, journal=journal, http_client=http) as terminal,
    ):
        barrier.wait()
        terminal.outbox.run_worker(stop=stop, poll=0.02, on_batch=stop_when_empty)
    return sent.orders
