"""The distributed soak (issue 17): worker processes over one PostgreSQL journal, SIGKILLed mid-run.

    python tests/soak/distributed.py   (a worker: its job, pickled, on stdin; run by ``run_distributed``)

``run_distributed`` starts a PostgreSQL server (``tests/postgres_server.py``), a sandbox process
(faults on, as ``make soak``) and ``workers`` worker processes. Each worker is a POS service:
``terminals`` threads take sale indices from a queue table (``FOR UPDATE SKIP LOCKED``) and play
each sale as the single-journal soak does (``terminal``: same plans, faults, cashier crashes,
offline orders), on clients whose journal is the shared PostgreSQL one; beside them, the worker
runs ``outbox.run_worker`` and ``pos.reconcile_worker`` for both vendors on that journal, so the
processes share the outbox backlog and the reconcile work. Nobody else flushes: a terminal whose
sale queued its order waits for some worker to deliver it.

What a POS keeps across a crash (its record, and the test's view of what the clients saw) is
saved to the queue row around every step (``checkpoint``), where a SIGKILL cannot reach it. The
orchestrator SIGKILLs a worker at seeded moments and starts another in its place; the sales the
dead one was playing go back to the queue, and the first worker to take one resumes it from the
checkpoint: its checkout of the order id finds the sale in the shared journal.

At the end the workers are stopped (SIGTERM), a final reconcile and flush runs, and the sandbox
is reconciled sale by sale (``reconciliation``), plus: every sale played to its end, every queued
order delivered, each order stored once at the vendor.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import os
import pickle
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import psycopg

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from postgres_server import PostgresServer, server_binaries

import loyaltykit
from loyaltykit.journal import OutboxState, PostgresJournal
from soak.engine import Sandbox, Soak
from soak.killed import take_over
from soak.plan import DELAY, SalePlan, make_plan
from soak.reconciliation import Discrepancy, Reconciliation
from soak.sandbox_process import SandboxProcess
from soak.terminal import SaleResult, Terminal

DEFAULT_WORKERS = 4
# Sales each worker plays at once: 4 x 6 keeps the sandbox as busy as ``make soak``'s 24
# terminals, and the connections (one per sale, one for the queue, one per background client)
# within the test server's 60.
DEFAULT_TERMINALS = 6
# How long a step stays in doubt before another worker's reconcile loop takes it up. Long
# enough that a sale still being played (a slow step under faults) is left to its terminal.
DEFAULT_GRACE = 20.0
OUTBOX_POLL = 0.5
# A terminal waits this long for some worker to deliver its queued order.
DELIVERY_SECONDS = 60.0
# No sale finished for this long: the run is stuck, and says so.
STALL_SECONDS = 300.0
STOP_SECONDS = 30.0
STATES = tuple(OutboxState)

_QUEUE = """
CREATE TABLE sales_queue (
    idx int PRIMARY KEY,
    state text NOT NULL DEFAULT 'todo',  -- todo, taken, orphan (its worker was killed), done
    pid int,                             -- the process playing it
    slots int[] NOT NULL DEFAULT '{}',   -- the worker slots that played it, in order
    kills int NOT NULL DEFAULT 0,
    killed_at double precision,
    checkpoint bytea,
    result bytea
);
CREATE TABLE counts (name text PRIMARY KEY, n int NOT NULL);
"""


class Queue:
    """The sales to play and the numbers the workers report, in a schema of their own (not the journal's)."""

    def __init__(self, url: str) -> None:
        self.conn = psycopg.connect(url, autocommit=True)

    def close(self) -> None:
        self.conn.close()

    def create(self, indices: Sequence[int]) -> None:
        self.conn.execute(_QUEUE)
        with self.conn.cursor() as cursor:
            cursor.executemany("INSERT INTO sales_queue (idx) VALUES (%s)", [(i,) for i in indices])

    def take(self, pid: int, slot: int) -> tuple[int, bytes | None, float | None] | None:
        """The next sale: one a killed worker left first, then the next in order; None if none is free."""
        row = self.conn.execute(
            "UPDATE sales_queue SET state = 'taken', pid = %s, slots = slots || %s WHERE idx = ("
            " SELECT idx FROM sales_queue WHERE state IN ('orphan', 'todo')"
            " ORDER BY state = 'orphan' DESC, idx LIMIT 1 FOR UPDATE SKIP LOCKED)"
            " RETURNING idx, checkpoint, killed_at",
            (pid, slot),
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2])

    def save(self, index: int, pid: int, state: bytes) -> None:
        self.conn.execute("UPDATE sales_queue SET checkpoint = %s WHERE idx = %s AND pid = %s", (state, index, pid))

    def done(self, index: int, pid: int, result: SaleResult) -> None:
        self.conn.execute(
            "UPDATE sales_queue SET state = 'done', result = %s WHERE idx = %s AND pid = %s",
            (pickle.dumps(result), index, pid),
        )

    def orphan(self, pid: int) -> int:
        """A killed process's sales, back in the queue; how many."""
        return self.conn.execute(
            "UPDATE sales_queue SET state = 'orphan', kills = kills + 1, killed_at = %s"
            " WHERE state = 'taken' AND pid = %s",
            (time.time(), pid),
        ).rowcount

    def finished(self) -> int:
        row = self.conn.execute("SELECT count(*) FROM sales_queue WHERE state = 'done'").fetchone()
        return int(row[0]) if row else 0

    def results(self) -> list[SaleResult]:
        rows = self.conn.execute("SELECT result FROM sales_queue WHERE state = 'done' ORDER BY idx").fetchall()
        return [pickle.loads(row[0]) for row in rows]

    def unfinished(self) -> list[int]:
        return [row[0] for row in self.conn.execute("SELECT idx FROM sales_queue WHERE state <> 'done' ORDER BY idx")]

    def handed_over(self) -> tuple[int, int]:
        """Sales whose worker was killed while it played them, and of those, how many another slot finished."""
        row = self.conn.execute(
            "SELECT count(*) FILTER (WHERE kills > 0),"
            " count(*) FILTER (WHERE kills > 0 AND slots[array_length(slots, 1)] <> slots[1]) FROM sales_queue"
        ).fetchone()
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def count(self, name: str, n: int = 1) -> None:
        if n:
            self.conn.execute(
                "INSERT INTO counts (name, n) VALUES (%s, %s) ON CONFLICT (name) DO UPDATE SET n = counts.n + %s",
                (name, n, n),
            )

    def counts(self) -> dict[str, int]:
        return {name: n for name, n in self.conn.execute("SELECT name, n FROM counts ORDER BY name")}


