"""``SQLiteJournal``: the journal in one SQLite file (or in memory), safe across threads and processes.

Choices, and why:

- WAL: readers never block the writer, and a write interrupted at any point (a killed process,
  a power cut) leaves a consistent file, never half a change. ``synchronous=NORMAL``: in WAL
  mode every commit then survives the process dying at any moment (a crash or a kill, the
  usual failure of a POS application), since it is already in the OS's hands; only an OS crash
  or a power cut may undo the last commits, those since the WAL was last synced. ``FULL``
  would sync the disk at every commit, two per request of a sale, which costs milliseconds on
  a POS's flash storage each time. A BonifiQ request whose record a power cut undid is safe to
  send again (its keys are derived from the sale); a Gameball hold so lost expires unspent.
- One connection per journal, guarded by a lock, rather than one per thread: SQLite lets one
  writer at a time anyway, the writes are short, an in-memory journal (``":memory:"``) only
  exists in its one connection, and ``close()`` has one thing to close.
- Every read-modify-write is one ``BEGIN IMMEDIATE`` transaction: it takes the write lock
  before reading, so two processes never both read, then both write. The busy timeout makes
  the other process wait for it instead of failing.
- The file is created with mode 0600 (it holds customer ids and order bodies); SQLite gives
  its ``-wal`` and ``-shm`` files the same mode.
- A connection must not cross a ``fork()``: a journal used in another process than the one
  that opened it raises ``JournalError``; open it again there.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from functools import cached_property
from typing import Any

from .._json import decode_json
from .._redaction import redact_text
from .._validation import optional_text, require_money, require_text, text_rule
from ..errors import InvalidArgumentError, JournalConflictError, JournalError, LoyaltyError
from . import _arguments as rules
from ._arguments import reader, utc_now
from ._connection import OneConnection
from ._holds import DEFAULT_HOLD_TIMEOUT, LocalHolds, holding
from ._model import OutboxEntry, OutboxState, SaleEntry, SaleStatus, StepEntry, StepOutcome
from ._retention import TABLES, purgeable, purgeable_parameters
from ._schema import migrate

__all__ = ["MEMORY", "SQLiteJournal", "utc_now"]

MEMORY = ":memory:"
"""The path of an in-memory journal: it protects one process, and is gone when closed."""


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _database_path(value: object) -> str:
    """The path to give SQLite, checked; ``InvalidArgumentError("path", ...)`` names the rule broken."""
    if not isinstance(value, str | os.PathLike):
        raise InvalidArgumentError(
            "path", f"must be a file path (str or os.PathLike) or ':memory:', got {type(value).__name__}"
        )
    path = os.fspath(value)
    if not isinstance(path, str):
        raise InvalidArgumentError("path", "must be a text path, not bytes")
    if not path.strip():
        raise InvalidArgumentError("path", "must not be empty")
    if "\x00" in path:
        raise InvalidArgumentError("path", "must not contain NUL characters")
    if (rule := text_rule(path, controls=False)) is not None:
        raise InvalidArgumentError("path", rule)
    if path == MEMORY:
        return path
    if os.path.isdir(path):
        raise InvalidArgumentError("path", "must be a file, not a directory")
    if not os.path.isdir(os.path.dirname(os.path.abspath(path))):
        raise InvalidArgumentError("path", "must be in an existing folder")
    return path


def _create_private(path: str) -> None:
    """Create the file, if it is not there, readable and writable by its owner only."""
    try:
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    except OSError as error:
        raise JournalError(f"cannot create the journal file: {error.strerror}") from None


def _use_wal(conn: sqlite3.Connection, busy_timeout: float) -> None:
    """Switch the file to WAL (it stays so). SQLite does not wait for the busy timeout here: of
    several connections switching a new file at once, the others fail at once, so they retry."""
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")  # a no-op once the file is in WAL
            return
        except sqlite3.OperationalError as error:
            if error.sqlite_errorcode & 0xFF != sqlite3.SQLITE_BUSY or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def _queued(conn: sqlite3.Connection, entry_id: int) -> sqlite3.Row:
    """The outbox row, if it is still queued: else a delivered or failed order is another deliverer's."""
    row: sqlite3.Row = rules.found_queued_order(entry_id, conn.execute(_ORDER, (entry_id,)).fetchone())
    return row


