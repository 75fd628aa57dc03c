"""(5) The journal's cost: a full POS sale with a file journal against the same sale without one.

Every POS sale records its steps in the client's journal (``loyaltykit.journal``). "Without
one" is the cheapest the SDK allows: an explicit in-memory journal (``journal=":memory:"``),
which runs the same SQL without touching a file. So the ratio is what keeping a sale on disk
(``journal="terminal.db"``: WAL, ``synchronous=NORMAL``) adds to it, same run, same sandbox.

One sale = ``checkout()`` of a new order id, ``rewards()`` (POS available), ``redeem()``
(BonifiQ: reward 1, R$10 off; Gameball: 10.00 of points, a hold) and ``complete()`` (the
order carrying the redeem): three requests, on one sandbox process (in-memory database).
Each contender is one client (BonifiQ and Gameball, sync and async) selling to its own
customer, credited first; the file contender's journal is a new file per case, in a
temporary folder under ``bench/`` (on the disk the repository is on, not a tmpfs).

Sales alternate in short blocks (``_common.interleave``: memory x2, file x2, memory, ...),
each block ending with a timed young-generation collection; a round's sample is each
contender's mean time per sale, the ratio is taken per round and its median is what the
target checks.
"""

from __future__ import annotations

import asyncio
import itertools
import os
import tempfile
import time
from collections.abc import Awaitable, Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from _common import (
    BENCH,
    SandboxProcess,
    Section,
    Stat,
    Target,
    interleave,
    interleave_async,
    profile_calls,
    profile_lines,
    ratios,
    sandbox_server,
)

TARGET_RATIO = 1.15
VENDORS = ("bonifiq", "gameball")
MODES = ("sync", "async")
CONTENDERS = ("memory", "file")
BLOCK = 2  # sales per turn: a sale is ~3 requests, so a block lasts about as long as overhead.py's
PURCHASE, TOTAL = Decimal("120.00"), Decimal("110.00")
# BonifiQ's reward 1: R$10 off for 100 points (from R$50); Gameball: 10.00 paid with points.
REDEEM: dict[str, tuple[int | str, Decimal | None]] = {"bonifiq": (1, None), "gameball": ("points", Decimal("10.00"))}
GB = "/api/v4.0/integrations"

_orders = itertools.count(1)


def _customer(vendor: str, contender: str) -> str:
    return f"bench-journal-{vendor}-{contender}@example.com"


def prepare(sandbox: SandboxProcess, contenders: tuple[str, ...] = CONTENDERS) -> None:
    """Each contender's customer, with points for far more sales than a run makes."""
    with httpx.Client(base_url=sandbox.base_url + "/v1/pvt", auth=(sandbox.token, sandbox.key), timeout=30) as bq:
        for contender in contenders:
            name = _customer("bonifiq", contender)
            bq.post("/Customer/upsert", json={"OriginalId": name, "Name": "Bench", "IsEnrolled": True})
            change = {"Points": 10_000_000, "OperationType": 0, "Reason": "bench", "ChangeKey": f"bench-{name}"}
            bq.post(f"/Customer/{name}/points", json=change).raise_for_status()
    # The sandbox's default Gameball keys; an order earns its customer points.
    headers = {"apikey": "sandbox-gameball-apikey", "secretkey": "sandbox-gameball-secretkey"}
    with httpx.Client(base_url=sandbox.base_url + GB, headers=headers, timeout=30) as gb:
        for contender in contenders:
            name = _customer("gameball", contender)
            fund = {"customerId": name, "orderId": f"bench-fund-{name}", "orderDate": "2026-01-01T00:00:00Z"}
            gb.post("/orders", json={**fund, "totalPaid": 10_000_000}).raise_for_status()


def _client(vendor: str, mode: str, sandbox: SandboxProcess, journal: str) -> Any:
    import loyaltykit

    if vendor == "bonifiq":
        cls: Any = loyaltykit.BonifiQ if mode == "sync" else loyaltykit.AsyncBonifiQ
        return cls(sandbox.token, sandbox.key, base_url=sandbox.base_url, timeout=30, journal=journal)
    cls = loyaltykit.Gameball if mode == "sync" else loyaltykit.AsyncGameball
    return cls(
        "sandbox-gameball-apikey", "sandbox-gameball-secretkey", base_url=sandbox.base_url, timeout=30, journal=journal
    )


