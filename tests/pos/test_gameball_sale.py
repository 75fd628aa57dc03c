"""The Gameball POS sale (balance -> OTP -> hold -> order -> refund) on the sandbox, sync and async."""

from __future__ import annotations

from decimal import Decimal

import pytest

import loyaltykit
from loyaltykit import errors
from loyaltykit.checkout import RewardKind, SaleStatus
from loyaltykit.gameball._checkout import POINTS_OPTION
from pos.harness import PosHarness

ANA = "ana@example.com"  # 1500 points at 0.10 each


def holds(pos: PosHarness, customer: str = ANA) -> list[dict[str, object]]:
    return list(pos.state("gameball", customer)["holds"])


def test_pay_with_points_hold_then_order(pos: PosHarness) -> None:
    gb = pos.gameball()
    before = pos.points("gameball", ANA)
    sale = gb.pos.checkout(ANA, f"gb-{pos.mode}-1", Decimal("120.00"))
    offer = pos.run(sale.rewards())
    option = offer.reward(POINTS_OPTION)
    assert option.kind is RewardKind.POINTS and option.can_use
    assert offer.max_cashback_for_current_purchase == Decimal("120.00")  # 150.00 of points, capped by the bill
    redemption = pos.run(sale.redeem(option, cashback=Decimal("10.00")))
    assert redemption.external_code and redemption.points == 100
    assert pos.points("gameball", ANA) == before - 100
    order = pos.run(sale.complete(total="110.00"))
    assert order.external_code == redemption.external_code
    assert [h["state"] for h in holds(pos)] == ["Used"]
    causes = pos.ledger_causes("gameball", ANA)
    assert causes.count("hold") == 1 and "hold_release" not in causes


def test_a_redemption_rule_is_held_by_rule_id(pos: PosHarness) -> None:
    sale = pos.gameball().pos.checkout(ANA, f"gb-{pos.mode}-rule", Decimal("80.00"))
    offer = pos.run(sale.rewards())
    rule = next(r for r in offer.usable if r.kind is not RewardKind.POINTS)
    redemption = pos.run(sale.redeem(rule))
    assert redemption.points == rule.points


def test_otp_required_refuses_the_hold_until_validated(pos: PosHarness) -> None:
    sale = pos.gameball().pos.checkout(ANA, f"gb-{pos.mode}-otp", Decimal("50.00"), otp_required=True)
    pos.run(sale.rewards())
    assert sale.validation_required
    with pytest.raises(errors.ValidationRequiredError):
        pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    assert holds(pos) == []
    pos.run(sale.send_challenge())
    otp = str(pos.admin.get(f"/gameball/customers/{ANA}/otp").raise_for_status().json()["Otp"])
    pos.run(sale.validate(otp))
    assert pos.run(sale.redeem(POINTS_OPTION, cashback="5.00")).external_code


def test_more_than_points_can_pay_is_refused_locally(pos: PosHarness) -> None:
    sale = pos.gameball().pos.checkout(ANA, f"gb-{pos.mode}-cap", Decimal("20.00"))
    pos.run(sale.rewards())
    with pytest.raises(errors.InvalidArgumentError, match="cashback"):
        pos.run(sale.redeem(POINTS_OPTION, cashback="20.01"))
    assert holds(pos) == []


def test_redeeming_again_reuses_the_active_hold(pos: PosHarness) -> None:
    sale = pos.gameball().pos.checkout(ANA, f"gb-{pos.mode}-again", Decimal("50.00"))
    pos.run(sale.rewards())
    first = pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    second = pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    assert first.external_code == second.external_code
    assert len(holds(pos)) == 1


def test_an_expired_hold_is_replaced(pos: PosHarness) -> None:
    before = pos.points("gameball", ANA)
    sale = pos.gameball().pos.checkout(ANA, f"gb-{pos.mode}-expired", Decimal("50.00"))
    pos.run(sale.rewards())
    first = pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    pos.admin.post("/clock", json={"advance_seconds": 3600}).raise_for_status()
    second = pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    assert second.external_code != first.external_code
    assert pos.points("gameball", ANA) == before - 50


