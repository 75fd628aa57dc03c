"""The soak's report: sales per outcome, faults per step, retries, crashes, discrepancies and
the command that reproduces them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from loyaltykit.sandbox import FAULT_KINDS

from .plan import STEPS
from .reconciliation import Discrepancy
from .terminal import SaleResult

if TYPE_CHECKING:
    from .engine import Soak


@dataclass
class Stats:
    faults: Counter[tuple[str, str]] = field(default_factory=Counter)
    retries: int = 0
    retry_after_waits: int = 0
    resumes_after_crash: int = 0
    resumes_unfinished: int = 0
    crashes: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    reconciled: Counter[str] = field(default_factory=Counter)
    journal: Counter[str] = field(default_factory=Counter)  # the journal's scenarios played

    @classmethod
    def of(cls, results: Iterable[SaleResult]) -> Stats:
        """The run's numbers: each sale counts its own (they play at once)."""
        stats = cls()
        for result in results:
            stats.faults.update(result.faults)
            stats.retries += result.retries
            stats.retry_after_waits += result.retry_after_waits
            stats.resumes_after_crash += result.resumes_after_crash
            stats.resumes_unfinished += result.resumes_unfinished
            stats.crashes += result.crashes
            stats.errors.update(seen.kind for seen in result.errors)
            stats.outcomes[result.outcome] += 1
            stats.reconciled.update(result.reconciled)
            plan = result.plan
            stats.journal.update(
                {
                    f"order id reused ({plan.reuse})": int(plan.reuse is not None and bool(result.reuse)),
                    "redeem tapped twice": len({attempt for attempt, _, _ in result.double_taps}),
                    "orders queued offline": result.queued,
                    "queued orders flushed": result.flushed,
                    "resumed from a journal file": len(result.restored),
                    "first terminal SIGKILLed (own process)": int(result.sigkilled),
                }
            )
        return stats


def report(
    soak: Soak,
    discrepancies: list[Discrepancy],
    seconds: float,
    command: str,
    *,
    verbose: bool = False,
    extra: Sequence[str] = (),
) -> str:
    """The table; ``extra``: lines of the run's own (the distributed soak's workers), before the discrepancies."""
    stats = soak.stats
    lines = [f"loyaltykit POS soak: {len(soak.results)} sales, seed {soak.seed}, {seconds:.1f} s", ""]
    lines.append(f"{'sales per outcome':<44}{'sales':>7}")
    for outcome, count in sorted(stats.outcomes.items(), key=lambda item: -item[1]):
        lines.append(f"  {outcome:<42}{count:>7}")
    by_vendor = Counter(f"{r.plan.vendor}/{r.plan.mode}" for r in soak.results)
    lines.append("  by client: " + ", ".join(f"{name} {count}" for name, count in sorted(by_vendor.items())))
    lines.append("")
    header = f"{'faults injected':<22}" + "".join(f"{step:>10}" for step in STEPS) + f"{'total':>8}"
    lines.append(header)
    for kind in FAULT_KINDS:
        counts = [stats.faults[kind, step] for step in STEPS]
        lines.append(f"  {kind:<20}" + "".join(f"{c:>10}" for c in counts) + f"{sum(counts):>8}")
    totals = [sum(stats.faults[kind, step] for kind in FAULT_KINDS) for step in STEPS]
    lines.append(f"  {'total':<20}" + "".join(f"{c:>10}" for c in totals) + f"{sum(totals):>8}")
    lines.append("")
    lines.append(f"retries made: {stats.retries} (waits equal to Retry-After: {stats.retry_after_waits})")
    reconciled = ", ".join(f"{action} {count}" for action, count in sorted(stats.reconciled.items()))
    lines.append(f"reconciled: {reconciled or 'nothing in doubt'}")
    lines.append(
        f"terminal crashes: {stats.crashes}; resumes: {stats.resumes_after_crash + stats.resumes_unfinished} "
        f"(after a crash {stats.resumes_after_crash}, of an unfinished sale {stats.resumes_unfinished})"
    )
    played = ", ".join(f"{name} {count}" for name, count in sorted(stats.journal.items()) if count)
    lines.append(f"journal scenarios: {played or 'none'}")
    if soak.sandbox_restarts:
        lines.append(f"sandbox killed (SIGKILL) and restarted on its --db: {soak.sandbox_restarts} times")
    seen = ", ".join(f"{name} {count}" for name, count in stats.errors.most_common())
    lines.append(f"errors seen by clients: {seen or 'none'}")
    lines += extra
    lines.append("")
    lines.append(f"discrepancies: {len(discrepancies)}")
    for discrepancy in discrepancies[:50]:
        lines.append(f"  - {discrepancy}")
    if len(discrepancies) > 50:
        lines.append(f"  ... and {len(discrepancies) - 50} more")
    if discrepancies and verbose:
        traced = {d.plan.index for d in discrepancies if d.plan is not None}
        for result in soak.results:
            if result.plan.index in traced:
                lines.append(f"trace of #{result.plan.index} ({result.plan.order_id}):")
                lines += [f"    {line}" for line in result.trace]
    if discrepancies:
        indices = sorted({d.plan.index for d in discrepancies if d.plan is not None})
        lines.append(f"reproduce: {command} --seed {soak.seed}")
        if indices:
            only = ",".join(map(str, indices[:20]))
            lines.append(f"  or only those sales: {command} --seed {soak.seed} --only {only}")
    return "\n".join(lines)
