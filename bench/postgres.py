"""(7) A PostgreSQL journal: outbox workers in parallel, and a sale's cost against a SQLite file.

The section starts its own PostgreSQL server (``tests/postgres_server.py``, imported by path:
the distribution's binaries, a unix socket, a temporary folder) with production durability
(fsync and synchronous commits on), and skips with one line when there are no server binaries.

Outbox throughput: M orders (BonifiQ, as a sale completed offline leaves them) are queued in a
new schema, then N worker processes (1, 2, 4) each run ``client.outbox.run_worker`` on that
journal against one sandbox process, until no order is due. Each worker opens its client and
journal first and reports ready; the clock starts when all are told to go and stops when the
last one has finished its last flush (``time.monotonic`` is the same clock in every process
on Linux). Process start-up is not counted. Configurations alternate round by round (1, 2, 4,
1, 2, 4, ...); the ratio to one worker is per round, median. Every run checks that each order
was delivered exactly once: posted once (each worker counts its posts), stored once at the
sandbox (its admin view of the customer's orders), and recorded once in the journal (delivered
at its first attempt); anything else fails the section.

Per-sale cost: the same full POS sale as section 5 (``journal.py``: checkout, POS available,
redeem, order) with a PostgreSQL journal (a URL, a new schema per case) against a SQLite file
journal (a new file per case under ``bench/``), alternating in blocks; ratio per round, median.
"""

from __future__ import annotations

import contextlib
import importlib.util
import itertools
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import journal as sale_bench
from _common import (
    BENCH,
    PYTHON,
    ROOT,
    SandboxProcess,
    Section,
    Stat,
    await_ready,
    collect_json,
    go,
    kill_left,
    process_cpu_seconds,
    ratios,
    sandbox_server,
)

WORKERS = (1, 2, 4)
CONTENDERS = ("sqlite", "postgres")
VENDOR = "bonifiq"  # the claim is the journal's; one vendor shows it
ORDERS_PATH = "/v1/pvt/POS/orders"
_runs = itertools.count(1)


