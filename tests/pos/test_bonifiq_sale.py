"""The BonifiQ POS sale against the stateful sandbox: every step, exactly once, sync and async."""

from __future__ import annotations

from decimal import Decimal

import pytest

import loyaltykit
from loyaltykit import errors
from loyaltykit.bonifiq import Product
from loyaltykit.checkout import Payment, RewardKind, SaleStatus
from pos.harness import PosHarness

ANA = "ana@example.com"  # no PIN, 1500 points, 25.00 cashback
BRUNO = "bruno@example.com"  # PIN required
DIEGO = "00000000434"  # PIN required, no phone nor e-mail on file
FIXED, PERCENT, CASHBACK, PRODUCT = 1, 2, 3, 4


def test_each_reward_type_redeems_and_links_to_its_order(pos: PosHarness) -> None:
    bq = pos.bonifiq()
    for number, (reward_id, cashback) in enumerate(
        [(FIXED, None), (PERCENT, None), (CASHBACK, "5.00"), (PRODUCT, None)]
    ):
        order_id = f"pdv-{pos.mode}-{number}"
        points_before, cashback_before = pos.points("bonifiq", ANA), pos.cashback(ANA)
        sale = bq.pos.checkout(ANA, order_id, Decimal("120.00"), products=[Product("SKU-100", "60.00", quantity=2)])
        offer = pos.run(sale.rewards())
        option = offer.reward(reward_id)
        assert option.can_use

        redemption = pos.run(sale.redeem(option, cashback=cashback))
        assert redemption.external_code
        assert sale.status is SaleStatus.REDEEMED
        if option.kind is RewardKind.PRODUCT:
            assert redemption.external_product_id == "SKU-100"
        if cashback is not None:
            assert pos.cashback(ANA) == cashback_before - Decimal(cashback)
        else:
            assert pos.points("bonifiq", ANA) == points_before - option.points

        order = pos.run(sale.complete(total=Decimal("100.00"), payments=[Payment("DINHEIRO", "100.00")]))
        assert order.external_code == redemption.external_code
        stored = pos.run(bq.orders.get(order_id))
        assert stored.coupon == redemption.external_code
        assert sale.status is SaleStatus.COMPLETED


def test_redeem_is_refused_before_a_required_validation_without_calling_the_api(pos: PosHarness) -> None:
    sale = pos.bonifiq().pos.checkout(BRUNO, f"pdv-{pos.mode}-v", Decimal("80.00"))
    offer = pos.run(sale.rewards())
    assert offer.validation_required and sale.validation_required
    before = pos.ledger_causes("bonifiq", BRUNO)
    with pytest.raises(errors.ValidationRequiredError):
        pos.run(sale.redeem(FIXED))
    assert pos.ledger_causes("bonifiq", BRUNO) == before


def test_validation_with_the_pin_then_redeem(pos: PosHarness) -> None:
    sale = pos.bonifiq().pos.checkout(BRUNO, f"pdv-{pos.mode}-pin", Decimal("80.00"))
    pos.run(sale.rewards())
    challenge = pos.run(sale.send_challenge())
    assert challenge.sent and challenge.transaction_id
    with pytest.raises(errors.ChallengeFailedError):
        pos.run(sale.validate("000000" if pos.pin(BRUNO) != "000000" else "111111"))
    pos.run(sale.validate(pos.pin(BRUNO)))
    redemption = pos.run(sale.redeem(FIXED))
    assert redemption.external_code


def test_validation_is_skipped_when_not_required(pos: PosHarness) -> None:
    sale = pos.bonifiq().pos.checkout(ANA, f"pdv-{pos.mode}-skip", Decimal("80.00"))
    assert pos.run(sale.rewards()).validation_required is False
    assert pos.run(sale.redeem(FIXED)).external_code


def test_the_should_inform_phone_round_reuses_the_transaction_id(pos: PosHarness) -> None:
    sale = pos.bonifiq().pos.checkout(DIEGO, f"pdv-{pos.mode}-phone", Decimal("80.00"))
    pos.run(sale.rewards())
    first = pos.run(sale.send_challenge())
    assert not first.sent and (first.needs_phone or first.needs_email)
    second = pos.run(sale.send_challenge(phone="+55 11 90000-0004"))
    assert second.sent
    assert second.transaction_id == first.transaction_id
    pos.run(sale.validate(pos.pin(DIEGO)))
    assert pos.run(sale.redeem(FIXED)).external_code