def _journals(folder: Path, vendor: str, mode: str) -> dict[str, str]:
    return {"memory": ":memory:", "file": str(folder / f"terminal-{vendor}-{mode}.db")}


def sync_sales(
    vendor: str, sandbox: SandboxProcess, journals: dict[str, str], stack: list[Any]
) -> dict[str, Callable[[], None]]:
    from loyaltykit.checkout import Payment

    reward, cashback = REDEEM[vendor]
    run_id = f"bench-{os.getpid()}-{time.monotonic_ns()}"

    def contender(name: str, journal: str) -> Callable[[], None]:
        client = _client(vendor, "sync", sandbox, journal)
        stack.append(client)
        customer = _customer(vendor, name)

        def sale() -> None:
            with client.pos.checkout(customer, f"{run_id}-{next(_orders)}", PURCHASE) as pos:
                pos.rewards()
                pos.redeem(reward, cashback=cashback)
                pos.complete(total=TOTAL, payments=[Payment("CARD", TOTAL)])

        return sale

    return {name: contender(name, journal) for name, journal in journals.items()}


def async_sales(
    vendor: str, sandbox: SandboxProcess, journals: dict[str, str], stack: list[Any]
) -> dict[str, Callable[[], Awaitable[None]]]:
    from loyaltykit.checkout import Payment

    reward, cashback = REDEEM[vendor]
    run_id = f"bench-{os.getpid()}-{time.monotonic_ns()}"

    def contender(name: str, journal: str) -> Callable[[], Awaitable[None]]:
        client = _client(vendor, "async", sandbox, journal)
        stack.append(client)
        customer = _customer(vendor, name)

        async def sale() -> None:
            async with client.pos.checkout(customer, f"{run_id}-{next(_orders)}", PURCHASE) as pos:
                await pos.rewards()
                await pos.redeem(reward, cashback=cashback)
                await pos.complete(total=TOTAL, payments=[Payment("CARD", TOTAL)])

        return sale

    return {name: contender(name, journal) for name, journal in journals.items()}


WARM_UP = 5  # sales per contender before measuring: connections, imports, the journal's schema


def measure_sync(
    vendor: str, sandbox: SandboxProcess, journals: dict[str, str], rounds: int, sales: int
) -> dict[str, list[float]]:
    """Each contender's sales on its journal (``journals``: contender -> journal), alternating."""
    stack: list[Any] = []
    try:
        contenders = sync_sales(vendor, sandbox, journals, stack)
        for sale in contenders.values():
            for _ in range(WARM_UP):
                sale()
        return interleave(contenders, rounds, sales, block=BLOCK)
    finally:
        for client in stack:
            client.close()


def measure_async(
    vendor: str, sandbox: SandboxProcess, journals: dict[str, str], rounds: int, sales: int
) -> dict[str, list[float]]:
    async def main() -> dict[str, list[float]]:
        stack: list[Any] = []
        try:
            contenders = async_sales(vendor, sandbox, journals, stack)
            for sale in contenders.values():
                for _ in range(WARM_UP):
                    await sale()
            return await interleave_async(contenders, rounds, sales, block=BLOCK)
        finally:
            for client in stack:
                await client.close()

    return asyncio.run(main())


def _filesystem(path: Path) -> str:
    """The type of the filesystem ``path`` is on (Linux), to say what the file journal wrote to."""
    best, kind = "", "unknown"
    try:
        for line in Path("/proc/mounts").read_text().splitlines():
            fields = line.split()
            mount = fields[1]
            if str(path).startswith(mount.rstrip("/") + "/") and len(mount) > len(best):
                best, kind = mount, fields[2]
    except (OSError, IndexError):
        pass
    return kind


