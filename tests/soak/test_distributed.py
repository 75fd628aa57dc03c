"""The short distributed soak: sales played by worker processes over one PostgreSQL journal, two of
them SIGKILLed mid-run and restarted, then reconciled against the sandbox.

``make soak-distributed`` runs the long one (``tests/soak/run_distributed.py``, 5,000 sales).
The seed is fixed so that ``make test`` is repeatable; ``LOYALTYKIT_SOAK_SEED`` picks another one.
Without PostgreSQL's server binaries it skips, except in CI, where it fails.
"""

from __future__ import annotations

import os

from postgres_server import require_binaries

from soak.distributed import run_distributed
from soak.report import report

SALES = 150
SEED = int(os.environ.get("LOYALTYKIT_SOAK_SEED", "20260"))
KILLS = 2
COMMAND = "python tests/soak/run_distributed.py"


def test_short_distributed_soak_has_no_discrepancy() -> None:
    require_binaries()
    soak, discrepancies, seconds, run = run_distributed(
        SEED, range(SALES), workers=4, terminals=6, kills=KILLS, grace=5.0
    )
    text = report(
        soak, discrepancies, seconds, f"{COMMAND} --sales {SALES} --kills {KILLS}", verbose=True, extra=run.lines()
    )
    print(text)
    assert not discrepancies, text
    assert len(soak.results) == SALES
    # It proved something: workers died in the middle of sales, which others finished; orders
    # were queued and delivered by the workers' outbox loops; faults fired.
    assert len(run.kills) == KILLS and run.handed_over[0] > 0, text
    assert run.queued_orders > 0 and run.delivered_once == run.queued_orders, text
    assert any(name.startswith("outbox: orders delivered by worker") for name in run.counts), text
    assert sum(soak.stats.faults.values()) > 0 and soak.stats.crashes > 0, text
