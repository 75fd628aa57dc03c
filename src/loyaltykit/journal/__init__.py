"""``loyaltykit.journal``: a durable journal of every POS sale step, and the offline order outbox.

A sale's state lives here rather than in the caller's memory, so that a crash, a reused order
id or a cancel racing a late answer cannot lose money. Each request of a sale is written as an
intent (with its idempotency key) *before* it is sent and finished with its outcome *after*::

    from loyaltykit.journal import StepOutcome, open_journal

    with open_journal("terminal-7.db") as journal:     # or None: $LOYALTYKIT_JOURNAL, else memory
        sale, created = journal.open_sale("bonifiq", "PDV-1001", customer_id, Decimal("120.00"))
        step = journal.begin_step("bonifiq", "PDV-1001", "redeem", idempotency_key=key, request=body)
        ...                                             # send the request
        journal.finish_step(step.id, StepOutcome.DONE, {"external_code": code})
        sale = journal.update_sale(sale, status=SaleStatus.REDEEMED, state={...})

API
---

``open_journal(journal=None) -> Journal``
    A ``Journal`` is returned as is; a ``postgresql://`` (or ``postgres://``) URL opens a
    ``PostgresJournal`` (``ConfigurationError`` naming ``pip install 'loyaltykit[postgres]'``
    when psycopg is missing); a path (``str`` or ``os.PathLike``) opens a ``SQLiteJournal``
    file, created with mode 0600 if missing; ``":memory:"`` an in-memory one; ``None`` the URL
    or path in ``$LOYALTYKIT_JOURNAL``, or else a new in-memory journal, which still protects
    one process. A bad value raises ``InvalidArgumentError("journal", rule)`` (or
    ``"$LOYALTYKIT_JOURNAL"``). ``open_existing_journal(url_or_path)``: the same for a journal
    that must exist already (a file is never created; the command line's ``--journal``).

``Journal`` (protocol; synchronous, every method atomic and safe across threads and processes)
    Sales, keyed by (vendor, order_id):
    ``open_sale(vendor, order_id, customer_id, purchase_value) -> (SaleEntry, created)``,
    ``sale(vendor, order_id) -> SaleEntry | None``,
    ``update_sale(entry, *, status=None, state=None) -> SaleEntry`` (compare-and-set on
    ``entry.version``: ``JournalConflictError`` if another writer changed it since),
    ``sales(*, vendor=None, status=None) -> list[SaleEntry]``,
    ``hold_sale(vendor, order_id, *, timeout=10.0)`` (a context manager: one holder at a time;
    another waits up to ``timeout`` seconds, then ``SaleInUseError``; on SQLite, within the one
    process that uses the file; on PostgreSQL, across processes and machines, and a holder
    that dies lets go).
    Steps: ``begin_step(vendor, order_id, step, *, idempotency_key, request) -> StepEntry``
    (``PENDING``), ``finish_step(step_id, outcome, detail=None) -> StepEntry`` (``DONE``,
    ``REFUSED`` final; ``IN_DOUBT`` may be finished again), ``steps(vendor, order_id)``,
    ``unsettled(*, vendor=None, older_than) -> list[StepEntry]`` (pending or in doubt, begun
    before now - older_than: what reconciliation re-checks).
    Outbox: ``enqueue_order(vendor, order_id, body) -> OutboxEntry`` (once per order: a second
    enqueue returns the first), ``outbox(*, vendor=None, states=(QUEUED,))`` in queue order,
    ``claim_order(entry_id, *, until)`` (a queued, due order kept from other deliverers until
    ``until``: ``JournalConflictError`` if another claimed it first), ``claim_next(vendor, *,
    until, due_by=None, after=0) -> OutboxEntry | None`` (the next due order no other deliverer
    holds, claimed in one step: what a flush uses),
    ``record_delivery(entry_id, *, delivered, error, next_attempt_at, failed=False, already_existed=False,
    external_code=None)``.
    Retention: ``purge(*, older_than) -> int`` removes finished (completed or abandoned)
    sales last changed before now - older_than, with their steps and outbox order, unless a
    step is still pending or in doubt or the order still queued; the number removed.
    ``close()``, and a context manager that closes.

``SQLiteJournal(path=":memory:", *, clock=utc_now, busy_timeout=5.0)``
    One terminal's journal: WAL, ``synchronous=NORMAL``, schema version in
    ``PRAGMA user_version`` migrated at open (a file from a newer loyaltykit is refused).
    ``clock`` is injectable for tests and for reconciliation's grace period.

``PostgresJournal(url, *, clock=utc_now, connect_timeout=10.0)`` (the ``postgres`` extra)
    A journal shared by many workers: one connection per journal, its tables created in the
    URL's schema and migrated at open (version in ``loyaltykit_schema``; an advisory lock makes
    processes starting at once migrate it once); claims use ``FOR UPDATE SKIP LOCKED``.

Entries (frozen attrs; UTC datetimes; Decimal money; reprs without customer ids or bodies):
``SaleEntry`` (status: ``loyaltykit.checkout.SaleStatus``), ``StepEntry`` (outcome:
``StepOutcome``), ``OutboxEntry`` (state: ``OutboxState``). Their JSON parts (a sale's state,
a step's request and detail, an order's body) are stored as given and read back equal: floats
are refused, a Decimal keeps its digits (a Decimal with no fractional digits reads back as the
equal ``int``).

Errors: ``loyaltykit.errors.JournalError`` (cannot open, read or write; closed; an unknown
entry), ``JournalConflictError`` (another writer got there first), ``SaleInUseError`` (a sale
held elsewhere past the timeout). Async callers call the journal directly: each call is one
short transaction. Nothing here is imported by ``import loyaltykit``, and psycopg only for a
PostgreSQL journal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..errors import JournalConflictError, JournalError, SaleInUseError
from ._holds import DEFAULT_HOLD_TIMEOUT
from ._model import OutboxEntry, OutboxState, SaleEntry, SaleStatus, StepEntry, StepOutcome
from ._open import ENVIRONMENT_VARIABLE, POSTGRES_EXTRA, open_existing_journal, open_journal
from ._protocol import Journal
from ._schema import SCHEMA_VERSION
from ._sqlite import MEMORY, SQLiteJournal, utc_now

if TYPE_CHECKING:
    from ._postgres import PostgresJournal

__all__ = [
    "DEFAULT_HOLD_TIMEOUT",
    "ENVIRONMENT_VARIABLE",
    "MEMORY",
    "POSTGRES_EXTRA",
    "SCHEMA_VERSION",
    "Journal",
    "JournalConflictError",
    "JournalError",
    "OutboxEntry",
    "OutboxState",
    "PostgresJournal",
    "SQLiteJournal",
    "SaleEntry",
    "SaleInUseError",
    "SaleStatus",
    "StepEntry",
    "StepOutcome",
    "open_existing_journal",
    "open_journal",
    "utc_now",
]


def __getattr__(name: str) -> Any:
    # The PostgreSQL store imports psycopg, an optional extra: only when asked for.
    if name == "PostgresJournal":
        from ._open import postgres_store

        return postgres_store()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
