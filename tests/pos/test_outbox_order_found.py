"""A queued Gameball order that Gameball had already (9004): the flush says whose it is.

Two terminals may send one order id: one sends it and dies with its answer lost, a successor
without its journal redeems again and completes offline. When the successor's outbox is flushed,
Gameball refuses the order as a duplicate. The stored order is the first terminal's, with the
first hold: the successor's hold must come back and its item must say that no reward of its own
was used (``external_code`` None), so that the POS does not believe the customer got it.
"""

from __future__ import annotations

from decimal import Decimal

from loyaltykit.gameball._checkout import POINTS_OPTION
from loyaltykit.journal import OutboxState
from pos.harness import PosHarness

ANA = "ana@example.com"


def hold_states(pos: PosHarness) -> dict[str, str]:
    return {str(h["reference"]): str(h["state"]) for h in pos.state("gameball", ANA)["holds"]}


def test_another_terminals_stored_order_gives_the_queued_orders_hold_back(pos: PosHarness) -> None:
    order_id = f"gb-{pos.mode}-two-terminals"
    before = pos.points("gameball", ANA)
    first = pos.gameball().pos.checkout(ANA, order_id, Decimal("100.00"))
    pos.run(first.rewards())
    first_hold = pos.run(first.redeem(POINTS_OPTION, cashback="5.00")).external_code
    pos.run(first.complete(total="95.00"))  # stored; this terminal then dies, say

    successor = pos.gameball(max_retries=0)
    sale = successor.pos.checkout(ANA, order_id, Decimal("100.00"), resume=True)
    pos.run(sale.rewards())
    second_hold = pos.run(sale.redeem(POINTS_OPTION, cashback="3.00")).external_code
    pos.fault("trackOrder", "status_503", times=1)
    assert pos.run(sale.complete(total="97.00", offline=True)).queued

    report = pos.run(successor.outbox.flush())

    (item,) = report.delivered
    assert (item.state, item.already_existed, item.external_code) == (OutboxState.DELIVERED, True, None)
    assert hold_states(pos) == {first_hold: "Used", second_hold: "Released"}
    earned = [e for e in pos.state("gameball", ANA)["ledger"] if e["cause"] == "order_earn"]
    assert len(earned) == 1
    assert pos.points("gameball", ANA) == before - 50 + earned[0]["points"]  # the first hold only
    assert successor.outbox.status().delivered == (item,)  # kept in the journal as reported


def test_its_own_order_stored_with_the_answer_lost_keeps_its_hold(pos: PosHarness) -> None:
    order_id = f"gb-{pos.mode}-own-lost"
    gb = pos.gameball(max_retries=0)
    sale = gb.pos.checkout(ANA, order_id, Decimal("100.00"))
    pos.run(sale.rewards())
    hold = pos.run(sale.redeem(POINTS_OPTION, cashback="5.00")).external_code
    pos.fault("trackOrder", "drop_after_commit", times=1)  # Gameball stores it; the answer is lost
    assert pos.run(sale.complete(total="95.00", offline=True)).queued

    (item,) = pos.run(gb.outbox.flush()).delivered

    assert (item.already_existed, item.external_code) == (True, hold)
    assert hold_states(pos) == {hold: "Used"}


def test_an_order_delivered_at_the_first_try_carries_its_hold(pos: PosHarness) -> None:
    order_id = f"gb-{pos.mode}-first-try"
    gb = pos.gameball(max_retries=0)
    sale = gb.pos.checkout(ANA, order_id, Decimal("100.00"))
    pos.run(sale.rewards())
    hold = pos.run(sale.redeem(POINTS_OPTION, cashback="5.00")).external_code
    pos.fault("trackOrder", "status_503", times=1)
    assert pos.run(sale.complete(total="95.00", offline=True)).queued

    (item,) = pos.run(gb.outbox.flush()).delivered

    assert (item.already_existed, item.external_code) == (False, hold)
    assert hold_states(pos) == {hold: "Used"}