# --------------------------------------------------------------------------- a worker process


@dataclasses.dataclass(frozen=True)
class _Job:
    slot: int
    seed: int
    journal_url: str
    queue_url: str
    base_url: str
    admin_url: str
    credentials: Any
    customers: dict[str, list[str]]
    gameball_otp: bool
    terminals: int
    grace: float


class _Sandbox:
    def __init__(self, job: _Job) -> None:
        self.base_url, self.admin_url, self.credentials = job.base_url, job.admin_url, job.credentials


def distributed_plan(seed: int, index: int, customers: dict[str, list[str]]) -> SalePlan:
    """``make_plan``'s sale, its journal the shared one: each terminal checks the order id out
    again and the journal restores the sale (a SIGKILLed worker replaces the own-process terminal)."""
    return dataclasses.replace(make_plan(seed, index, customers), file_journal=True, own_process=False)


class PostgresTerminal(Terminal):
    """A terminal of a worker process: the shared journal, its state saved around every step."""

    def __init__(self, soak: Soak, plan: SalePlan, worker: _Worker) -> None:
        super().__init__(soak, plan)
        self.worker = worker

    def open_journal(self) -> Any:
        # The dead terminal's connection goes (and with it any hold it had on the sale).
        self._close_journals()
        return PostgresJournal(self.worker.job.journal_url)

    def _close_journals(self) -> None:
        for earlier in self.result.journals:
            earlier.close()
        self.result.journals.clear()

    def checkpoint(self) -> None:
        state = (self.record, dataclasses.replace(self.result, journals=[]), self.draws._rng.getstate(), self.quiet_at)
        self.worker.queue.save(self.plan.index, self.worker.pid, pickle.dumps(state))

    async def _flush_outboxes(self) -> None:
        """The sale's queued order, delivered by whichever worker's outbox loop claims it first."""
        journal = self.result.journals[-1]
        deadline = time.monotonic() + DELIVERY_SECONDS
        while (entry := queued_entry(journal, self.plan)) is not None and entry.state is OutboxState.QUEUED:
            if time.monotonic() > deadline:
                self.result.trace.append("outbox: not delivered in time by the workers")
                return
            await asyncio.sleep(0.2)
        if entry is not None:
            self.result.trace.append(f"outbox: {entry.state.value} (already_existed={entry.already_existed})")
            if entry.state is OutboxState.DELIVERED:
                self.result.flushed = 1
                self._believe_delivery([entry])  # type: ignore[list-item]  # the fields it reads

    async def _reconcile_journals(self) -> None:
        """The workers' reconcile loops (and the final pass) reconcile the shared journal."""
        self._close_journals()


