"""Functions run in other processes (multiprocessing, spawn) by the journal's tests."""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any

from loyaltykit.errors import JournalConflictError, SaleInUseError
from loyaltykit.journal import open_journal, utc_now


def open_sales(path: str, customer: str, orders: int, barrier: Barrier) -> tuple[str, list[str]]:
    """Open the sales PDV-0..PDV-<orders-1>; ``customer`` and the order ids this process created.
    ``path`` is a journal file or a PostgreSQL URL."""
    with open_journal(path) as journal:
        barrier.wait()
        created = []
        for number in range(orders):
            _, new = journal.open_sale("bonifiq", f"PDV-{number}", customer, Decimal("10.00"))
            if new:
                created.append(f"PDV-{number}")
        return customer, created


def open_journal_file(path: str, barrier: Barrier) -> int:
    """Open the journal (a file or a PostgreSQL URL) at the same moment as the others; how many
    migrations this process ran."""
    barrier.wait()
    with open_journal(path) as journal:
        applied: int = journal.migrations_applied  # type: ignore[attr-defined]  # both stores have it
        return applied


def claim_all(url: str, barrier: Barrier) -> list[int]:
    """Claim every due order of the outbox, as a deliverer would; the ids this process claimed."""
    with open_journal(url) as journal:
        due = journal.outbox()
        barrier.wait()
        claimed = []
        for entry in due:
            try:
                journal.claim_order(entry.id, until=utc_now() + timedelta(minutes=5))
            except JournalConflictError:
                continue  # another deliverer has it
            claimed.append(entry.id)
        return claimed


def claim_in_turn(url: str, barrier: Barrier) -> list[int]:
    """Claim the next due order until none is left, as a flush does; the ids this process claimed."""
    with open_journal(url) as journal:
        barrier.wait()
        claimed = []
        while (entry := journal.claim_next("bonifiq", until=utc_now() + timedelta(minutes=5))) is not None:
            claimed.append(entry.id)
        return claimed


def hold_then_try(url: str, hold_for: float, barrier: Barrier) -> str:
    """One process holds PDV-1 for ``hold_for`` seconds; the other (``hold_for`` 0) tries to
    hold it, waiting 0.2 s. What each saw."""
    with open_journal(url) as journal:
        if hold_for:
            with journal.hold_sale("bonifiq", "PDV-1"):
                barrier.wait()
                time.sleep(hold_for)
            return "held"
        barrier.wait()
        time.sleep(0.1)  # the holder has it by now
        try:
            with journal.hold_sale("bonifiq", "PDV-1", timeout=0.2):
                return "got it"
        except SaleInUseError:
            return "in use"


# Run as a script: hold the sale PDV-1 of the journal at argv[1], say so, and wait to be killed.
HOLDER = """
import sys, time
from loyaltykit.journal import open_journal

with open_journal(sys.argv[1]) as journal, journal.hold_sale("bonifiq", "PDV-1"):
    print("held", flush=True)
    time.sleep(60)
"""

# Run as a script: begin and finish steps in a loop, printing each step's id once it is
# committed, until killed.
WRITER = """
import sys
from loyaltykit.journal import SQLiteJournal, StepOutcome

with SQLiteJournal(sys.argv[1]) as journal:
    number = 0
    while True:
        number += 1
        step = journal.begin_step("bonifiq", "PDV-1", "redeem", idempotency_key=f"k{number}", request={"n": number})
        journal.finish_step(step.id, StepOutcome.DONE, {"n": number})
        print(step.id, flush=True)
"""


def report(results: Queue[Any], function: Callable[..., Any], *args: Any) -> None:
    """Run ``function`` and put what it returns (or the error's repr) on ``results``."""
    try:
        results.put(function(*args))
    except BaseException as error:
        results.put(f"error: {error!r}")
        raise


def in_processes(function: Callable[..., Any], args: list[tuple[Any, ...]]) -> list[Any]:
    """``function(*arguments, barrier)`` for each ``arguments`` in its own spawned process, all
    released at once by the barrier; what each returned, in any order."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(len(args), timeout=30)
    results: Queue[Any] = context.Queue()
    processes = [context.Process(target=report, args=(results, function, *arguments, barrier)) for arguments in args]
    for process in processes:
        process.start()
    try:
        return [results.get(timeout=60) for _ in processes]
    finally:
        for process in processes:
            process.join(timeout=30)
