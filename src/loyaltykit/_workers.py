"""Long-running workers: flush the outbox, or reconcile, in a loop until asked to stop.

One loop for both jobs and both clients: a batch (one flush, one reconcile), its report handed
to the caller's ``on_batch``, then a wait that the stop handle (``StopHandle``: anything with
``is_set()``) cuts short. ``run_loop`` and ``run_loop_async`` differ only in how they wait; when
to go again is decided here, once (``Pacing``):

- the outbox: at the earliest ``next_attempt_at`` still to come of a queued order, or after
  ``poll`` seconds if that comes first (orders queued meanwhile are found then). Orders due now
  do not count: after a flush, those are the ones a vendor out of reach left waiting, and the
  backoff recorded on the order that failed says when to try again;
- reconcile: every ``every`` seconds (by default half the grace period, so a step in doubt is
  checked at most 1.5 grace periods after it began).

Each wait is jittered, so that workers started together do not poll together.

Stopping never leaves an order half-sent: the flush asks the stop handle before claiming each
order (``flush_steps(stop=...)``), so the order in hand is sent and recorded; a flush cut short
otherwise (a task cancelled, ``KeyboardInterrupt``) releases its claim as its generator closes.
A reconcile batch runs to its end. Several workers may share one journal: the journal's claim
keeps an order to one of them.
"""

from __future__ import annotations

import contextlib
import math
import random
import threading
import time
from collections.abc import Awaitable, Callable, Iterable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

import attrs

from ._steps import Steps, run_async, run_sync
from .checkout import DEFAULT_RECONCILE_GRACE
from .errors import InvalidArgumentError

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._outbox import OutboxReport
    from .checkout import ReconcileReport

__all__ = ["Pacing", "StopHandle", "run_loop", "run_loop_async"]

R = TypeVar("R")

DEFAULT_POLL = 30.0
"""Seconds between two flushes when no queued order says when it is due."""

DEFAULT_JITTER = 0.1


class StopHandle(Protocol):
    """What asks a worker to stop: anything with ``is_set()``. A ``threading.Event`` (set from
    another thread or a signal handler) or an ``asyncio.Event`` (set on the worker's loop) also
    cut the wait between batches short; any other handle is looked at every ``CHECK`` seconds."""

    def is_set(self) -> bool: ...


CHECK = 0.05


def _number(field: str, value: object, rule: str, maximum: float = math.inf) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= maximum:
        raise InvalidArgumentError(field, f"must be {rule}")
    if math.isinf(value):
        raise InvalidArgumentError(field, f"must be {rule}, and finite")
    return float(value)


def _now() -> datetime:
    return datetime.now(UTC)


@attrs.frozen
class Pacing:
    """How long a worker waits between batches: at most ``every`` seconds, jittered by up to ``jitter``."""

    every: float
    jitter: float = DEFAULT_JITTER
    clock: Callable[[], datetime] = attrs.field(default=_now, eq=False, repr=False)
    random: Callable[[], float] = attrs.field(default=random.random, eq=False, repr=False)

    @classmethod
    def checked(cls, every: float, jitter: float, field: str) -> Pacing:
        """Pacing from a caller's arguments, ``InvalidArgumentError(field | "jitter", rule)`` if bad."""
        jitter = _number("jitter", jitter, "a fraction from 0 to 1", 1.0)
        return cls(_number(field, every, "seconds, at least 0"), jitter)

    def wait(self, due: Iterable[datetime | None] = ()) -> float:
        """Seconds to the earliest of ``due`` still in the future, or ``every``, jittered (never negative)."""
        now = self.clock()
        soonest = min(((d - now).total_seconds() for d in due if d is not None and d > now), default=self.every)
        return max(0.0, min(soonest, self.every) * (1 - self.jitter * self.random()))

    def after_flush(self, reports: Iterable[OutboxReport]) -> float:
        return self.wait(item.next_attempt_at for report in reports for item in report.queued)


def run_loop(
    batch: Callable[[], R],
    wait: Callable[[R], float],
    *,
    stop: StopHandle,
    on_batch: Callable[[R], Any] | None = None,
    once: bool = False,
) -> int:
    """``batch()`` until ``stop`` is set (or once), waiting ``wait(report)`` between; how many batches ran."""
    batches = 0
    while not stop.is_set():
        report = batch()
        batches += 1
        if on_batch is not None:
            on_batch(report)
        if once or _pause(stop, wait(report)):
            break
    return batches


async def run_loop_async(
    batch: Callable[[], Awaitable[R]],
    wait: Callable[[R], float],
    *,
    stop: StopHandle,
    on_batch: Callable[[R], Any] | None = None,
    once: bool = False,
) -> int:
    """The async twin of ``run_loop``; cancelling its task stops it too."""
    batches = 0
    while not stop.is_set():
        report = await batch()
        batches += 1
        if on_batch is not None:
            on_batch(report)
        if once or await _pause_async(stop, wait(report)):
            break
    return batches


def _pause(stop: StopHandle, seconds: float) -> bool:
    """Wait ``seconds`` or until ``stop`` is set; whether it is."""
    if isinstance(stop, threading.Event):
        return stop.wait(seconds)
    deadline = time.monotonic() + seconds
    while not stop.is_set() and (left := deadline - time.monotonic()) > 0:
        time.sleep(min(CHECK, left))
    return stop.is_set()


