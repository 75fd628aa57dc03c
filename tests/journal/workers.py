"""Functions run in other processes (multiprocessing, spawn) by the journal's tests."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from decimal import Decimal
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from typing import Any

from loyaltykit.journal import SQLiteJournal


def open_sales(path: str, customer: str, orders: int, barrier: Barrier) -> tuple[str, list[str]]:
    """Open the sales PDV-0..PDV-<orders-1>; ``customer`` and the order ids this process created."""
    with SQLiteJournal(path) as journal:
        barrier.wait()
        created = []
        for number in range(orders):
            _, new = journal.open_sale("bonifiq", f"PDV-{number}", customer, Decimal("10.00"))
            if new:
                created.append(f"PDV-{number}")
        return customer, created


def open_journal_file(path: str, barrier: Barrier) -> int:
    """Open the journal at the same moment as the others; how many migrations this process ran."""
    barrier.wait()
    with SQLiteJournal(path) as journal:
        return journal.migrations_applied


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
