"""``OneConnection``: what every loyaltykit store built on one database connection shares.

One connection behind a lock (a store's calls are short, and ``close()`` has one thing to
close), an injectable clock checked at each use, a fork check (a connection must not cross a
``fork()``: a store used in another process than the one that opened it refuses work), the
driver's errors turned into the store's own failure, and ``close`` / the context manager. The
SQLite stores (the journal, the webhook de-duplicator) and the PostgreSQL journal are built on it.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from types import TracebackType
from typing import Generic, Protocol, Self, TypeVar

from ..errors import InvalidArgumentError, JournalError, LoyaltyError
from ._arguments import aware


class _Closable(Protocol):
    def close(self) -> None: ...


Conn = TypeVar("Conn", bound=_Closable)


class OneConnection(Generic[Conn]):
    """A subclass names itself in messages (``_name``), its failures' class (``_failure``), the
    driver's error class (``_driver_error``), says how a driver error reads (``_error``) and
    sets ``_conn`` once connected."""

    _name = "the journal"
    _failure: type[LoyaltyError] = JournalError
    _driver_error: type[Exception] = Exception

    def _start(self, clock: Callable[[], datetime]) -> None:
        if not callable(clock):
            raise InvalidArgumentError("clock", "must be a function returning a timezone-aware datetime")
        self._clock = clock
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._conn: Conn | None = None

    def _error(self, error: Exception) -> LoyaltyError:
        raise NotImplementedError

    def _now(self) -> datetime:
        return aware("clock()", self._clock())

    @contextmanager
    def _locked(self) -> Iterator[Conn]:
        """The connection, for this thread alone; the driver's errors become ``_failure``."""
        # Before the lock: a fork() may have copied it held by a thread the child does not have.
        if os.getpid() != self._pid:
            raise self._failure(f"{self._name} was opened in another process: open it again in this one")
        with self._lock:
            if self._conn is None:
                raise self._failure(f"{self._name} is closed")
            try:
                yield self._conn
            except self._driver_error as error:
                raise self._error(error) from error

    def close(self) -> None:
        with self._lock:
            conn, self._conn = self._conn, None
            # A connection inherited through fork() belongs to the parent: forget it, do not close it.
            if conn is not None and os.getpid() == self._pid:
                conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()
