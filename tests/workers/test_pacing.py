"""When a worker goes again: the earliest due order, else the poll interval; jittered; arguments checked."""

from __future__ import annotations

import asyncio
import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from loyaltykit._outbox import OutboxItem, OutboxReport
from loyaltykit._workers import Pacing, reconcile_pacing, run_loop, run_loop_async
from loyaltykit.errors import InvalidArgumentError
from loyaltykit.journal import OutboxState

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def item(order_id: str, due_in: float | None) -> OutboxItem:
    due = None if due_in is None else NOW + timedelta(seconds=due_in)
    return OutboxItem(order_id, OutboxState.QUEUED, 1, None, due)


def pacing(every: float, jitter: float = 0.0, draw: float = 1.0) -> Pacing:
    return Pacing(every, jitter, clock=lambda: NOW, random=lambda: draw)


def test_the_next_flush_is_at_the_earliest_order_due_within_the_poll() -> None:
    report = OutboxReport(queued=(item("a", 40.0), item("b", 12.5), item("c", None), item("d", -5.0)))
    assert pacing(30.0).after_flush([report]) == 12.5
    # Orders due now (left behind a vendor that is down) or with no time wait for the poll, not 0 s.
    assert pacing(30.0).after_flush([OutboxReport(queued=(item("c", None), item("d", -5.0)))]) == 30.0
    assert pacing(30.0).after_flush([report, OutboxReport(queued=(item("e", 3.0),))]) == 3.0


def test_the_wait_is_jittered_down_by_up_to_the_jitter() -> None:
    assert pacing(10.0, jitter=0.2, draw=1.0).wait() == pytest.approx(8.0)
    assert pacing(10.0, jitter=0.2, draw=0.0).wait() == 10.0


def test_reconcile_runs_every_half_grace_period_by_default() -> None:
    assert reconcile_pacing(None, timedelta(minutes=5), 0.1).every == 150.0
    assert reconcile_pacing(2.0, timedelta(minutes=5), 0.1).every == 2.0


@pytest.mark.parametrize(
    ("every", "jitter", "field"),
    [(-1, 0.1, "poll"), (float("inf"), 0.1, "poll"), ("5", 0.1, "poll"), (True, 0.1, "poll"), (5, 1.5, "jitter")],
)
def test_bad_intervals_are_refused_naming_the_argument(every: object, jitter: object, field: str) -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        Pacing.checked(every, jitter, "poll")  # type: ignore[arg-type]
    assert raised.value.field == field


class Flag:
    """A stop handle that is no Event: only ``is_set()``."""

    def __init__(self) -> None:
        self.up = False

    def is_set(self) -> bool:
        return self.up


def test_any_handle_with_is_set_stops_the_loops_between_batches() -> None:
    flag = Flag()
    seen: list[int] = []

    def batch() -> int:
        seen.append(len(seen))
        flag.up = len(seen) == 3
        return len(seen)

    assert run_loop(batch, lambda _: 0.01, stop=flag) == 3
    flag.up, seen[:] = False, []

    async def abatch() -> int:
        return batch()

    assert asyncio.run(run_loop_async(abatch, lambda _: 0.01, stop=flag)) == 3
    # Set during a long wait: noticed within a check, not at the end of the wait.
    flag.up, seen[:] = False, []
    threading.Timer(0.1, lambda: setattr(flag, "up", True)).start()
    started = time.monotonic()
    assert run_loop(lambda: None, lambda _: 30.0, stop=flag) == 1
    assert time.monotonic() - started < 5