def queued_entry(journal: Any, plan: SalePlan) -> Any:
    """The sale's order in the outbox, if it was queued."""
    found = [e for e in journal.outbox(vendor=plan.vendor, states=STATES) if e.order_id == plan.order_id]
    return found[0] if found else None


def _clients(sandbox: Sandbox, journal_url: str) -> list[Any]:
    """A sync client per vendor on the shared journal, opened from its URL."""
    credentials = sandbox.credentials
    common = {"base_url": sandbox.base_url, "timeout": 5.0, "journal": journal_url}
    return [
        loyaltykit.BonifiQ(credentials.bonifiq_api_token, credentials.bonifiq_api_key, **common),
        loyaltykit.Gameball(credentials.gameball_api_key, credentials.gameball_secret_key, **common),
    ]


class _Worker:
    """One worker process: ``terminals`` sale players and the outbox and reconcile loops."""

    def __init__(self, job: _Job) -> None:
        self.job = job
        self.pid = os.getpid()
        self.queue = Queue(job.queue_url)
        self.stop = threading.Event()
        self.soak = Soak(job.seed, _Sandbox(job), journal_dir=tempfile.gettempdir())
        self.soak.customers, self.soak.gameball_otp = job.customers, job.gameball_otp

    def run(self) -> None:
        clients = _clients(self.soak.sandbox, self.job.journal_url)
        loops = [self._outbox_loop, self._reconcile_loop]
        background = [threading.Thread(target=loop, args=(client,)) for client in clients for loop in loops]
        for thread in background:
            thread.start()
        with ThreadPoolExecutor(self.job.terminals, thread_name_prefix="terminal") as pool:
            for future in [pool.submit(self._terminal) for _ in range(self.job.terminals)]:
                future.result()
        for thread in background:
            thread.join()
        for client in clients:
            client.close()

    def _guarded(self, name: str, loop: Callable[[], Any]) -> None:
        """A loop that raises is counted (the run reports it) and started again."""
        while not self.stop.is_set():
            try:
                loop()
            except Exception as error:
                self.queue.count(f"error in a worker's {name} loop: {type(error).__name__}")
                self.stop.wait(0.5)

    def _outbox_loop(self, client: Any) -> None:
        def delivered(report: Any) -> None:
            self.queue.count(f"outbox: orders delivered by worker {self.job.slot}", len(report.delivered))

        self._guarded("outbox", lambda: client.outbox.run_worker(stop=self.stop, poll=OUTBOX_POLL, on_batch=delivered))

    def _reconcile_loop(self, client: Any) -> None:
        def reconciled(report: Any) -> None:
            for action, n in Counter(action.action for action in report.actions).items():
                self.queue.count(f"reconcile: {action} by worker {self.job.slot}", n)

        grace = timedelta(seconds=self.job.grace)
        self._guarded(
            "reconcile",
            lambda: client.pos.reconcile_worker(stop=self.stop, older_than=grace, every=1.0, on_batch=reconciled),
        )

    def _terminal(self) -> None:
        while not self.stop.is_set():
            taken = self.queue.take(self.pid, self.job.slot)
            if taken is None:
                self.stop.wait(0.2)  # the others' sales may still come back, if their worker is killed
                continue
            index, state, killed_at = taken
            result = self._play(index, state, killed_at)
            self.queue.done(index, self.pid, result)

    def _play(self, index: int, state: bytes | None, killed_at: float | None) -> SaleResult:
        plan = distributed_plan(self.job.seed, index, self.job.customers)
        terminal = PostgresTerminal(self.soak, plan, self)
        first = 0
        if killed_at is not None:
            # What the killed worker left at the sandbox (faults it had armed, a delayed request)
            # is over before the sale goes on: a service takes that long to come back anyway.
            scope = {"scope": plan.order_id}
            self.soak.admin.delete("/faults", params=scope).raise_for_status()
            self.soak.admin.delete("/faults/log", params=scope).raise_for_status()
            time.sleep(max(0.0, killed_at + DELAY + 0.2 - time.time()))
        if state is not None:
            record, result, draws, quiet_at = pickle.loads(state)
            take_over(terminal, record, result, draws, quiet_at, keep=("plan", "journals"))
            first = terminal.result.attempts
            terminal.result.trace.append(f"  (worker SIGKILLed; sale resumed by worker {self.job.slot})")
        try:
            return asyncio.run(terminal.play(first))
        except Exception as error:  # the rig's own failure: reported as a discrepancy of the sale
            terminal.result.problems.append(f"the terminal failed: {type(error).__name__}: {error}")
            return dataclasses.replace(terminal.result, journals=[])
        finally:
            terminal._close_journals()


