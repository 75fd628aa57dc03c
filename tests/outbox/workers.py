"""A flush run in another process (multiprocessing, spawn), as a second terminal or worker on the same
journal (a file, or a PostgreSQL URL)."""

from __future__ import annotations

from multiprocessing.synchronize import Barrier

import httpx

from loyaltykit.journal import open_journal
from loyaltykit.sandbox import Credentials, RunningSandbox

from .orders import Sent, client


class _Remote:
    """The parts of a RunningSandbox a client needs, picklable."""

    def __init__(self, base_url: str, credentials: Credentials) -> None:
        self.base_url = base_url
        self.credentials = credentials


def flush_once(vendor: str, path: str, base_url: str, credentials: Credentials, barrier: Barrier) -> list[str]:
    """Flush ``vendor``'s outbox of the journal at ``path`` at the same moment as the others; the orders it posted."""
    sent = Sent(vendor)
    remote: RunningSandbox = _Remote(base_url, credentials)  # type: ignore[assignment]
    with (
        open_journal(path) as journal,
        httpx.Client(event_hooks={"request": [sent.hook]}) as http,
        client(vendor, remote, journal=journal, http_client=http) as terminal,
    ):
        barrier.wait()
        terminal.outbox.flush()
    return sent.orders