def _tests_module(name: str, relative: str) -> ModuleType:
    """A helper module of the test suite, by path (``tests/`` is not a package on ``sys.path``)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / relative)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _missing() -> str | None:
    """Why the section cannot run here, or None."""
    if importlib.util.find_spec("psycopg") is None:
        return "psycopg is not installed (`pip install 'loyaltykit[postgres]'`)"
    if importlib.util.find_spec("pytest") is None:
        return "pytest is not installed (the server comes from the test suite: `make install`)"
    if _tests_module("_bench_pg_server", "postgres_server.py").server_binaries() is None:
        return "no PostgreSQL server binaries (pg_ctl, initdb): install the postgresql package"
    return None


@contextlib.contextmanager
def postgres_server() -> Iterator[Any]:
    """A durable PostgreSQL server of its own, stopped and removed at the end; ``new_schema()`` per case."""
    servers = _tests_module("_bench_pg_server", "postgres_server.py")
    server = servers.PostgresServer(servers.server_binaries(), durable=True)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# Outbox throughput


def _enqueue(url: str, run_id: str, count: int) -> list[str]:
    from loyaltykit.journal import PostgresJournal

    orders = _tests_module("_bench_orders", "outbox/orders.py")
    ids = [f"{run_id}-{n}" for n in range(count)]
    with PostgresJournal(url) as journal:
        for order_id in ids:
            journal.enqueue_order(VENDOR, order_id, {"request": orders.order_request(VENDOR, order_id)})
    return ids


def _flush_in_processes(
    count: int, url: str, sandbox: SandboxProcess
) -> tuple[float, float | None, list[dict[str, Any]]]:
    """Seconds from go to the last worker's end, the sandbox's CPU seconds meanwhile, what each worker reports."""
    command = [PYTHON, __file__, "worker", url, sandbox.base_url, sandbox.token, sandbox.key]
    workers = [
        subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) for _ in range(count)
    ]
    try:
        await_ready(workers, "outbox worker")
        cpu = process_cpu_seconds(sandbox.pid)
        start = time.monotonic()
        go(workers)
        reports: list[dict[str, Any]] = collect_json(workers, 600, "outbox worker")
        after = process_cpu_seconds(sandbox.pid)
    finally:
        kill_left(workers)
    busy = None if cpu is None or after is None else after - cpu
    return max(r["end"] for r in reports) - start, busy, reports


def _check_exactly_once(url: str, sandbox: SandboxProcess, ids: list[str], reports: list[dict[str, Any]]) -> None:
    from loyaltykit.journal import OutboxState, PostgresJournal

    posted = sorted(order for r in reports for order in r["posted"])
    if posted != sorted(ids):
        raise RuntimeError(f"{len(posted)} order posts for {len(ids)} orders: not each posted once")
    with PostgresJournal(url) as journal:
        entries = journal.outbox(vendor=VENDOR, states=tuple(OutboxState))
    settled = [(e.state, e.attempts, e.already_existed) for e in entries]
    if len(entries) != len(ids) or set(settled) != {(OutboxState.DELIVERED, 1, False)}:
        raise RuntimeError("the journal does not record every order delivered once, at its first attempt")
    customer = _tests_module("_bench_orders", "outbox/orders.py").ANA
    found = httpx.get(f"{sandbox.base_url}/_sandbox/{VENDOR}/customers/{customer}/orders", timeout=30)
    stored = [o["order_id"] for o in found.raise_for_status().json()["orders"] if o["order_id"] in set(ids)]
    if sorted(stored) != sorted(ids):
        raise RuntimeError(f"the sandbox stores {len(stored)} of the {len(ids)} orders")


def measure_throughput(
    server: Any, sandbox: SandboxProcess, rounds: int, orders: int
) -> tuple[dict[int, list[float]], dict[int, list[float]]]:
    """Orders per second for each number of workers, one sample per round; and the sandbox's CPU
    use meanwhile, in % of one core (a sandbox near 100 % is what limits the workers)."""
    samples: dict[int, list[float]] = {count: [] for count in WORKERS}
    busy: dict[int, list[float]] = {count: [] for count in WORKERS}
    for _ in range(rounds):
        for count in WORKERS:
            url = server.new_schema()
            ids = _enqueue(url, f"bench-pg-{os.getpid()}-{next(_runs)}", orders)
            seconds, cpu, reports = _flush_in_processes(count, url, sandbox)
            _check_exactly_once(url, sandbox, ids, reports)
            samples[count].append(orders / seconds)
            if cpu is not None:
                busy[count].append(cpu / seconds * 100)
            print(f"  postgres outbox: {count} worker(s), {orders / seconds:,.0f} orders/s", flush=True)
    return samples, busy


def worker(url: str, base_url: str, token: str, key: str) -> None:
    """One outbox worker process: ready once its client and journal are open, then run until no order is due."""
    import loyaltykit

    posted: list[str] = []

    def count(request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith(ORDERS_PATH):
            posted.append(json.loads(request.content)["OriginalId"])

    stop = threading.Event()

    def until_none_due(report: Any) -> None:
        # Orders still queued but claimed by another worker are due only once their lease ends.
        now = datetime.now(UTC)
        if not any(item.next_attempt_at is None or item.next_attempt_at <= now for item in report.queued):
            stop.set()

    with (
        httpx.Client(event_hooks={"request": [count]}, timeout=30) as http,
        loyaltykit.BonifiQ(token, key, base_url=base_url, journal=url, http_client=http) as client,
    ):
        client.outbox.status()  # the journal's connection and schema, before the clock starts
        print("READY", flush=True)
        sys.stdin.readline()
        start = time.monotonic()
        client.outbox.run_worker(stop=stop, poll=0.01, jitter=0.0, on_batch=until_none_due)
        end = time.monotonic()
    print(json.dumps({"start": start, "end": end, "posted": posted}), flush=True)


# Per-sale cost


def measure_sales(
    server: Any, sandbox: SandboxProcess, folder: Path, mode: str, vendor: str, rounds: int, sales: int
) -> dict[str, list[float]]:
    journals = {"sqlite": str(folder / f"terminal-{vendor}-{mode}.db"), "postgres": server.new_schema()}
    measure = sale_bench.measure_sync if mode == "sync" else sale_bench.measure_async
    return measure(vendor, sandbox, journals, rounds, sales)


def run(quick: bool = False) -> Section:
    section = Section("postgres", "7. A PostgreSQL journal: outbox workers, and a sale's cost")
    missing = _missing()
    if missing is not None:
        section.lines.append(f"Skipped: {missing}.")
        print(f"  postgres: skipped ({missing})", flush=True)
        return section
    rounds, orders = (1, 40) if quick else (3, 600)
    sale_rounds, sales = (3, 4) if quick else (12, 10)
    with (
        postgres_server() as server,
        sandbox_server() as sandbox,
        tempfile.TemporaryDirectory(dir=BENCH, prefix=".postgres-") as name,
    ):
        throughput, busy = measure_throughput(server, sandbox, rounds, orders)
        sale_bench.prepare(sandbox, CONTENDERS)
        sale_rows = []
        for vendor in sale_bench.VENDORS:
            for mode in sale_bench.MODES:
                samples = measure_sales(server, sandbox, Path(name), mode, vendor, sale_rounds, sales)
                sqlite, postgres = (Stat.of(samples[n]).scaled(1e-3) for n in CONTENDERS)
                ratio = Stat.of(ratios(samples["postgres"], samples["sqlite"]))
                sale_rows.append(f"| {vendor} | {mode} | {sqlite.fmt(2)} | {postgres.fmt(2)} | **{ratio.fmt(3)}** |")
                print(
                    f"  postgres sale {vendor} {mode}: sqlite {sqlite.median:.2f} ms,"
                    f" postgres {postgres.median:.2f} ms, ratio {ratio.median:.3f}",
                    flush=True,
                )
    one = throughput[1]
    rows = [
        f"| {count} | {Stat.of(throughput[count]).fmt(0)} | **{Stat.of(ratios(throughput[count], one)).fmt(2)}** |"
        f" {Stat.of(busy[count]).fmt(0) if busy[count] else 'n/a'} |"
        for count in WORKERS
    ]
    section.lines += [
        f"**Outbox throughput.** {orders} queued BonifiQ orders in one PostgreSQL journal, delivered by 1, 2",
        "and 4 worker processes (`client.outbox.run_worker`) to one sandbox process; orders per second",
        f"from go to the last worker's end, median (min-max) over {rounds} rounds (configurations alternate),",
        "ratio to one worker per round. Every run checked: each order posted once, stored once at the",
        f"sandbox, delivered at its first attempt in the journal. {os.cpu_count()} cores shared by the",
        "workers, the sandbox and PostgreSQL: no target (bench/NOTES.md).",
        "",
        "| workers | orders/s | ratio to 1 worker | sandbox CPU, % of a core |",
        "|---|---|---|---|",
        *rows,
        "",
        "**A sale's cost.** Milliseconds per full POS sale (as in section 5) with a SQLite file journal",
        "(WAL, synchronous=NORMAL) and a PostgreSQL journal (unix socket, fsync and synchronous commits",
        f"on), median (min-max) over {sale_rounds} rounds x {sales} sales, alternating in blocks of",
        f"{sale_bench.BLOCK}; ratio per round. No target (bench/NOTES.md).",
        "",
        "| vendor | mode | SQLite file ms | PostgreSQL ms | PostgreSQL/SQLite |",
        "|---|---|---|---|---|",
        *sale_rows,
    ]
    return section


if __name__ == "__main__" and sys.argv[1:2] == ["worker"]:
    worker(*sys.argv[2:6])
