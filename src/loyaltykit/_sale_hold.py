"""``SaleHold``: a sale held by one worker at a time, from ``checkout()`` until the sale is finished.

``checkout()`` takes the journal's ``hold_sale`` before it opens or resumes the sale, so two
workers (processes, or clients on their own journals) never run the same sale's steps at once; a
second one waits up to ``hold_timeout`` and then gets ``SaleInUseError``. On PostgreSQL the hold
is a session advisory lock: a worker that dies (even SIGKILL) lets it go with its connection, and
the next ``checkout()`` of the order resumes the sale from the journal.

Within one process, sale objects of one order on the same journal share the hold (the store's is
not re-entrant): the POS screen opened twice gets a second sale object at once, as before, and
the store's hold goes when the last of them is finished or closed. ``reconcile()`` asks the
store directly, so it leaves alone a sale any live sale object holds, in this process or another.
"""

from __future__ import annotations

import asyncio
import threading
import time
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from .errors import SaleInUseError
from .journal._holds import hold_timeout, hold_waits

if TYPE_CHECKING:
    from .journal import Journal

__all__ = ["SaleHold", "hold_timeout", "take_hold", "take_hold_async", "try_hold"]

_LOCK = threading.Lock()
_SHARED: dict[tuple[int, str, str], _StoreHold] = {}  # keyed by the journal object, while it is held


class _StoreHold:
    def __init__(self, key: tuple[int, str, str], held: AbstractContextManager[None]) -> None:
        self.key = key
        self.held = held
        self.users = 1


class SaleHold:
    """One sale object's share of the store's hold; ``release()`` is safe to call twice."""

    def __init__(self, store: _StoreHold) -> None:
        self._store: _StoreHold | None = store

    @property
    def held(self) -> bool:
        return self._store is not None

    def release(self) -> None:
        with _LOCK:
            store, self._store = self._store, None
            if store is None:
                return
            store.users -= 1
            last = store.users == 0
            if last:
                del _SHARED[store.key]
        if last:
            store.held.__exit__(None, None, None)


def try_hold(journal: Journal, vendor: str, order_id: str) -> SaleHold | None:
    """The sale's hold if this process has it or can take it now; ``None`` if another worker has it."""
    key = (id(journal), vendor, order_id)
    with _LOCK:
        if (shared := _SHARED.get(key)) is not None:
            shared.users += 1
            return SaleHold(shared)
    held = journal.hold_sale(vendor, order_id, timeout=0)
    try:
        held.__enter__()
    except SaleInUseError:
        return None
    with _LOCK:
        if (shared := _SHARED.get(key)) is None:
            shared = _SHARED[key] = _StoreHold(key, held)
            return SaleHold(shared)
        shared.users += 1  # another thread of this process took it meanwhile: share that one
    held.__exit__(None, None, None)
    return SaleHold(shared)


def take_hold(journal: Journal, vendor: str, order_id: str, timeout: float) -> SaleHold:
    """The sale's hold, waited for up to ``timeout`` seconds (``SaleInUseError`` then)."""
    waits = hold_waits((vendor, order_id), timeout)
    while (hold := try_hold(journal, vendor, order_id)) is None:
        time.sleep(next(waits))
    return hold


async def take_hold_async(journal: Journal, vendor: str, order_id: str, timeout: float) -> SaleHold:
    """``take_hold`` for the event loop: each try is one short local call, the waits are awaited."""
    waits = hold_waits((vendor, order_id), timeout)
    while (hold := try_hold(journal, vendor, order_id)) is None:
        await asyncio.sleep(next(waits))
    return hold
