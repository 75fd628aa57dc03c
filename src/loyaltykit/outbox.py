"""``loyaltykit.outbox``: what ``client.outbox.flush()`` and ``client.outbox.status()`` report.

A sale completed offline (``sale.complete(total=..., offline=True)``) keeps its order in the
client's journal (``loyaltykit.journal``); ``bq.outbox.flush()`` / ``gb.outbox.flush()`` (or
``await`` on the async clients, or ``loyaltykit outbox flush --journal PATH``) delivers the due
ones in queue order, each once, and ``status()`` shows the outbox without any network::

    report = bq.outbox.flush()
    for item in report.queued:
        print(item.order_id, item.attempts, item.last_error, item.next_attempt_at)

``OutboxReport(delivered, queued, failed)``: tuples of ``OutboxItem(order_id, state, attempts,
last_error, next_attempt_at)``. After a flush, ``delivered`` and ``failed`` are what that flush
settled; ``queued`` is everything still waiting. A failed order was refused for good (its
``last_error`` has the vendor's status and code); a queued one waits for its
``next_attempt_at`` (exponential backoff with jitter, or the vendor's longer ``Retry-After``).

Only orders are ever queued: a redeem is never made offline, as it spends a balance only the
vendor knows at that moment.
"""

from __future__ import annotations

from ._outbox import OutboxItem, OutboxReport
from .journal._model import OutboxState

__all__ = ["OutboxItem", "OutboxReport", "OutboxState"]