def test_a_lost_order_answer_does_not_create_a_second_order(pos: PosHarness) -> None:
    pos.fault("trackOrder", "drop_after_commit", times=1)
    before = pos.points("gameball", ANA)
    sale = pos.gameball().pos.checkout(ANA, f"gb-{pos.mode}-lost", Decimal("50.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    order = pos.run(sale.complete(total="45.00"))
    assert order.already_existed  # the retry met the order the first attempt had created
    assert [h["state"] for h in holds(pos)] == ["Used"]
    earned = [e for e in pos.state("gameball", ANA)["ledger"] if e["cause"] == "order_earn"]
    assert len(earned) == 1
    assert pos.points("gameball", ANA) == before - 50 + earned[0]["points"]


def test_after_a_lost_order_answer_redeem_takes_no_second_hold(pos: PosHarness) -> None:
    # The order landed and used the hold, but its answer was lost: the sale must not hold points
    # again (that would charge them twice); complete() again finds the order and its hold.
    pos.fault("trackOrder", "drop_after_commit", times=1)
    before = pos.points("gameball", ANA)
    sale = pos.gameball(max_retries=0).pos.checkout(ANA, f"gb-{pos.mode}-pending", Decimal("50.00"))
    pos.run(sale.rewards())
    redemption = pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    with pytest.raises(errors.APIConnectionError):
        pos.run(sale.complete(total="45.00"))
    with pytest.raises(errors.SaleStateError, match="complete"):
        pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    assert len(holds(pos)) == 1
    order = pos.run(sale.complete(total="45.00"))
    assert order.already_existed and order.external_code == redemption.external_code
    earned = [e for e in pos.state("gameball", ANA)["ledger"] if e["cause"] == "order_earn"]
    assert len(holds(pos)) == 1 and len(earned) == 1
    assert pos.points("gameball", ANA) == before - 50 + earned[0]["points"]


def test_redeeming_again_after_an_order_used_the_hold_takes_no_new_hold(pos: PosHarness) -> None:
    from loyaltykit.gameball.resources.pos import order_body, track_order_call

    gb = pos.gameball()
    sale = gb.pos.checkout(ANA, f"gb-{pos.mode}-used", Decimal("50.00"))
    pos.run(sale.rewards())
    redemption = pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    # The order is registered with this hold elsewhere (a terminal that took the sale over).
    order = order_body(
        ANA,
        f"gb-{pos.mode}-used",
        total_paid=Decimal("45.00"),
        total_price=Decimal("50.00"),
        total_discount=Decimal("5.00"),
        hold_reference=redemption.external_code,
        branch=None,
    )
    pos.run(gb.execute(track_order_call(order)))
    assert [h["state"] for h in holds(pos)] == ["Used"]
    again = pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    assert again.external_code == redemption.external_code
    assert [h["state"] for h in holds(pos)] == ["Used"]  # no second hold of the customer's points


def test_payments_that_are_not_payment_objects_are_refused_by_field(pos: PosHarness) -> None:
    sale = pos.gameball().pos.checkout(ANA, f"gb-{pos.mode}-payments", Decimal("50.00"))
    with pytest.raises(errors.InvalidArgumentError, match=r"payments\[0\]"):
        pos.run(sale.complete(total="50.00", payments=[("PIX", "50.00")]))


def test_a_lost_hold_answer_is_never_spent_and_expires(pos: PosHarness) -> None:
    pos.fault("POST /api/v4.0/integrations/transactions/hold", "drop_after_commit", times=1)
    before = pos.points("gameball", ANA)
    sale = pos.gameball().pos.checkout(ANA, f"gb-{pos.mode}-lost-hold", Decimal("50.00"))
    pos.run(sale.rewards())
    with pytest.raises(errors.APIConnectionError):
        pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))  # holds are never resent automatically
    second = pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    pos.run(sale.complete(total="45.00"))
    pos.admin.post("/clock", json={"advance_seconds": 3600}).raise_for_status()
    states = {h["reference"]: h["state"] for h in holds(pos)}
    assert states.pop(second.external_code) == "Used"
    assert list(states.values()) == ["Expired"]
    earned = sum(e["points"] for e in pos.state("gameball", ANA)["ledger"] if e["cause"] == "order_earn")
    assert pos.points("gameball", ANA) == before - 50 + earned


def test_abandon_releases_the_hold_and_is_safe_twice(pos: PosHarness) -> None:
    before = pos.points("gameball", ANA)
    sale = pos.gameball().pos.checkout(ANA, f"gb-{pos.mode}-abandon", Decimal("50.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    pos.run(sale.abandon())
    pos.run(sale.abandon())
    assert sale.status is SaleStatus.ABANDONED
    assert pos.points("gameball", ANA) == before


def test_leaving_the_with_block_by_an_exception_releases_the_hold(pos: PosHarness) -> None:
    before = pos.points("gameball", ANA)
    sale = pos.gameball().pos.checkout(ANA, f"gb-{pos.mode}-ctx", Decimal("50.00"))

    def body(s: object) -> object:
        async def async_body() -> None:
            await sale.rewards()
            await sale.redeem(POINTS_OPTION, cashback="5.00")
            raise RuntimeError("customer walked away")

        if pos.is_async:
            return async_body()
        pos.run(sale.rewards())
        pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
        raise RuntimeError("customer walked away")

    with pytest.raises(RuntimeError):
        pos.in_sale(sale, body)
    assert pos.points("gameball", ANA) == before


def test_refund_applies_once(pos: PosHarness) -> None:
    gb = pos.gameball()
    order_id = f"gb-{pos.mode}-refund"
    sale = gb.pos.checkout(ANA, order_id, Decimal("50.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    pos.run(sale.complete(total="45.00"))
    first = pos.run(gb.pos.refund(ANA, order_id, "10.00"))
    again = pos.run(gb.pos.refund(ANA, order_id, "10.00"))
    assert not first.already_applied and again.already_applied
    assert first.key == again.key
    refunds = [e for e in pos.state("gameball", ANA)["ledger"] if e["ref"] == first.key]
    assert [e["cause"] for e in refunds] == ["refund"]  # applied once


def test_sales_satisfy_the_common_protocol(pos: PosHarness) -> None:
    sale = pos.gameball().pos.checkout(ANA, "gb-proto", Decimal("10"))
    protocol = loyaltykit.AsyncCheckout if pos.is_async else loyaltykit.Checkout
    assert isinstance(sale, protocol)