def test_cashback_over_the_cap_is_refused_locally(pos: PosHarness) -> None:
    sale = pos.bonifiq().pos.checkout(ANA, f"pdv-{pos.mode}-cap", Decimal("40.00"))
    offer = pos.run(sale.rewards())
    cap = offer.reward(CASHBACK).max_cashback
    assert cap is not None and cap > 0
    before = pos.ledger_causes("bonifiq", ANA)
    with pytest.raises(errors.InvalidArgumentError) as caught:
        pos.run(sale.redeem(CASHBACK, cashback=cap + Decimal("0.01")))
    assert caught.value.field == "cashback" and "MaxCashbackForCurrentPurchase" in caught.value.rule
    for bad in ("0", "-1"):
        with pytest.raises(errors.InvalidArgumentError):
            pos.run(sale.redeem(CASHBACK, cashback=bad))
    assert pos.ledger_causes("bonifiq", ANA) == before


def test_a_reward_that_cannot_be_used_is_refused_locally(pos: PosHarness) -> None:
    sale = pos.bonifiq().pos.checkout(ANA, f"pdv-{pos.mode}-cannot", Decimal("40.00"))
    offer = pos.run(sale.rewards())
    unusable = next(r for r in offer.rewards if not r.can_use)
    with pytest.raises(errors.RewardNotUsableError) as caught:
        pos.run(sale.redeem(unusable))
    assert caught.value.reason == unusable.cannot_use_reason


def test_a_lost_response_is_retried_and_redeems_once(pos: PosHarness) -> None:
    pos.fault("POS_Redeem", "drop_after_commit", times=1)
    before = pos.points("bonifiq", ANA)
    sale = pos.bonifiq().pos.checkout(ANA, f"pdv-{pos.mode}-lost", Decimal("80.00"))
    pos.run(sale.rewards())
    redemption = pos.run(sale.redeem(FIXED))
    assert [entry["kind"] for entry in pos.fault_log()] == ["drop_after_commit"]
    assert pos.points("bonifiq", ANA) == before - 100
    assert pos.ledger_causes("bonifiq", ANA).count("redeem") == 1
    assert redemption.external_code


def test_a_restarted_pos_gets_the_same_external_code_and_no_second_charge(pos: PosHarness) -> None:
    pos.fault("POS_Redeem", "drop_after_commit", times=1)
    order_id = f"pdv-{pos.mode}-restart"
    before = pos.points("bonifiq", ANA)
    crashed = pos.bonifiq(max_retries=0).pos.checkout(ANA, order_id, Decimal("80.00"))
    pos.run(crashed.rewards())
    with pytest.raises(errors.APIConnectionError):
        pos.run(crashed.redeem(FIXED))
    with pytest.raises(errors.SaleStateError, match="unknown"):
        pos.run(crashed.complete(total="70.00"))

    restarted = pos.bonifiq().pos.checkout(ANA, order_id, Decimal("80.00"))  # a new process, same sale
    pos.run(restarted.rewards())
    first = pos.run(restarted.redeem(FIXED))
    another = pos.bonifiq().pos.checkout(ANA, order_id, Decimal("80.00"))  # and once more
    pos.run(another.rewards())
    again = pos.run(another.redeem(FIXED))
    assert first.external_code == again.external_code
    assert pos.points("bonifiq", ANA) == before - 100
    assert pos.ledger_causes("bonifiq", ANA).count("redeem") == 1