def run(quick: bool = False) -> Section:
    section = Section("journal", "5. The journal's cost (full POS sales on the sandbox)")
    rounds, sales = (4, 6) if quick else (12, 10)
    rows: list[str] = []
    with sandbox_server() as sandbox, tempfile.TemporaryDirectory(dir=BENCH, prefix=".journal-") as name:
        folder = Path(name)
        prepare(sandbox)
        for vendor in VENDORS:
            for mode, measure in (("sync", measure_sync), ("async", measure_async)):
                samples = measure(vendor, sandbox, _journals(folder, vendor, mode), rounds, sales)
                memory, file = (Stat.of(samples[n]).scaled(1e-3) for n in CONTENDERS)
                ratio = Stat.of(ratios(samples["file"], samples["memory"]))
                size = (folder / f"terminal-{vendor}-{mode}.db").stat().st_size / 1024
                rows.append(
                    f"| {vendor} | {mode} | {memory.fmt(2)} | {file.fmt(2)} | **{ratio.fmt(3)}** | {size:,.0f} |"
                )
                section.targets.append(
                    Target(
                        f"(5) file/in-memory journal, POS sale, {vendor} {mode}",
                        f"{ratio.median:.3f}x",
                        f"<= {TARGET_RATIO:.2f}x",
                        ratio.median <= TARGET_RATIO,
                    )
                )
                print(
                    f"  journal {vendor} {mode}: memory {memory.median:.2f} ms, file {file.median:.2f} ms,"
                    f" ratio {ratio.median:.3f}",
                    flush=True,
                )
        where = _filesystem(folder)
    section.lines += [
        "Milliseconds per full POS sale (checkout, POS available, redeem, order: 3 requests), median",
        f"(min-max) over {rounds} rounds x {sales} sales per contender. *Without a journal* is the cheapest",
        'the SDK allows: an explicit in-memory journal (`journal=":memory:"`), the same SQL without a',
        f'file; *file* is `journal="terminal.db"` (WAL, synchronous=NORMAL), a new file per case on {where}.',
        f"Sales alternate in blocks of {BLOCK} (memory x{BLOCK}, file x{BLOCK}, ...), each block ending with a",
        "timed young-generation collection; ratios are per round, median (min-max). Journal KiB: the",
        f"file once its client closed (WAL folded in), after {WARM_UP} + {rounds * sales} sales.",
        "",
        "| vendor | mode | in-memory journal ms | file journal ms | file/in-memory | journal KiB |",
        "|---|---|---|---|---|---|",
        *rows,
    ]
    return section


# The journal's methods a sale calls; none calls another, so their cumulative times add up.
_JOURNAL_METHODS = frozenset(
    {"open_sale", "sale", "update_sale", "begin_step", "finish_step", "steps", "enqueue_order"}
)


def _journal_seconds(profiler: Any) -> float:
    import pstats

    raw = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    return sum(
        entry[3]
        for (filename, _, name), entry in raw.items()
        if filename.endswith("_sqlite.py") and name in _JOURNAL_METHODS
    )


def profile(section: Section, seconds: float = 3.0) -> list[str]:
    """cProfile of sync BonifiQ sales with each journal: where the file journal's extra time goes."""
    lines: list[str] = []
    with sandbox_server() as sandbox, tempfile.TemporaryDirectory(dir=BENCH, prefix=".journal-") as name:
        prepare(sandbox)
        stack: list[Any] = []
        try:
            contenders = sync_sales("bonifiq", sandbox, _journals(Path(name), "bonifiq", "sync"), stack)
            for contender in CONTENDERS:
                sale = contenders[contender]
                for _ in range(WARM_UP):
                    sale()
                profiler, count = profile_calls(sale, seconds / 2)
                inside = _journal_seconds(profiler) / count * 1e6
                lines += [
                    f"{contender} journal: {count} sales; {inside:,.0f} µs a sale inside the journal's methods.",
                    "",
                    *profile_lines(
                        profiler,
                        title=f"BonifiQ sale, sync, {contender} journal (per call: a sale)",
                        top=10,
                        calls=count,
                    ),
                    "",
                ]
        finally:
            for client in stack:
                client.close()
    return lines
