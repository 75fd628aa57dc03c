"""(4) Sandbox throughput: full POS sales per second, N concurrent async clients, one sandbox.

One sandbox process (``python -m loyaltykit.sandbox``, in-memory SQLite, demo seed) serves N
``AsyncBonifiQ`` clients. Each client sells to its
own customer (created and credited with points first), one sale after another through the
public checkout: ``rewards()`` (POS available), ``redeem()`` (POS redeem) and ``complete()``
(POS order carrying the redeem's ExternalCode): three requests per sale. A run lasts a fixed
time; the rate is completed sales over that time. The values of N alternate run by run.

The clients run in worker processes (as many as cores, at most N): one event loop alone
cannot keep the sandbox busy. Workers and the sandbox share the machine's cores.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import httpx
from _common import (
    BENCH,
    PYTHON,
    SandboxProcess,
    Section,
    Stat,
    Target,
    await_ready,
    collect_json,
    go,
    kill_left,
    process_cpu_seconds,
    profile_lines,
    sandbox_server,
)

CLIENTS = (1, 4, 16)
SECONDS = 4.0
TARGET = 200.0
REWARD = 1  # R$10 off, 100 points, purchases from R$50
PURCHASE, TOTAL = Decimal("120.00"), Decimal("110.00")

TOKEN, KEY = "sandbox-bonifiq-token", "sandbox-bonifiq-key"  # the sandbox's defaults

_orders = itertools.count(1)


def prepare(sandbox: SandboxProcess, customers: int) -> list[str]:
    """``customers`` enrolled customers with points for far more sales than a run makes."""
    names = [f"bench-{i}@example.com" for i in range(customers)]
    base = sandbox.base_url + "/v1/pvt"
    with httpx.Client(base_url=base, auth=(TOKEN, KEY), timeout=30) as client:
        for name in names:
            client.post("/Customer/upsert", json={"OriginalId": name, "Name": "Bench", "IsEnrolled": True})
            change = {"Points": 10_000_000, "OperationType": 0, "Reason": "bench", "ChangeKey": f"bench-{name}"}
            client.post(f"/Customer/{name}/points", json=change).raise_for_status()
    return names


async def sell(bq: object, customer: str, run_id: str) -> None:
    from loyaltykit.checkout import Payment

    order_id = f"{run_id}-{next(_orders)}"
    async with bq.pos.checkout(customer, order_id, PURCHASE) as sale:  # type: ignore[attr-defined]
        await sale.rewards()
        await sale.redeem(REWARD)
        await sale.complete(total=TOTAL, payments=[Payment("CARD", TOTAL)])


async def _terminals(
    base_url: str, customers: Sequence[str], seconds: float, go: Callable[[], None], profile_to: str | None = None
) -> Result:
    """One async client per customer, selling until ``seconds`` have passed after ``go()``."""
    import cProfile

    from loyaltykit import AsyncBonifiQ

    run_id = f"bench-{os.getpid()}-{time.monotonic_ns()}"
    clients = [AsyncBonifiQ(TOKEN, KEY, base_url=base_url, timeout=30) for _ in customers]
    latencies: list[float] = []
    try:
        for bq, customer in zip(clients, customers, strict=True):  # warm-up: connections, caches
            await sell(bq, customer, run_id)
        go()
        profiler = cProfile.Profile() if profile_to else None
        if profiler is not None:
            profiler.enable()
        start, cpu = time.perf_counter(), time.process_time()
        deadline = start + seconds

        async def terminal(bq: object, customer: str) -> int:
            done = 0
            while time.perf_counter() < deadline:
                began = time.perf_counter()
                await sell(bq, customer, run_id)
                latencies.append(time.perf_counter() - began)
                done += 1
            return done

        sales = sum(await asyncio.gather(*(terminal(bq, c) for bq, c in zip(clients, customers, strict=True))))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        if profiler is not None and profile_to:
            profiler.disable()
            profiler.dump_stats(profile_to)
    finally:
        for bq in clients:
            await bq.close()
    return Result(sales, elapsed, cpu, latencies)


@dataclass
class Result:
    sales: int
    seconds: float
    cpu: float
    latencies: list[float]


def worker(argv: Sequence[str]) -> None:
    """``throughput.py --worker BASE_URL SECONDS CUSTOMER...``: prints READY, waits for a line, runs.

    With ``$BENCH_PROFILE`` set, the run is profiled (cProfile) into that file.
    """
    base_url, seconds, customers = argv[0], float(argv[1]), argv[2:]

    def go() -> None:
        print("READY", flush=True)
        sys.stdin.readline()

    result = asyncio.run(_terminals(base_url, customers, seconds, go, os.environ.get("BENCH_PROFILE")))
    print(json.dumps([result.sales, result.seconds, result.cpu, result.latencies]), flush=True)


@dataclass
class Run:
    rate: float  # sales per second
    latency: float  # median seconds per sale
    client_cpu: float  # cores the worker processes used
    server_cpu: float | None  # cores the sandbox used


def measure(
    sandbox: SandboxProcess, customers: Sequence[str], n: int, seconds: float, *, profile_to: Path | None = None
) -> Run:
    """Sales per second with ``n`` clients spread over worker processes, and who used the CPU.

    One event loop cannot drive the SDK fast enough to load the sandbox (each async call costs
    the client about as much CPU as the server, bench/results.md), so the N clients run in
    up to ``os.cpu_count()`` worker processes, started together once all are warmed up.
    """
    processes = min(n, os.cpu_count() or 1)
    groups = [list(customers[i:n:processes]) for i in range(processes)]
    workers = [
        subprocess.Popen(
            [PYTHON, str(BENCH / "throughput.py"), "--worker", sandbox.base_url, str(seconds), *group],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env={**os.environ, "BENCH_PROFILE": str(profile_to / f"worker-{i}.prof")} if profile_to else None,
        )
        for i, group in enumerate(groups)
    ]
    try:
        await_ready(workers, "throughput worker")
        server_before = process_cpu_seconds(sandbox.pid)
        if profile_to:
            os.kill(sandbox.pid, signal.SIGUSR1)
        go(workers)
        results = collect_json(workers, seconds + 60, "throughput worker")
        server_after = process_cpu_seconds(sandbox.pid)
        if profile_to:
            os.kill(sandbox.pid, signal.SIGUSR2)
            time.sleep(1)  # the sandbox writes the profile
    finally:
        kill_left(workers)
    rate = sum(sales / elapsed for sales, elapsed, _, _ in results)
    latencies = [latency for _, _, _, values in results for latency in values]
    wall = max(elapsed for _, elapsed, _, _ in results)
    client_cpu = sum(cpu for _, _, cpu, _ in results) / wall
    server_cpu = None
    if server_before is not None and server_after is not None:
        # Includes the moments between GO and the workers' first sale and after their last.
        server_cpu = (server_after - server_before) / wall
    return Run(rate, statistics.median(latencies), client_cpu, server_cpu)


def run(quick: bool = False) -> Section:
    section = Section("throughput", "4. Sandbox throughput (full POS sales, async clients)")
    rounds = 1 if quick else 3
    seconds = 2.0 if quick else SECONDS
    runs: dict[int, list[Run]] = {n: [] for n in CLIENTS}
    with sandbox_server() as sandbox:
        customers = prepare(sandbox, max(CLIENTS))
        for _ in range(rounds):
            for n in CLIENTS:
                result = measure(sandbox, customers, n, seconds)
                runs[n].append(result)
                print(f"  throughput N={n}: {result.rate:.0f} sales/s", flush=True)
    rows = []
    for n in CLIENTS:
        rate = Stat.of([r.rate for r in runs[n]])
        latency = Stat.of([r.latency * 1e3 for r in runs[n]])
        client = statistics.median(r.client_cpu for r in runs[n])
        servers = [r.server_cpu for r in runs[n] if r.server_cpu is not None]
        server = f"{statistics.median(servers):.2f}" if servers else "n/a"
        processes = min(n, os.cpu_count() or 1)
        rows.append(f"| {n} | {processes} | {rate.fmt(0)} | {latency.fmt(1)} | {client:.2f} | {server} |")
    best_n = max(CLIENTS, key=lambda n: statistics.median(r.rate for r in runs[n]))
    best = statistics.median(r.rate for r in runs[best_n])
    section.targets.append(
        Target(
            f"(4) sandbox sales/s on {os.cpu_count()} cores",
            f"{best:.0f}/s (N={best_n})",
            f">= {TARGET:.0f}/s",
            best >= TARGET,
        )
    )
    section.lines += [
        f"Median (min-max) over {rounds} runs of {seconds:.0f} s per N, alternating N. One sale = POS",
        "available + redeem + order (3 requests). CPU: cores used on average during the run by the",
        "client worker processes together, and by the sandbox process.",
        "",
        "| N clients | worker processes | sales/s | ms per sale | client CPU | sandbox CPU |",
        "|---|---|---|---|---|---|",
        *rows,
    ]
    return section


def profile(section: Section, n: int = 16, seconds: float = 4.0) -> list[str]:
    """One run at ``n`` clients with the sandbox and a client worker under cProfile, during the run only."""
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        where = Path(folder)
        with sandbox_server(profile_to=where / "sandbox.prof") as sandbox:
            customers = prepare(sandbox, n)
            result = measure(sandbox, customers, n, seconds, profile_to=where)
        lines = [
            f"Profiled run: N={n}, {result.rate:.0f} sales/s while profiled; client workers used "
            f"{result.client_cpu:.2f} cores, the sandbox {result.server_cpu or 0:.2f}.",
            "",
        ]
        poll = "<method 'poll' of 'select.epoll' objects>"
        for name, title in (("sandbox.prof", "the sandbox process"), ("worker-0.prof", "one client worker process")):
            path = where / name
            if path.exists():
                lines += [*profile_lines(path, title=f"{title}, {seconds:.0f} s at N={n}", top=12, idle=poll), ""]
            else:
                lines += [f"({title}: no profile written)", ""]
        return lines


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    worker(sys.argv[2:])