def test_completing_twice_gives_one_order(pos: PosHarness) -> None:
    order_id = f"pdv-{pos.mode}-twice"
    bq = pos.bonifiq()
    sale = bq.pos.checkout(ANA, order_id, Decimal("80.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(FIXED))
    first = pos.run(sale.complete(total="70.00"))
    second = pos.run(sale.complete(total="70.00"))
    assert not first.already_existed and second.already_existed
    again = bq.pos.checkout(ANA, order_id, Decimal("80.00"))  # a restarted POS completes again
    pos.run(again.complete(total="70.00"))
    with pos.sandbox.runtime.store.read() as db:
        stored = db.scalar("SELECT COUNT(*) FROM orders WHERE vendor = 'bonifiq' AND original_id = ?", (order_id,))
    assert stored == 1
    assert pos.run(bq.orders.get(order_id)).original_id == order_id


def test_abandon_gives_the_points_back_and_is_safe_twice(pos: PosHarness) -> None:
    before = pos.points("bonifiq", ANA)
    sale = pos.bonifiq().pos.checkout(ANA, f"pdv-{pos.mode}-abandon", Decimal("80.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(FIXED))
    assert pos.points("bonifiq", ANA) == before - 100
    pos.run(sale.abandon())
    pos.run(sale.abandon())
    assert sale.status is SaleStatus.ABANDONED
    assert pos.points("bonifiq", ANA) == before
    with pytest.raises(errors.SaleStateError):
        pos.run(sale.complete(total="80.00"))


def test_leaving_the_with_block_by_an_exception_abandons(pos: PosHarness) -> None:
    before = pos.points("bonifiq", ANA)
    sale = pos.bonifiq().pos.checkout(ANA, f"pdv-{pos.mode}-ctx", Decimal("80.00"))

    def body(s: object) -> object:
        async def async_body() -> None:
            await sale.rewards()
            await sale.redeem(FIXED)
            raise RuntimeError("the card was declined")

        if pos.is_async:
            return async_body()
        pos.run(sale.rewards())
        pos.run(sale.redeem(FIXED))
        raise RuntimeError("the card was declined")

    with pytest.raises(RuntimeError, match="declined"):
        pos.in_sale(sale, body)
    assert sale.status is SaleStatus.ABANDONED
    assert pos.points("bonifiq", ANA) == before


def test_abandoning_an_unknown_redeem_cancels_it_by_original_key(pos: PosHarness) -> None:
    pos.fault("POS_Redeem", "drop_after_commit", times=1)
    before = pos.points("bonifiq", ANA)
    sale = pos.bonifiq(max_retries=0).pos.checkout(ANA, f"pdv-{pos.mode}-unknown", Decimal("80.00"))
    pos.run(sale.rewards())
    with pytest.raises(errors.APIConnectionError):
        pos.run(sale.redeem(FIXED))
    assert pos.points("bonifiq", ANA) == before - 100  # it did go through
    pos.run(sale.abandon())
    assert pos.points("bonifiq", ANA) == before


def test_partial_cancel_checks_sums_and_applies_once(pos: PosHarness) -> None:
    order_id = f"pdv-{pos.mode}-partial"
    bq = pos.bonifiq()
    sale = bq.pos.checkout(ANA, order_id, Decimal("100.00"), products=[Product("SKU-1", "60"), Product("SKU-2", "40")])
    pos.run(sale.rewards())
    pos.run(sale.complete(total="100.00"))
    with pytest.raises(errors.InvalidArgumentError, match="add up"):
        pos.run(bq.pos.partial_cancel(order_id, "30.00", products={"SKU-1": "20.00", "SKU-2": "9.99"}))
    refund = pos.run(bq.pos.partial_cancel(order_id, "30.00", products={"SKU-1": "20.00", "SKU-2": "10.00"}))
    assert not refund.already_applied and refund.key.startswith("lk1-cancel-")
    repeated = pos.run(bq.pos.partial_cancel(order_id, "30.00", products={"SKU-1": "20.00", "SKU-2": "10.00"}))
    assert repeated.already_applied and repeated.key == refund.key


def test_cancel_order_gives_the_redeem_back(pos: PosHarness) -> None:
    order_id = f"pdv-{pos.mode}-cancel"
    bq = pos.bonifiq()
    before = pos.points("bonifiq", ANA)
    sale = bq.pos.checkout(ANA, order_id, Decimal("80.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(FIXED))
    pos.run(sale.complete(total="70.00"))
    pos.run(bq.pos.cancel_order(order_id))
    assert pos.points("bonifiq", ANA) == before


def test_sales_satisfy_the_common_protocol(pos: PosHarness) -> None:
    sale = pos.bonifiq().pos.checkout(ANA, "pdv-proto", Decimal("10"))
    protocol = loyaltykit.AsyncCheckout if pos.is_async else loyaltykit.Checkout
    assert isinstance(sale, protocol)


def test_change_key_reuse_is_reported_as_already_applied(pos: PosHarness) -> None:
    bq = pos.bonifiq()
    before = pos.points("bonifiq", ANA)
    first = pos.run(bq.customers.add_points(ANA, 25, change_key=f"campaign-7-{pos.mode}", reason="campaign 7"))
    second = pos.run(bq.customers.add_points(ANA, 25, change_key=f"campaign-7-{pos.mode}", reason="campaign 7"))
    assert not first.already_applied and second.already_applied
    assert pos.points("bonifiq", ANA) == before + 25
    removed = pos.run(bq.customers.remove_cashback(ANA, "2.50", change_key=f"fix-{pos.mode}", reason="correction"))
    assert removed.amount == Decimal("-2.50")
