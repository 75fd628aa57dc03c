"""One sale, one step at a time (issue 13): a sale object used from 20 threads or 20 tasks at once.

The finding: one Gameball sale, 20 concurrent ``redeem()`` calls, 15 holds; ``abandon()`` released
one and 14 stayed reserved. Steps of one sale are serialized: a ``redeem()`` arriving while one is
in flight waits, then gets the first's redemption (same reward and amount) or a ``SaleStateError``
(another reward); never a second hold or redeem.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any

from loyaltykit import errors
from loyaltykit.checkout import SaleStatus
from loyaltykit.gameball._checkout import POINTS_OPTION
from pos.harness import PosHarness

ANA = "ana@example.com"  # 1500 points, 25.00 cashback, no PIN on either vendor
TAPS = 20
FIXED, PERCENT = 1, 2  # BonifiQ rewards


def at_once(pos: PosHarness, steps: list[Callable[[], Any]]) -> list[Any]:
    """Every step started together (threads, or tasks on one loop); results or exceptions, in order."""
    if pos.is_async:

        async def gather() -> list[Any]:
            return list(await asyncio.gather(*(step() for step in steps), return_exceptions=True))

        return list(pos.run(gather()))

    def outcome(step: Callable[[], Any]) -> Any:
        try:
            return step()
        except Exception as error:
            return error

    with ThreadPoolExecutor(max_workers=len(steps)) as pool:
        return list(pool.map(outcome, steps))


def gameball_holds(pos: PosHarness) -> list[dict[str, Any]]:
    return list(pos.state("gameball", ANA)["holds"])


def test_gameball_twenty_taps_make_one_hold(pos: PosHarness) -> None:
    before = pos.points("gameball", ANA)
    sale = pos.gameball().pos.checkout(ANA, f"tap-gb-{pos.mode}", Decimal("50.00"))
    pos.run(sale.rewards())
    results = at_once(pos, [lambda: sale.redeem(POINTS_OPTION, cashback="5.00")] * TAPS)
    assert not [r for r in results if isinstance(r, Exception)]
    assert len({r.external_code for r in results}) == 1
    assert len(gameball_holds(pos)) == 1
    pos.run(sale.abandon())
    assert pos.points("gameball", ANA) == before  # nothing left reserved


def test_gameball_taps_for_another_reward_are_refused_not_held(pos: PosHarness) -> None:
    sale = pos.gameball().pos.checkout(ANA, f"tap-gb-mixed-{pos.mode}", Decimal("50.00"))
    offer = pos.run(sale.rewards())
    rule = next(r for r in offer.usable if r.id != POINTS_OPTION)
    steps = [lambda: sale.redeem(POINTS_OPTION, cashback="5.00"), lambda: sale.redeem(rule)] * (TAPS // 2)
    results = at_once(pos, steps)
    redeemed = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert all(isinstance(r, errors.SaleStateError) for r in refused)
    assert len({r.external_code for r in redeemed}) == 1 and len(redeemed) == TAPS // 2
    assert len(gameball_holds(pos)) == 1


def test_bonifiq_taps_for_two_rewards_make_one_redeem(pos: PosHarness) -> None:
    before = pos.points("bonifiq", ANA)
    sale = pos.bonifiq().pos.checkout(ANA, f"tap-bq-{pos.mode}", Decimal("80.00"))
    pos.run(sale.rewards())
    results = at_once(pos, [lambda: sale.redeem(FIXED), lambda: sale.redeem(PERCENT)] * (TAPS // 2))
    redeemed = [r for r in results if not isinstance(r, Exception)]
    refused = [r for r in results if isinstance(r, Exception)]
    assert all(isinstance(r, errors.SaleStateError) for r in refused)
    assert len({r.external_code for r in redeemed}) == 1 and len(redeemed) == TAPS // 2
    assert pos.ledger_causes("bonifiq", ANA).count("redeem") == 1
    pos.run(sale.abandon())
    assert sale.status is SaleStatus.ABANDONED
    assert pos.points("bonifiq", ANA) == before