_sale = reader(
    SaleEntry,
    purchase_value=Decimal,
    status=SaleStatus,
    state=decode_json,
    created_at=datetime.fromisoformat,
    updated_at=datetime.fromisoformat,
)
_step = reader(
    StepEntry,
    request=decode_json,
    outcome=StepOutcome,
    detail=decode_json,
    started_at=datetime.fromisoformat,
    finished_at=datetime.fromisoformat,
)
_order = reader(
    OutboxEntry,
    body=decode_json,
    state=OutboxState,
    queued_at=datetime.fromisoformat,
    next_attempt_at=datetime.fromisoformat,
    delivered_at=datetime.fromisoformat,
    already_existed=bool,
)

_SALE = "SELECT * FROM sales WHERE vendor = ? AND order_id = ?"
# Every SQLite journal's holds in this process, by file: a SQLite journal is one terminal's,
# used by one process, so a hold need not be seen by other processes.
_HOLDS = LocalHolds()
_STEP = "SELECT * FROM steps WHERE id = ?"
_ORDER = "SELECT * FROM outbox WHERE id = ?"


class SQLiteStore(OneConnection[sqlite3.Connection]):
    """What loyaltykit's SQLite stores share: a checked path (a file, created with mode 0600 if
    missing, or ``":memory:"``) opened in WAL with ``synchronous=NORMAL`` and the journal's
    schema current, one connection behind a lock, an injectable clock, a fork check, and
    ``close`` (``OneConnection``). The sale journal is one; the webhook de-duplicator, which may
    share its file, is the other. A subclass names itself in messages (``_name``) and its
    failures' class (``_failure``).
    """

    _driver_error = sqlite3.Error

    def __init__(
        self,
        path: str | os.PathLike[str] = MEMORY,
        *,
        clock: Callable[[], datetime] = utc_now,
        busy_timeout: float = 5.0,
    ) -> None:
        self.path = _database_path(path)
        self._start(clock)
        if isinstance(busy_timeout, bool) or not isinstance(busy_timeout, int | float) or not busy_timeout >= 0:
            raise InvalidArgumentError("busy_timeout", "must be a number of seconds >= 0")
        self._conn, self.migrations_applied = self._connect(busy_timeout)

    def _error(self, error: Exception) -> LoyaltyError:
        # SQLite's messages name tables and columns, not values; redacted all the same.
        return self._failure(f"{self._name}'s database failed: {redact_text(str(error))}")

    def _connect(self, busy_timeout: float) -> tuple[sqlite3.Connection, int]:
        """The connection, and how many schema migrations opening it ran."""
        if self.path != MEMORY:
            _create_private(self.path)
        try:
            conn = sqlite3.connect(self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
        except sqlite3.Error as error:
            raise self._error(error) from error
        try:
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")  # off by default in each SQLite connection
            if self.path != MEMORY:
                _use_wal(conn, busy_timeout)
                conn.execute("PRAGMA synchronous = NORMAL")
            return conn, migrate(conn)
        except BaseException as error:
            conn.close()
            if isinstance(error, sqlite3.Error):
                raise self._error(error) from error
            raise


class SQLiteJournal(SQLiteStore):
    """The ``Journal`` in a SQLite file, created if missing, or in memory (``":memory:"``).

    ``clock`` gives the current time (timezone-aware) for every timestamp and for
    ``unsettled``'s age; ``busy_timeout`` is how long, in seconds, a write waits for another
    process's write to end before failing with ``JournalError``. ``migrations_applied`` says
    how many schema migrations opening it ran (0: the file was current).
    """

    def __repr__(self) -> str:
        return f"SQLiteJournal({self.path!r})"

    # Plumbing

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """``_locked``, in one transaction that holds the file's write lock from its first read."""
        with self._locked() as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise

    # Sales

    def open_sale(
        self, vendor: str, order_id: str, customer_id: str, purchase_value: Decimal
    ) -> tuple[SaleEntry, bool]:
        key = rules.sale_key(vendor, order_id)
        customer = require_text("customer_id", customer_id)
        value = require_money("purchase_value", purchase_value)
        now = _stamp(self._now())
        with self._write() as conn:
            created = conn.execute(
                "INSERT INTO sales (vendor, order_id, customer_id, purchase_value, status, state, version,"
                " created_at, updated_at) VALUES (?, ?, ?, ?, ?, '{}', 1, ?, ?)"
                " ON CONFLICT (vendor, order_id) DO NOTHING",
                (*key, customer, str(value), SaleStatus.OPEN.value, now, now),
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
        now = _stamp(self._now())
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE sales SET status = coalesce(?, status), state = coalesce(?, state), version = version + 1,"
                " updated_at = ? WHERE vendor = ? AND order_id = ? AND version = ?",
                (new_status, new_state, now, *key, entry.version),
            ).rowcount
            row = conn.execute(_SALE, key).fetchone()
        return _sale(rules.found_sale(entry, row, changed == 1))

    def sales(self, *, vendor: str | None = None, status: SaleStatus | None = None) -> list[SaleEntry]:
        wanted = {
            "vendor": rules.optional_vendor(vendor),
            "status": None if status is None else rules.enum_value("status", SaleStatus, status).value,
        }
        where = " AND ".join(f"{column} = ?" for column, value in wanted.items() if value is not None)
        with self._locked() as conn:
            rows = conn.execute(
                f"SELECT * FROM sales {'WHERE ' + where if where else ''} ORDER BY created_at, rowid",
                [value for value in wanted.values() if value is not None],
            ).fetchall()
        return [_sale(row) for row in rows]

    def hold_sale(
        self, vendor: str, order_id: str, *, timeout: float = DEFAULT_HOLD_TIMEOUT
    ) -> AbstractContextManager[None]:
        key = rules.sale_key(vendor, order_id)
        place = (f"memory:{id(self)}" if self.path == MEMORY else os.path.realpath(self.path), *key)

        def try_hold() -> bool:
            with self._locked():  # closed, or from another process: refused as any other call is
                if not _HOLDS.try_hold(place):
                    return False
                self._taken.add(place)
                return True

        def release() -> None:
            self._taken.discard(place)
            _HOLDS.release(place)

        return holding(key, timeout, try_hold, release)

    @cached_property
    def _taken(self) -> set[tuple[str, ...]]:
        return set()

    def close(self) -> None:
        super().close()
        # Its holds go with it, as a PostgreSQL session's do with its connection: a sale object
        # dropped without close() does not keep its order from the next journal on this file.
        for place in list(self._taken):
            self._taken.discard(place)
            _HOLDS.release(place)

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
            _stamp(self._now()),
        )
        with self._write() as conn:
            step_id = conn.execute(
                "INSERT INTO steps (vendor, order_id, step, idempotency_key, request, outcome, started_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                values,
            ).lastrowid
            row = conn.execute(_STEP, (step_id,)).fetchone()
        return _step(row)

    def finish_step(self, step_id: int, outcome: StepOutcome, detail: Any = None) -> StepEntry:
        step_id = rules.entry_id("step_id", step_id)
        final, detail_text = rules.step_outcome(outcome, detail)
        now = _stamp(self._now())
        with self._write() as conn:
            rules.found_unsettled_step(step_id, conn.execute(_STEP, (step_id,)).fetchone())
            conn.execute(
                "UPDATE steps SET outcome = ?, detail = ?, finished_at = ? WHERE id = ?",
                (final.value, detail_text, now, step_id),
            )
            row = conn.execute(_STEP, (step_id,)).fetchone()
        return _step(row)

    def steps(self, vendor: str, order_id: str) -> list[StepEntry]:
        key = rules.sale_key(vendor, order_id)
        with self._locked() as conn:
            rows = conn.execute("SELECT * FROM steps WHERE vendor = ? AND order_id = ? ORDER BY id", key).fetchall()
        return [_step(row) for row in rows]

    def unsettled(self, *, vendor: str | None = None, older_than: timedelta) -> list[StepEntry]:
        chosen = rules.optional_vendor(vendor)
        cutoff = _stamp(self._now() - rules.age(older_than))
        with self._locked() as conn:
            rows = conn.execute(
                "SELECT * FROM steps WHERE outcome IN (?, ?) AND started_at < ? AND coalesce(?, vendor) = vendor"
                " ORDER BY id",
                (StepOutcome.PENDING.value, StepOutcome.IN_DOUBT.value, cutoff, chosen),
            ).fetchall()
        return [_step(row) for row in rows]

    # Outbox

    def enqueue_order(self, vendor: str, order_id: str, body: dict[str, Any]) -> OutboxEntry:
        key = rules.sale_key(vendor, order_id)
        body_text = rules.json_text("body", body)
        now = _stamp(self._now())
        with self._write() as conn:
            conn.execute(
                "INSERT INTO outbox (vendor, order_id, body, state, attempts, queued_at) VALUES (?, ?, ?, ?, 0, ?)"
                " ON CONFLICT (vendor, order_id) DO NOTHING",
                (*key, body_text, OutboxState.QUEUED.value, now),
            )
            row = conn.execute("SELECT * FROM outbox WHERE vendor = ? AND order_id = ?", key).fetchone()
        return _order(row)

    def outbox(
        self, *, vendor: str | None = None, states: Sequence[OutboxState] = (OutboxState.QUEUED,)
    ) -> list[OutboxEntry]:
        chosen = rules.outbox_states(states)
        with self._locked() as conn:
            rows = conn.execute(
                f"SELECT * FROM outbox WHERE state IN ({', '.join('?' * len(chosen))})"
                " AND coalesce(?, vendor) = vendor ORDER BY id",
                (*chosen, rules.optional_vendor(vendor)),
            ).fetchall()
        return [_order(row) for row in rows]

    def claim_order(self, entry_id: int, *, until: datetime) -> OutboxEntry:
        entry_id = rules.entry_id("entry_id", entry_id)
        lease = _stamp(rules.aware("until", until))
        now = _stamp(self._now())
        with self._write() as conn:
            row = _queued(conn, entry_id)
            if row["next_attempt_at"] is not None and row["next_attempt_at"] > now:
                raise JournalConflictError(f"outbox entry {entry_id} is not due before {row['next_attempt_at']}")
            conn.execute("UPDATE outbox SET next_attempt_at = ? WHERE id = ?", (lease, entry_id))
            row = conn.execute(_ORDER, (entry_id,)).fetchone()
        return _order(row)

    def claim_next(
        self, vendor: str, *, until: datetime, due_by: datetime | None = None, after: int = 0
    ) -> OutboxEntry | None:
        chosen, start = rules.vendor(vendor), rules.queue_position(after)
        lease = _stamp(rules.aware("until", until))
        due = _stamp(rules.due_by(self._now(), due_by))
        with self._write() as conn:  # the file's write lock: one claimer at a time
            found = conn.execute(
                "SELECT id FROM outbox WHERE state = ? AND vendor = ? AND id > ?"
                " AND (next_attempt_at IS NULL OR next_attempt_at <= ?) ORDER BY id LIMIT 1",
                (OutboxState.QUEUED.value, chosen, start, due),
            ).fetchone()
            if found is None:
                return None
            conn.execute("UPDATE outbox SET next_attempt_at = ? WHERE id = ?", (lease, found["id"]))
            row = conn.execute(_ORDER, (found["id"],)).fetchone()
        return _order(row)

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
        now = _stamp(self._now())
        with self._write() as conn:
            row = _queued(conn, entry_id)
            conn.execute(
                "UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                " delivered_at = ?, already_existed = ?, external_code = ? WHERE id = ?",
                (
                    checked.state.value,
                    checked.error,
                    None if checked.next_attempt_at is None else _stamp(checked.next_attempt_at),
                    now if checked.state is OutboxState.DELIVERED else None,
                    int(checked.already_existed),
                    checked.external_code,
                    entry_id,
                ),
            )
            row = conn.execute(_ORDER, (entry_id,)).fetchone()
        return _order(row)

    # Retention

    def purge(self, *, older_than: timedelta) -> int:
        cutoff = _stamp(self._now() - rules.age(older_than))
        with self._write() as conn:
            keys = [tuple(row) for row in conn.execute(purgeable("?"), purgeable_parameters(cutoff)).fetchall()]
            for table in TABLES:
                conn.executemany(f"DELETE FROM {table} WHERE vendor = ? AND order_id = ?", keys)
        return len(keys)
