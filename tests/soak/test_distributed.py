"""The short distributed soak: sales played by worker processes over one PostgreSQL journal, two of
them SIGKILLed mid-run and restarted, then reconciled against the sandbox.

``make soak-distributed`` runs the long one (``tests/soak/run_distributed.py``, 5,000 sales).
The seed is fixed so that ``make test`` is repeatable; ``LOYALTYKIT_SOAK_SEED`` picks another one.
Without PostgreSQL's server binaries it skips, except in CI, where it fails.
"""

from __future__ import annotations

import os
from types import SimpleNamespace

import httpx
import pytest
from postgres_server import require_binaries

from loyaltykit.journal import OutboxState
from soak.distributed import DistributedRun, _kill_marks, _orders, distributed_plan, run_distributed
from soak.plan import SalePlan
from soak.report import report
from soak.terminal import SaleResult

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


# The run's own checks, on made-up outcomes: each finds what it is for (and only that).


class _Admin:
    def __init__(self, stored: int) -> None:
        self.stored = stored

    def get(self, path: str) -> httpx.Response:
        orders = [{"order_id": ORDER_ID}] * self.stored + [{"order_id": "another"}]
        return httpx.Response(200, json={"orders": orders}, request=httpx.Request("GET", "http://sandbox" + path))


def _plan() -> SalePlan:
    return distributed_plan(7, 3, {"bonifiq": ["ana@example.com"], "gameball": ["ana@example.com"]})


ORDER_ID = _plan().order_id


def _checked(state: OutboxState, stored: int) -> tuple[list[str], DistributedRun, SaleResult]:
    plan = _plan()
    result = SaleResult(plan, final="completed", external_code="CODE")
    soak = SimpleNamespace(results=[result], admin=_Admin(stored), gameball_otp=False)
    entry = SimpleNamespace(
        vendor=plan.vendor, order_id=plan.order_id, state=state, last_error="refused",
        already_existed=True, external_code=None,
    )  # fmt: skip
    run = DistributedRun(workers=4)
    return _orders(soak, {(plan.vendor, plan.order_id): entry}, run), run, result  # type: ignore[arg-type]


def test_a_queued_order_delivered_once_passes_and_the_sale_learns_what_the_delivery_found() -> None:
    problems, run, result = _checked(OutboxState.DELIVERED, stored=1)
    assert problems == []
    assert (run.queued_orders, run.delivered_once) == (1, 1)
    # Delivered by the final pass: the sale believes, as its terminal would, the order found there.
    assert result.flushed == 1 and result.already_existed and result.external_code is None


@pytest.mark.parametrize(
    ("state", "stored", "found"),
    [
        (OutboxState.DELIVERED, 2, "stored 2 times"),
        (OutboxState.DELIVERED, 0, "stored 0 times"),
        (OutboxState.QUEUED, 0, "the queued order is queued"),
        (OutboxState.FAILED, 0, "the queued order is failed (refused)"),
    ],
)
def test_a_queued_order_not_delivered_exactly_once_is_a_discrepancy(
    state: OutboxState, stored: int, found: str
) -> None:
    problems, run, _ = _checked(state, stored)
    assert len(problems) == 1 and found in problems[0] and ORDER_ID in problems[0]
    assert run.delivered_once == 0


def test_the_kills_come_from_the_seed_and_land_within_the_run() -> None:
    marks = _kill_marks(11, 1000, 6)
    assert marks == _kill_marks(11, 1000, 6) != _kill_marks(12, 1000, 6)
    assert len(marks) == 6 and all(50 <= done <= 900 for done, _, _ in marks)
    assert [done for done, _, _ in marks] == sorted(done for done, _, _ in marks)
