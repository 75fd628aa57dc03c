"""``Journal``: what a sale journal store does, whatever it is stored in.

Written for a local store (SQLite) and for a shared one (PostgreSQL, many workers), so it
speaks of entries, versions and atomic operations, never of files, connections or locks.
It is synchronous: each write is one short transaction, so async callers call it directly.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from decimal import Decimal
from types import TracebackType
from typing import Any, Protocol, Self, runtime_checkable

from ._model import OutboxEntry, OutboxState, SaleEntry, SaleStatus, StepEntry, StepOutcome

__all__ = ["Journal"]


@runtime_checkable
class Journal(Protocol):
    """A durable record of every sale, every step of it and the offline order outbox.

    Every method is atomic, and safe from several threads and processes at once. Failures raise
    ``JournalError``; bad arguments raise ``InvalidArgumentError`` before anything is written.
    """

    # Sales

    def open_sale(
        self, vendor: str, order_id: str, customer_id: str, purchase_value: Decimal
    ) -> tuple[SaleEntry, bool]:
        """The sale (vendor, order_id), created ``open`` if it was not there (True) or as it is
        (False: the caller compares its customer and value). Of two racing callers, one creates it."""
        ...

    def sale(self, vendor: str, order_id: str) -> SaleEntry | None: ...

    def update_sale(
        self, entry: SaleEntry, *, status: SaleStatus | None = None, state: dict[str, Any] | None = None
    ) -> SaleEntry:
        """The sale with a new status and/or state (None: unchanged), if it is still at
        ``entry.version``; else ``JournalConflictError`` and nothing is written."""
        ...

    def sales(self, *, vendor: str | None = None, status: SaleStatus | None = None) -> list[SaleEntry]:
        """Sales in the order they were opened."""
        ...

    def hold_sale(self, vendor: str, order_id: str, *, timeout: float = 10.0) -> AbstractContextManager[None]:
        """The sale held by this caller until the ``with`` block ends: another holder (another
        thread, or on PostgreSQL another process or machine) waits for it up to ``timeout``
        seconds, then gets ``SaleInUseError``. A holder that dies lets it go. A SQLite journal
        belongs to one process, so its holds are seen by that process only. Not re-entrant: a
        holder that asks again waits for itself. ``timeout=0`` tries once and never sleeps, so
        an async caller polls with its own ``await asyncio.sleep``."""
        ...

    # Steps

    def begin_step(
        self, vendor: str, order_id: str, step: str, *, idempotency_key: str | None, request: dict[str, Any]
    ) -> StepEntry:
        """The intent, ``PENDING``: written before the request is sent."""
        ...

    def finish_step(self, step_id: int, outcome: StepOutcome, detail: Any = None) -> StepEntry:
        """The step's outcome (``DONE``, ``REFUSED`` or ``IN_DOUBT``). A step already done or
        refused is final: finishing it again raises ``JournalConflictError``."""
        ...

    def steps(self, vendor: str, order_id: str) -> list[StepEntry]:
        """The sale's steps in the order they were begun."""
        ...

    def unsettled(self, *, vendor: str | None = None, older_than: timedelta) -> list[StepEntry]:
        """Steps ``PENDING`` or ``IN_DOUBT`` begun more than ``older_than`` ago, oldest first: what
        reconciliation checks with the vendor. A step pending that long belonged to a process that died."""
        ...

    # Outbox

    def enqueue_order(self, vendor: str, order_id: str, body: dict[str, Any]) -> OutboxEntry:
        """The order queued for delivery; once per (vendor, order_id): enqueuing it again
        returns the first entry, body and all."""
        ...

    def outbox(
        self, *, vendor: str | None = None, states: Sequence[OutboxState] = (OutboxState.QUEUED,)
    ) -> list[OutboxEntry]:
        """Orders in queue order (the order they were queued)."""
        ...

    def claim_order(self, entry_id: int, *, until: datetime) -> OutboxEntry:
        """The order, kept from every other deliverer until ``until`` (its ``next_attempt_at``),
        if it is queued and due now; else ``JournalConflictError`` and nothing is written. Of
        two deliverers, one claims it: the other does not send it. A claim is not an attempt;
        a deliverer that dies leaves the order due again once ``until`` has passed."""
        ...

    def claim_next(
        self, vendor: str, *, until: datetime, due_by: datetime | None = None, after: int = 0
    ) -> OutboxEntry | None:
        """The first queued order of ``vendor`` after entry ``after`` (queue order) that is due by
        ``due_by`` and by now, claimed as ``claim_order`` claims it, in one atomic step; None if
        there is none. An order another deliverer is claiming at this moment is passed over, not
        waited for, so N deliverers working one queue each take the next free order and never
        reach for the same one. ``after``: the last order this deliverer took, so that one flush
        goes through the queue once, even when an order it retried is due again at once."""
        ...

    def record_delivery(
        self,
        entry_id: int,
        *,
        delivered: bool,
        error: str | None,
        next_attempt_at: datetime | None,
        failed: bool = False,
        already_existed: bool = False,
        external_code: str | None = None,
    ) -> OutboxEntry:
        """One delivery attempt: delivered (the vendor had the order ``already_existed``; the
        redeem the stored order carries, ``external_code``); refused for good (``failed``,
        ``error`` says why); or to try again at ``next_attempt_at``. An entry already delivered
        or failed raises ``JournalConflictError``: another deliverer got there first."""
        ...

    # Retention

    def purge(self, *, older_than: timedelta) -> int:
        """Remove each finished sale (completed or abandoned) last changed more than
        ``older_than`` ago, with its steps and its outbox order, unless a step of it is still
        pending or in doubt or its order is still queued; how many sales were removed."""
        ...

    # Life cycle

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
