"""``PostgresJournal``: the journal in a PostgreSQL database, shared by many processes and machines.

Choices, and why:

- The same rules as ``SQLiteJournal`` (``_arguments``): the two stores refuse and return the
  same things, and the protocol tests run on both.
- One connection per journal, guarded by a lock, in autocommit mode: each call is one short
  transaction (``with conn.transaction()``), never left open between calls, so a connection
  idle in a worker holds no row lock. A process that wants more parallelism opens more journals.
- Read-modify-writes lock the row first (``SELECT ... FOR UPDATE``), so two workers never both
  read, then both write. ``claim_order`` uses ``FOR UPDATE SKIP LOCKED``: of N workers claiming
  the same order at once, one gets it and the others move on at once, without waiting for it.
- ``update_sale``'s compare-and-set is one ``UPDATE ... WHERE version = ...``: under READ
  COMMITTED a concurrent update makes it re-check the version, so it matches once or not at all.
- ``hold_sale`` takes a session advisory lock keyed by the sale: PostgreSQL frees it when the
  holder's connection ends, so a worker that dies (even by SIGKILL) lets its sales go.
- Times come from the injected clock, as in SQLite, not from the server: reconciliation's grace
  period and the tests' fake clock mean the same thing on both stores.
- Messages never show the URL's password nor a value: a failure is the error's class and
  PostgreSQL's primary message, redacted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg.rows import dict_row

from .._json import decode_json
from .._redaction import redact_text
from .._validation import optional_text, require_money, require_text
from ..errors import InvalidArgumentError, JournalConflictError, JournalError
from . import _arguments as rules
from ._arguments import reader, utc_now
from ._connection import OneConnection
from ._holds import DEFAULT_HOLD_TIMEOUT, LocalHolds, holding
from ._model import OutboxEntry, OutboxState, SaleEntry, SaleStatus, StepEntry, StepOutcome
from ._postgres_schema import migrate
from ._retention import TABLES, purgeable, purgeable_parameters

__all__ = ["PostgresJournal"]


def safe_url(url: str) -> str:
    """The URL without its password, for reprs and messages."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username or ''}:***@{host}"))


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)


_sale = reader(SaleEntry, status=SaleStatus, state=decode_json, created_at=_utc, updated_at=_utc)
_step = reader(
    StepEntry, request=decode_json, outcome=StepOutcome, detail=decode_json, started_at=_utc, finished_at=_utc
)
_order = reader(
    OutboxEntry,
    body=decode_json,
    state=OutboxState,
    queued_at=_utc,
    next_attempt_at=_utc,
    delivered_at=_utc,
)

_SALE = "SELECT * FROM sales WHERE vendor = %s AND order_id = %s"
_STEP = "SELECT * FROM steps WHERE id = %s"
_ORDER = "SELECT * FROM outbox WHERE id = %s"
# The sale's advisory lock key: vendor names hold no ':', so the text names one sale.
_SALE_LOCK_KEY = "hashtextextended('loyaltykit-sale:' || %s || ':' || %s, 0)"


def _queued(conn: psycopg.Connection[dict[str, Any]], entry_id: int, *, skip_locked: bool = False) -> dict[str, Any]:
    """The outbox row, locked, if it is still queued: else a delivered or failed order (or, with
    ``skip_locked``, one being claimed right now) is another deliverer's."""
    row = conn.execute(_ORDER + (" FOR UPDATE SKIP LOCKED" if skip_locked else " FOR UPDATE"), (entry_id,)).fetchone()
    if row is None and skip_locked and conn.execute(_ORDER, (entry_id,)).fetchone() is not None:
        raise JournalConflictError(f"outbox entry {entry_id} is being claimed by another deliverer")
    found: dict[str, Any] = rules.found_queued_order(entry_id, row)
    return found


