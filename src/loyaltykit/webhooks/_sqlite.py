"""``SQLiteDeduplicator``: handled webhook events in a SQLite file (or in memory).

The file is opened as the sale journal opens its own (``loyaltykit.journal``: mode 0600, WAL,
the journal's schema and marks), so one file may hold both: pass the journal's path. The
table ``webhook_events`` is created if missing and is not part of the journal's versioned
schema, which neither reads nor changes it; a journal opened on the file works as before.
One connection behind a lock, as the journal does; each method is one SQLite statement.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from types import TracebackType
from typing import Self

from .._redaction import redact_text
from .._validation import require_text
from ..errors import InvalidArgumentError, WebhookError
from ..journal._sqlite import MEMORY, _aware, _database_path, _stamp, connect, utc_now
from ._dedupe import DEFAULT_PROCESSING_TIMEOUT, DEFAULT_RETENTION

__all__ = ["SQLiteDeduplicator"]

_TABLE = """CREATE TABLE IF NOT EXISTS webhook_events (
    key TEXT PRIMARY KEY,
    state TEXT NOT NULL,
    expires_at TEXT NOT NULL
) WITHOUT ROWID"""
# A claim is taken if the key is new or its row has expired (a lapsed claim, a forgotten event).
_CLAIM = (
    "INSERT INTO webhook_events (key, state, expires_at) VALUES (?, 'processing', ?)"
    " ON CONFLICT (key) DO UPDATE SET state = 'processing', expires_at = excluded.expires_at"
    " WHERE webhook_events.expires_at <= ?"
)
_PRUNE_EVERY = timedelta(minutes=1)


def _error(error: sqlite3.Error) -> WebhookError:
    return WebhookError(f"the webhook de-duplication store failed: {redact_text(str(error))}")


def _duration(field: str, value: object) -> timedelta:
    if not isinstance(value, timedelta) or value <= timedelta(0):
        raise InvalidArgumentError(field, "must be a timedelta > 0")
    return value


class SQLiteDeduplicator:
    """A ``WebhookDeduplicator`` in a SQLite file, created if missing, or in memory (``":memory:"``,
    for tests and single-process use: forgotten when closed).

    ``retention``: how long a handled event is remembered (default 24 hours: see
    ``DEFAULT_RETENTION``); ``processing_timeout``: how long an unfinished claim holds;
    ``clock`` gives the current (timezone-aware) time. Expired rows are deleted as it goes.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] = MEMORY,
        *,
        retention: timedelta = DEFAULT_RETENTION,
        processing_timeout: timedelta = DEFAULT_PROCESSING_TIMEOUT,
        clock: Callable[[], datetime] = utc_now,
        busy_timeout: float = 5.0,
    ) -> None:
        self.path = _database_path(path)
        self.retention = _duration("retention", retention)
        self.processing_timeout = _duration("processing_timeout", processing_timeout)
        if not callable(clock):
            raise InvalidArgumentError("clock", "must be a function returning a timezone-aware datetime")
        if isinstance(busy_timeout, bool) or not isinstance(busy_timeout, int | float) or not busy_timeout >= 0:
            raise InvalidArgumentError("busy_timeout", "must be a number of seconds >= 0")
        self._clock = clock
        self._lock = threading.Lock()
        self._pruned: datetime | None = None
        conn, _ = connect(self.path, busy_timeout, _error)
        try:
            conn.execute(_TABLE)
        except sqlite3.Error as error:
            conn.close()
            raise _error(error) from error
        self._conn: sqlite3.Connection | None = conn

    def __repr__(self) -> str:
        return f"SQLiteDeduplicator({self.path!r}, retention={self.retention!r})"

    def _now(self) -> datetime:
        return _aware("clock()", self._clock())

    @contextmanager
    def _locked(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._conn is None:
                raise WebhookError("the webhook de-duplicator is closed")
            try:
                yield self._conn
            except sqlite3.Error as error:
                raise _error(error) from error

    def claim(self, key: str) -> bool:
        key = require_text("key", key)
        now = self._now()
        with self._locked() as conn:
            if self._pruned is None or now - self._pruned >= _PRUNE_EVERY:
                conn.execute("DELETE FROM webhook_events WHERE expires_at <= ?", (_stamp(now),))
                self._pruned = now
            taken = conn.execute(_CLAIM, (key, _stamp(now + self.processing_timeout), _stamp(now))).rowcount
        return taken == 1

    def complete(self, key: str) -> None:
        key = require_text("key", key)
        until = _stamp(self._now() + self.retention)
        with self._locked() as conn:
            conn.execute("UPDATE webhook_events SET state = 'done', expires_at = ? WHERE key = ?", (until, key))

    def release(self, key: str) -> None:
        key = require_text("key", key)
        with self._locked() as conn:
            conn.execute("DELETE FROM webhook_events WHERE key = ? AND state = 'processing'", (key,))

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
            if conn is not None:
                conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