async def _pause_async(stop: StopHandle, seconds: float) -> bool:
    import asyncio  # here: a sync client's worker never loads asyncio for this

    if isinstance(stop, asyncio.Event):
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), seconds)
        return stop.is_set()
    deadline = time.monotonic() + seconds
    while not stop.is_set() and (left := deadline - time.monotonic()) > 0:
        await asyncio.sleep(min(CHECK, left))
    return stop.is_set()


def _handle(stop: StopHandle | None) -> StopHandle:
    """The caller's stop handle, or one nobody sets (the worker runs until interrupted)."""
    return threading.Event() if stop is None else stop


def _handle_async(stop: StopHandle | None) -> StopHandle:
    """As ``_handle``; an ``asyncio.Event``, so that the waits are not looked at every ``CHECK``."""
    import asyncio

    return asyncio.Event() if stop is None else stop


def run_steps(client: SyncAPIClient, steps: Steps[R]) -> R:
    """``run_sync``, then the generator closed even when the run is cut short: a flush releases its claim."""
    try:
        return run_sync(client, steps)
    finally:
        steps.close()


async def run_steps_async(client: AsyncAPIClient, steps: Steps[R]) -> R:
    try:
        return await run_async(client, steps)
    finally:
        steps.close()


def reconcile_pacing(every: float | None, older_than: timedelta, jitter: float) -> Pacing:
    """Every ``every`` seconds; by default half the grace period (``older_than``)."""
    return Pacing.checked(older_than.total_seconds() / 2 if every is None else every, jitter, "every")


# What the resources' methods call: the arguments checked before the first batch.


def outbox_worker(
    flush: Callable[[StopHandle], OutboxReport],
    poll: float,
    jitter: float,
    *,
    stop: StopHandle | None,
    on_batch: Callable[[OutboxReport], Any] | None,
    once: bool,
) -> int:
    pacing = Pacing.checked(poll, jitter, "poll")
    handle = _handle(stop)
    return run_loop(lambda: flush(handle), lambda report: pacing.after_flush((report,)), stop=handle,
                    on_batch=on_batch, once=once)  # fmt: skip


async def outbox_worker_async(
    flush: Callable[[StopHandle], Awaitable[OutboxReport]],
    poll: float,
    jitter: float,
    *,
    stop: StopHandle | None,
    on_batch: Callable[[OutboxReport], Any] | None,
    once: bool,
) -> int:
    pacing = Pacing.checked(poll, jitter, "poll")
    handle = _handle_async(stop)
    return await run_loop_async(lambda: flush(handle), lambda report: pacing.after_flush((report,)), stop=handle,
                                on_batch=on_batch, once=once)  # fmt: skip


class _Reconciles(Protocol):
    def reconcile(self, *, older_than: timedelta = ...) -> ReconcileReport: ...


class _ReconcilesAsync(Protocol):
    async def reconcile(self, *, older_than: timedelta = ...) -> ReconcileReport: ...


class ReconcileWorker:
    """``client.pos.reconcile_worker()``, for a POS resource with ``reconcile(older_than=...)``."""

    def reconcile_worker(
        self: _Reconciles,
        *,
        stop: StopHandle | None = None,
        every: float | None = None,
        older_than: timedelta = DEFAULT_RECONCILE_GRACE,
        jitter: float = DEFAULT_JITTER,
        once: bool = False,
        on_batch: Callable[[ReconcileReport], Any] | None = None,
    ) -> int:
        """``reconcile(older_than=...)`` every ``every`` seconds (default: half of ``older_than``,
        jittered by up to ``jitter``) until ``stop`` is set, each report to ``on_batch``; a
        reconcile under way runs to its end. ``stop``: anything with ``is_set()``, e.g. a
        ``threading.Event`` or, on an async client, an ``asyncio.Event`` (cancelling the task
        stops it too). ``once``: one. Returns how many ran (``loyaltykit._workers``)."""
        pacing = reconcile_pacing(every, older_than, jitter)
        return run_loop(lambda: self.reconcile(older_than=older_than), lambda _: pacing.wait(), stop=_handle(stop),
                        on_batch=on_batch, once=once)  # fmt: skip


class AsyncReconcileWorker:
    """The async twin of ``ReconcileWorker``."""

    async def reconcile_worker(
        self: _ReconcilesAsync,
        *,
        stop: StopHandle | None = None,
        every: float | None = None,
        older_than: timedelta = DEFAULT_RECONCILE_GRACE,
        jitter: float = DEFAULT_JITTER,
        once: bool = False,
        on_batch: Callable[[ReconcileReport], Any] | None = None,
    ) -> int:
        """``reconcile(older_than=...)`` every ``every`` seconds (default: half of ``older_than``,
        jittered by up to ``jitter``) until ``stop`` is set, each report to ``on_batch``; a
        reconcile under way runs to its end. ``stop``: anything with ``is_set()``, e.g. a
        ``threading.Event`` or, on an async client, an ``asyncio.Event`` (cancelling the task
        stops it too). ``once``: one. Returns how many ran (``loyaltykit._workers``)."""
        pacing = reconcile_pacing(every, older_than, jitter)
        return await run_loop_async(lambda: self.reconcile(older_than=older_than), lambda _: pacing.wait(),
                                    stop=_handle_async(stop), on_batch=on_batch, once=once)  # fmt: skip
