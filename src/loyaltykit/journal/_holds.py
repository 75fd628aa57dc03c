"""``hold_sale``: one holder of a sale at a time, waited for up to a timeout.

A store says whether it can take a sale's hold right now (``try_hold``) and how to give it back
(``release``); waiting is the same everywhere: try again, a little later each time, until the
timeout, then ``SaleInUseError``. Polling rather than a blocking lock: a store's one connection
serves every thread of the process, and must not be tied up by one waiting sale.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from ..errors import InvalidArgumentError, SaleInUseError

DEFAULT_HOLD_TIMEOUT = 10.0
"""Seconds ``hold_sale`` waits, by default, for another holder to let the sale go."""

_FIRST_WAIT, _LONGEST_WAIT = 0.005, 0.1


def hold_timeout(value: object, field: str = "timeout") -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise InvalidArgumentError(field, "must be a number of seconds >= 0")
    return float(value)


def hold_waits(key: tuple[str, str], timeout: float) -> Iterator[float]:
    """The pauses between two tries of a hold, until ``timeout``; then ``SaleInUseError``.

    One schedule for every waiter: ``hold_sale`` sleeps them, an async ``checkout()`` awaits them.
    """
    deadline = time.monotonic() + timeout
    wait = _FIRST_WAIT
    while (left := deadline - time.monotonic()) > 0:
        yield min(wait, left)
        wait = min(wait * 2, _LONGEST_WAIT)
    raise SaleInUseError(f"{key[0]} order {key[1]!r} is held open elsewhere (waited {timeout:g} s)")


@contextmanager
def holding(
    key: tuple[str, str], timeout: float, try_hold: Callable[[], bool], release: Callable[[], None]
) -> Iterator[None]:
    waits = hold_waits(key, hold_timeout(timeout))
    while not try_hold():
        time.sleep(next(waits))
    try:
        yield
    finally:
        release()


class LocalHolds:
    """The holds of one process: a set of keys behind a lock."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: set[tuple[str, ...]] = set()

    def try_hold(self, key: tuple[str, ...]) -> bool:
        with self._lock:
            if key in self._held:
                return False
            self._held.add(key)
            return True

    def release(self, key: tuple[str, ...]) -> None:
        with self._lock:
            self._held.discard(key)
