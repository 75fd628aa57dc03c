"""``SQLiteDeduplicator``: handled webhook events in a SQLite file (or in memory).

It is a ``SQLiteStore``, as the sale journal is (``loyaltykit.journal``): the file is opened
as the journal opens its own (mode 0600, WAL, the journal's schema and marks, so another
application's database is refused), one connection behind a lock, SQLite's errors raised as
``WebhookError``. So one file may hold both: pass the journal's path. The table
``webhook_events`` is created if missing and is not part of the journal's versioned schema,
which neither reads nor changes it; a journal opened on the file works as before. Each
method is one SQLite statement.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta

from .._validation import require_text
from ..errors import InvalidArgumentError, WebhookError
from ..journal._sqlite import MEMORY, SQLiteStore, _stamp, utc_now
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


def _duration(field: str, value: object) -> timedelta:
    if not isinstance(value, timedelta) or value <= timedelta(0):
        raise InvalidArgumentError(field, "must be a timedelta > 0")
    return value


class SQLiteDeduplicator(SQLiteStore):
    """A ``WebhookDeduplicator`` in a SQLite file, created if missing, or in memory (``":memory:"``,
    for tests and single-process use: forgotten when closed).

    ``retention``: how long a handled event is remembered (default 24 hours: see
    ``DEFAULT_RETENTION``); ``processing_timeout``: how long an unfinished claim holds;
    ``clock`` gives the current (timezone-aware) time; ``busy_timeout`` as the journal's.
    Expired rows are deleted as it goes, at most once a minute.
    """

    _name = "the webhook de-duplicator"
    _failure = WebhookError

    def __init__(
        self,
        path: str | os.PathLike[str] = MEMORY,
        *,
        retention: timedelta = DEFAULT_RETENTION,
        processing_timeout: timedelta = DEFAULT_PROCESSING_TIMEOUT,
        clock: Callable[[], datetime] = utc_now,
        busy_timeout: float = 5.0,
    ) -> None:
        self.retention = _duration("retention", retention)
        self.processing_timeout = _duration("processing_timeout", processing_timeout)
        self._pruned: datetime | None = None
        super().__init__(path, clock=clock, busy_timeout=busy_timeout)
        try:
            with self._locked() as conn:
                conn.execute(_TABLE)
        except BaseException:
            self.close()
            raise

    def __repr__(self) -> str:
        return f"SQLiteDeduplicator({self.path!r}, retention={self.retention!r})"

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