class PostgresJournal(OneConnection[psycopg.Connection[dict[str, Any]]]):
    """The ``Journal`` in a PostgreSQL database, given by its URL (``postgresql://...``); its
    tables are created (and migrated) at open in the connection's current schema.

    ``clock`` gives the current time (timezone-aware) for every timestamp; ``connect_timeout``
    is how long, in seconds, connecting may take. ``migrations_applied`` says how many schema
    migrations opening it ran (0: the schema was current).
    """

    _driver_error = psycopg.Error

    def __init__(
        self,
        url: str,
        *,
        clock: Callable[[], datetime] = utc_now,
        connect_timeout: float = 10.0,
    ) -> None:
        if not rules.is_postgres_url(url):
            raise InvalidArgumentError("url", "must be a postgresql:// URL")
        if isinstance(connect_timeout, bool) or not isinstance(connect_timeout, int | float) or connect_timeout <= 0:
            raise InvalidArgumentError("connect_timeout", "must be a number of seconds > 0")
        self.url = url
        self._start(clock)
        self._holds = LocalHolds()
        try:
            self._conn = psycopg.connect(
                url, autocommit=True, row_factory=dict_row, connect_timeout=max(1, round(connect_timeout))
            )
        except psycopg.Error as error:
            raise self._error(error) from None
        try:
            self._conn.execute("SET TIME ZONE 'UTC'")
            self.migrations_applied = migrate(self._conn)
        except BaseException as error:
            self._conn.close()
            self._conn = None
            if isinstance(error, psycopg.Error):
                raise self._error(error) from None
            raise

    def __repr__(self) -> str:
        return f"PostgresJournal({safe_url(self.url)!r})"

    # Plumbing

    def _error(self, error: Exception) -> JournalError:
        message = error.diag.message_primary if isinstance(error, psycopg.Error) else None
        message = message or str(error).split("\n", 1)[0]
        return JournalError(f"the journal's database failed: {type(error).__name__}: {redact_text(message)}")

    @contextmanager
    def _write(self) -> Iterator[psycopg.Connection[dict[str, Any]]]:
        """``_locked``, in one transaction."""
        with self._locked() as conn, conn.transaction():
            yield conn

    # Sales

    def open_sale(
        self, vendor: str, order_id: str, customer_id: str, purchase_value: Decimal
    ) -> tuple[SaleEntry, bool]:
        key = rules.sale_key(vendor, order_id)
        customer = require_text("customer_id", customer_id)
        value = require_money("purchase_value", purchase_value)
        now = self._now()
        with self._write() as conn:
            created = conn.execute(
                "INSERT INTO sales (vendor, order_id, customer_id, purchase_value, status, state, version,"
                " created_at, updated_at) VALUES (%s, %s, %s, %s, %s, '{}', 1, %s, %s)"
                " ON CONFLICT (vendor, order_id) DO NOTHING",
                (*key, customer, value, SaleStatus.OPEN.value, now, now),
            ).rowcount
            row = conn.execute(_SALE, key).fetchone()
        return _sale(row), created == 1

    def sale(self, vendor: str, order_id: str) -> SaleEntry | None:
        key = rules.sale_key(vendor, order_id)
        with self._locked() as conn:
            row = conn.execute(_SALE, key).fetchone()
        return None if row is None else _sale(row)

    def update_sale(
        self, entry: SaleEntry, *, status: SaleStatus | None = None, state: dict[str, Any] | None = None
    ) -> SaleEntry:
        if not isinstance(entry, SaleEntry):
            raise InvalidArgumentError("entry", f"must be a SaleEntry, got {type(entry).__name__}")
        new_status = None if status is None else rules.enum_value("status", SaleStatus, status).value
        new_state = None if state is None else rules.json_text("state", state)
        key = (entry.vendor, entry.order_id)
        now = self._now()
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE sales SET status = coalesce(%s, status), state = coalesce(%s, state),"
                " version = version + 1, updated_at = %s WHERE vendor = %s AND order_id = %s AND version = %s",
                (new_status, new_state, now, *key, entry.version),
            ).rowcount
            row = conn.execute(_SALE, key).fetchone()
        return _sale(rules.found_sale(entry, row, changed == 1))

    def sales(self, *, vendor: str | None = None, status: SaleStatus | None = None) -> list[SaleEntry]:
        chosen = rules.optional_vendor(vendor)
        wanted = None if status is None else rules.enum_value("status", SaleStatus, status).value
        with self._locked() as conn:
            rows = conn.execute(
                "SELECT * FROM sales WHERE vendor = coalesce(%s, vendor) AND status = coalesce(%s, status)"
                " ORDER BY created_at, seq",
                (chosen, wanted),
            ).fetchall()
        return [_sale(row) for row in rows]

    def hold_sale(
        self, vendor: str, order_id: str, *, timeout: float = DEFAULT_HOLD_TIMEOUT
    ) -> AbstractContextManager[None]:
        key = rules.sale_key(vendor, order_id)

        def try_hold() -> bool:
            if not self._holds.try_hold(key):
                return False  # another thread of this process holds it, on this same connection
            try:
                with self._locked() as conn:
                    row = conn.execute(f"SELECT pg_try_advisory_lock({_SALE_LOCK_KEY}) AS held", key).fetchone()
            except BaseException:
                self._holds.release(key)
                raise
            held = row is not None and bool(row["held"])
            if not held:
                self._holds.release(key)
            return held

        def release() -> None:
            try:
                with self._locked() as conn:
                    conn.execute(f"SELECT pg_advisory_unlock({_SALE_LOCK_KEY})", key)
            except JournalError:
                pass  # closed or lost: the server let the lock go with the connection
            finally:
                self._holds.release(key)

        return holding(key, timeout, try_hold, release)

    # Steps

    def begin_step(
        self, vendor: str, order_id: str, step: str, *, idempotency_key: str | None, request: dict[str, Any]
    ) -> StepEntry:
        values = (
            *rules.sale_key(vendor, order_id),
            require_text("step", step),
            optional_text("idempotency_key", idempotency_key),
            rules.json_text("request", request),
            StepOutcome.PENDING.value,
            self._now(),
        )
        with self._write() as conn:
            row = conn.execute(
                "INSERT INTO steps (vendor, order_id, step, idempotency_key, request, outcome, started_at)"
                " VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING *",
                values,
            ).fetchone()
        return _step(row)

    def finish_step(self, step_id: int, outcome: StepOutcome, detail: Any = None) -> StepEntry:
        step_id = rules.entry_id("step_id", step_id)
        final, detail_text = rules.step_outcome(outcome, detail)
        now = self._now()
        with self._write() as conn:
            rules.found_unsettled_step(step_id, conn.execute(_STEP + " FOR UPDATE", (step_id,)).fetchone())
            row = conn.execute(
                "UPDATE steps SET outcome = %s, detail = %s, finished_at = %s WHERE id = %s RETURNING *",
                (final.value, detail_text, now, step_id),
            ).fetchone()
        return _step(row)

    def steps(self, vendor: str, order_id: str) -> list[StepEntry]:
        key = rules.sale_key(vendor, order_id)
        with self._locked() as conn:
            rows = conn.execute("SELECT * FROM steps WHERE vendor = %s AND order_id = %s ORDER BY id", key).fetchall()
        return [_step(row) for row in rows]

    def unsettled(self, *, vendor: str | None = None, older_than: timedelta) -> list[StepEntry]:
        chosen = rules.optional_vendor(vendor)
        cutoff = self._now() - rules.age(older_than)
        with self._locked() as conn:
            rows = conn.execute(
                "SELECT * FROM steps WHERE outcome IN (%s, %s) AND started_at < %s AND vendor = coalesce(%s, vendor)"
                " ORDER BY id",
                (StepOutcome.PENDING.value, StepOutcome.IN_DOUBT.value, cutoff, chosen),
            ).fetchall()
        return [_step(row) for row in rows]

    # Outbox

    def enqueue_order(self, vendor: str, order_id: str, body: dict[str, Any]) -> OutboxEntry:
        key = rules.sale_key(vendor, order_id)
        body_text = rules.json_text("body", body)
        now = self._now()
        with self._write() as conn:
            conn.execute(
                "INSERT INTO outbox (vendor, order_id, body, state, attempts, queued_at)"
                " VALUES (%s, %s, %s, %s, 0, %s) ON CONFLICT (vendor, order_id) DO NOTHING",
                (*key, body_text, OutboxState.QUEUED.value, now),
            )
            row = conn.execute("SELECT * FROM outbox WHERE vendor = %s AND order_id = %s", key).fetchone()
        return _order(row)

    def outbox(
        self, *, vendor: str | None = None, states: Sequence[OutboxState] = (OutboxState.QUEUED,)
    ) -> list[OutboxEntry]:
        chosen = rules.outbox_states(states)
        with self._locked() as conn:
            rows = conn.execute(
                "SELECT * FROM outbox WHERE state = ANY(%s) AND vendor = coalesce(%s, vendor) ORDER BY id",
                (chosen, rules.optional_vendor(vendor)),
            ).fetchall()
        return [_order(row) for row in rows]

    def claim_order(self, entry_id: int, *, until: datetime) -> OutboxEntry:
        entry_id = rules.entry_id("entry_id", entry_id)
        lease = rules.aware("until", until)
        now = self._now()
        with self._write() as conn:
            row = _queued(conn, entry_id, skip_locked=True)
            if row["next_attempt_at"] is not None and row["next_attempt_at"] > now:
                raise JournalConflictError(
                    f"outbox entry {entry_id} is not due before {_utc(row['next_attempt_at']).isoformat()}"
                )
            claimed = conn.execute(
                "UPDATE outbox SET next_attempt_at = %s WHERE id = %s RETURNING *", (lease, entry_id)
            ).fetchone()
        return _order(claimed)

    def claim_next(
        self, vendor: str, *, until: datetime, due_by: datetime | None = None, after: int = 0
    ) -> OutboxEntry | None:
        chosen, start = rules.vendor(vendor), rules.queue_position(after)
        lease = rules.aware("until", until)
        due = rules.due_by(self._now(), due_by)
        with self._write() as conn:
            # SKIP LOCKED: an order another deliverer is claiming right now is passed over, so
            # workers sharing the queue spread over it instead of queueing behind one row.
            row = conn.execute(
                "UPDATE outbox SET next_attempt_at = %s WHERE id = ("
                "SELECT id FROM outbox WHERE state = %s AND vendor = %s AND id > %s"
                " AND (next_attempt_at IS NULL OR next_attempt_at <= %s)"
                " ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) RETURNING *",
                (lease, OutboxState.QUEUED.value, chosen, start, due),
            ).fetchone()
        return None if row is None else _order(row)

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
        entry_id = rules.entry_id("entry_id", entry_id)
        checked = rules.delivery(
            delivered=delivered,
            error=error,
            next_attempt_at=next_attempt_at,
            failed=failed,
            already_existed=already_existed,
            external_code=external_code,
        )
        now = self._now()
        with self._write() as conn:
            _queued(conn, entry_id)
            row = conn.execute(
                "UPDATE outbox SET state = %s, attempts = attempts + 1, last_error = %s, next_attempt_at = %s,"
                " delivered_at = %s, already_existed = %s, external_code = %s WHERE id = %s RETURNING *",
                (
                    checked.state.value,
                    checked.error,
                    checked.next_attempt_at,
                    now if checked.state is OutboxState.DELIVERED else None,
                    checked.already_existed,
                    checked.external_code,
                    entry_id,
                ),
            ).fetchone()
        return _order(row)

    # Retention

    def purge(self, *, older_than: timedelta) -> int:
        cutoff = self._now() - rules.age(older_than)
        with self._write() as conn:
            keys = [
                (row["vendor"], row["order_id"])
                for row in conn.execute(purgeable("%s") + " FOR UPDATE", purgeable_parameters(cutoff)).fetchall()
            ]
            for table in TABLES:
                conn.cursor().executemany(f"DELETE FROM {table} WHERE vendor = %s AND order_id = %s", keys)
        return len(keys)