def main() -> None:
    job: _Job = pickle.loads(sys.stdin.buffer.read())
    worker = _Worker(job)
    signal.signal(signal.SIGTERM, lambda *_: worker.stop.set())
    worker.run()


# --------------------------------------------------------------------------- the orchestrator


class _Workers:
    """The worker processes, one per slot: started, SIGKILLed and started again, stopped."""

    def __init__(self, job: Callable[[int], _Job], count: int, logs: Path) -> None:
        self.job, self.logs = job, logs
        self.processes: list[subprocess.Popen[bytes]] = []
        for slot in range(count):
            self.processes.append(self._start(slot))

    def _start(self, slot: int) -> subprocess.Popen[bytes]:
        with (self.logs / f"worker-{slot}.log").open("ab") as log:
            process = subprocess.Popen(
                [sys.executable, __file__], stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT
            )
        assert process.stdin is not None
        process.stdin.write(pickle.dumps(self.job(slot)))
        process.stdin.close()
        return process

    def kill(self, slot: int) -> int:
        """SIGKILL the slot's process (no shutdown, its connections cut); its pid."""
        process = self.processes[slot]
        process.send_signal(signal.SIGKILL)
        process.wait()
        return process.pid

    def restart(self, slot: int) -> None:
        self.processes[slot] = self._start(slot)

    def exited(self) -> list[tuple[int, int, str]]:
        """Processes that ended on their own: (slot, pid, exit code and the end of its log)."""
        ended = [(slot, p) for slot, p in enumerate(self.processes) if p.poll() is not None]
        tail = lambda slot: (self.logs / f"worker-{slot}.log").read_text(errors="replace")[-2000:]  # noqa: E731
        return [(slot, p.pid, f"{p.returncode}: {tail(slot)}") for slot, p in ended]

    def stop(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + STOP_SECONDS
        for process in self.processes:
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


@dataclasses.dataclass
class DistributedRun:
    """What a run did besides the sales: kills, hand-overs, who delivered and reconciled what."""

    workers: int
    kills: list[tuple[int, int]] = dataclasses.field(default_factory=list)  # (slot, its sales sent back)
    counts: dict[str, int] = dataclasses.field(default_factory=dict)
    handed_over: tuple[int, int] = (0, 0)
    queued_orders: int = 0
    delivered_once: int = 0

    def lines(self) -> list[str]:
        orphaned = sum(n for _, n in self.kills)
        lines = [
            f"worker processes: {self.workers}; SIGKILLed and restarted: {len(self.kills)} times "
            f"(slots {[slot for slot, _ in self.kills]}), {orphaned} sales in play sent back to the queue",
            f"sales resumed after their worker was SIGKILLed: {self.handed_over[0]} "
            f"(finished by another worker slot: {self.handed_over[1]})",
            f"queued orders: {self.queued_orders}; stored exactly once at the vendor: {self.delivered_once}",
        ]
        lines += [f"  {name}: {n}" for name, n in sorted(self.counts.items())]
        return lines


def _kill_marks(seed: int, sales: int, kills: int) -> list[tuple[int, int, float]]:
    """When to kill whom: (sales finished, worker slot, a further delay in seconds), from the seed."""
    rng = random.Random(f"{seed}/worker-kills")
    return sorted(
        (rng.randint(sales // 20, sales * 9 // 10), rng.randrange(1 << 30), rng.random()) for _ in range(kills)
    )


@contextlib.contextmanager
def _postgres() -> Iterator[PostgresServer]:
    binaries = server_binaries()
    if binaries is None:
        raise RuntimeError("no PostgreSQL server binaries (pg_ctl, initdb): install the postgresql package")
    server = PostgresServer(binaries)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def run_distributed(
    seed: int,
    indices: Sequence[int],
    *,
    workers: int = DEFAULT_WORKERS,
    terminals: int = DEFAULT_TERMINALS,
    kills: int = 6,
    grace: float = DEFAULT_GRACE,
    progress: Callable[[int], None] | None = None,
) -> tuple[Soak, list[Discrepancy], float, DistributedRun]:
    """Set up, play the sales on ``workers`` processes (``kills`` of them SIGKILLed on the way),
    reconcile. Returns the soak (its results), the discrepancies, the time and the run's figures."""
    started = time.perf_counter()
    run = DistributedRun(workers)
    with _postgres() as server, SandboxProcess() as sandbox, tempfile.TemporaryDirectory(prefix="lk-dsoak-") as logs:
        journal_url, queue_url = server.new_schema(), server.new_schema()
        PostgresJournal(journal_url).close()  # the schema, created once before the workers race to
        queue = Queue(queue_url)
        queue.create(indices)
        soak = Soak(seed, sandbox)
        try:
            soak.setup()
            job = _job_maker(soak, sandbox, journal_url, queue_url, terminals, grace)
            marks = _kill_marks(seed, len(indices), kills)
            problems = _play(queue, _Workers(job, workers, Path(logs)), run, marks, len(indices), progress)
            problems += _finish(soak, journal_url, queue, run)
            discrepancies = [Discrepancy(p) for p in problems] + Reconciliation(soak).reconcile(workers=8)
        finally:
            queue.close()
            soak.close()
    return soak, discrepancies, time.perf_counter() - started, run


def _job_maker(
    soak: Soak, sandbox: Sandbox, journal_url: str, queue_url: str, terminals: int, grace: float
) -> Callable[[int], _Job]:
    def job(slot: int) -> _Job:
        return _Job(
            slot, soak.seed, journal_url, queue_url, sandbox.base_url, sandbox.admin_url, sandbox.credentials,
            soak.customers, soak.gameball_otp, terminals, grace,
        )  # fmt: skip

    return job


def _play(
    queue: Queue,
    processes: _Workers,
    run: DistributedRun,
    marks: list[tuple[int, int, float]],
    sales: int,
    progress: Callable[[int], None] | None,
) -> list[str]:
    """Until every sale is done: report progress, SIGKILL and restart workers at the marks."""
    problems: list[str] = []
    try:
        done, last, moved = 0, -1, time.monotonic()
        while done < sales:
            if time.monotonic() - moved > STALL_SECONDS:
                problems.append(f"no sale finished for {STALL_SECONDS:.0f} s: unfinished {queue.unfinished()[:20]}")
                break
            while marks and done >= marks[0][0]:
                _, who, delay = marks.pop(0)
                time.sleep(delay)  # somewhere in the middle of the sales it plays
                slot = who % len(processes.processes)
                run.kills.append((slot, queue.orphan(processes.kill(slot))))
                processes.restart(slot)
            for slot, pid, code in processes.exited():
                problems.append(f"worker {slot} (pid {pid}) exited on its own with {code}")
                queue.orphan(pid)
                processes.restart(slot)
            time.sleep(0.2)
            done = queue.finished()
            if done != last:
                last, moved = done, time.monotonic()
                if progress is not None:
                    progress(done)
    finally:
        processes.stop()
    return problems


def _finish(soak: Soak, journal_url: str, queue: Queue, run: DistributedRun) -> list[str]:
    """The final reconcile and flush, then the results and what only the run as a whole can tell."""
    time.sleep(DELAY + 0.5)  # a delayed request of the last sales lands first
    problems: list[str] = []
    journal = PostgresJournal(journal_url)
    clients = _clients(soak.sandbox, journal_url)
    try:
        for client in clients:
            for action in client.pos.reconcile(older_than=timedelta(0)).actions:
                queue.count(f"reconcile: {action.action} by the final pass")
        for _ in range(5):
            for client in clients:
                queue.count("outbox: orders delivered by the final pass", len(client.outbox.flush().delivered))
            waiting = journal.outbox()
            if not waiting:
                break
            for entry in waiting:  # a backoff the run does not wait out
                journal.record_delivery(entry.id, delivered=False, error="final pass", next_attempt_at=None)
        soak.results = queue.results()
        missing = queue.unfinished()
        if missing:
            problems.append(f"{len(missing)} sales never finished (lost by the rig): {missing[:20]}")
        entries = {(e.vendor, e.order_id): e for e in journal.outbox(states=STATES)}
        problems += _orders(soak, entries, run)
    finally:
        for client in clients:
            client.close()
        journal.close()
    run.counts = queue.counts()
    run.handed_over = queue.handed_over()
    # A worker loop that raised lost its batch (reconcile workers racing for one step did, before
    # reconcile took the sale's hold): the run counts them, and none is acceptable.
    problems += [f"{name}: {n} times" for name, n in run.counts.items() if name.startswith("error in a worker's")]
    return problems


def _orders(soak: Soak, entries: dict[tuple[str, str], Any], run: DistributedRun) -> list[str]:
    """Every queued order delivered, and stored once at the vendor; what the sales learn of it."""
    problems = []
    for result in soak.results:
        plan = result.plan
        entry = entries.get((plan.vendor, plan.order_id))
        if entry is None:
            continue
        run.queued_orders += 1
        if entry.state is not OutboxState.DELIVERED:
            problems.append(f"{plan.order_id}: the queued order is {entry.state.value} ({entry.last_error})")
            continue
        if not result.flushed:  # its terminal gave up waiting: the final pass delivered it
            result.flushed = 1
            terminal = Terminal(soak, plan)
            terminal.result = result
            terminal._believe_delivery([entry])
        orders = soak.admin.get(f"/{plan.vendor}/customers/{plan.own_customer}/orders")
        orders.raise_for_status()
        stored = sum(1 for order in orders.json()["orders"] if order["order_id"] == plan.order_id)
        if stored == 1:
            run.delivered_once += 1
        else:
            problems.append(f"{plan.order_id}: the queued order is stored {stored} times at the vendor")
    return problems


if __name__ == "__main__":
    from soak.distributed import main as main_of_the_module  # pickles name soak.*'s classes, not __main__'s

    main_of_the_module()
