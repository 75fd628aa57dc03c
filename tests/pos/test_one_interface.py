"""One checkout function serves both vendors, through ``loyaltykit.Checkout``."""

from __future__ import annotations

from decimal import Decimal

import loyaltykit
from loyaltykit import errors, idempotency
from loyaltykit.checkout import AsyncCheckout, Checkout, CompletedOrder, SaleStatus
from pos.harness import PosHarness


def sell_with_cashback(sale: Checkout, amount: Decimal, total: Decimal) -> CompletedOrder:
    """What a POS writes once: rewards, then cashback if any, then the order."""
    with sale:
        offer = sale.rewards()
        option = offer.cashback_reward
        if option is not None:
            sale.redeem(option, cashback=amount)
        return sale.complete(total=total)


async def sell_with_cashback_async(sale: AsyncCheckout, amount: Decimal, total: Decimal) -> CompletedOrder:
    async with sale:
        offer = await sale.rewards()
        option = offer.cashback_reward
        if option is not None:
            await sale.redeem(option, cashback=amount)
        return await sale.complete(total=total)


def test_the_same_code_sells_on_both_vendors(pos: PosHarness) -> None:
    sales = [
        pos.bonifiq().pos.checkout("ana@example.com", f"one-{pos.mode}-1", Decimal("100.00")),
        pos.gameball().pos.checkout("ana@example.com", f"one-{pos.mode}-2", Decimal("100.00")),
    ]
    for sale in sales:
        if pos.is_async:
            assert isinstance(sale, loyaltykit.AsyncCheckout)
            order = pos.run(sell_with_cashback_async(sale, Decimal("5.00"), Decimal("95.00")))
        else:
            assert isinstance(sale, loyaltykit.Checkout)
            order = sell_with_cashback(sale, Decimal("5.00"), Decimal("95.00"))
        assert order.external_code
        assert sale.status is SaleStatus.COMPLETED


def test_original_key_is_deterministic_and_hides_the_customer() -> None:
    key = idempotency.original_key(7, "ana@example.com", "order-1", Decimal("10"))
    assert key == idempotency.original_key(7, "ana@example.com", "order-1", Decimal("10.00"))
    assert key != idempotency.original_key(7, "ana@example.com", "order-2", Decimal("10"))
    assert key != idempotency.original_key(7, "ana@example.com", "order-1", Decimal("10.01"))
    assert key != idempotency.original_key(8, "ana@example.com", "order-1", Decimal("10"))
    assert key.startswith("lk1-redeem-") and "ana" not in key
    # Pinned: a change to the derivation would make restarted terminals redeem again.
    assert (
        key
        == "lk1-redeem-"
        + __import__("hashlib")
        .sha256("\x1f".join(["redeem", "7", "ana@example.com", "order-1", "10.00"]).encode())
        .hexdigest()[:24]
    )


def test_cancel_key_does_not_depend_on_product_order() -> None:
    a = idempotency.cancel_key("o-1", Decimal("30"), [("B", Decimal("10")), ("A", Decimal("20"))])
    b = idempotency.cancel_key("o-1", Decimal("30.00"), [("A", Decimal("20.00")), ("B", Decimal("10"))])
    assert a == b and a.startswith("lk1-cancel-")


def test_redemption_points_are_the_points_spent_and_positive_on_both_vendors(pos: PosHarness) -> None:
    # BonifiQ answers the redeem with the ledger's Point.Quantity (negative: a debit); Gameball
    # with holdEquivalentPoints (positive). The interface reports the points spent, positive.
    bonifiq = pos.bonifiq().pos.checkout("ana@example.com", f"sign-{pos.mode}-bq", Decimal("80.00"))
    gameball = pos.gameball().pos.checkout("ana@example.com", f"sign-{pos.mode}-gb", Decimal("80.00"))
    spent = []
    for sale, reward, cashback in ((bonifiq, 1, None), (gameball, "points", Decimal("10.00"))):
        offer = pos.run(sale.rewards())
        spent.append((offer.reward(reward).points, pos.run(sale.redeem(reward, cashback=cashback)).points))
    assert spent[0] == (100, 100)  # BonifiQ's fixed reward costs 100 points
    assert spent[1][1] == 100  # R$10.00 of points at 0.10 each


def test_after_a_lost_order_answer_redeem_asks_for_complete_on_both_vendors(pos: PosHarness) -> None:
    # One meaning: the order may exist and carry the redeem, so redeeming again (even the same
    # reward) is refused until complete() again tells; BonifiQ used to hand back its redemption.
    routes = {"bonifiq": "POST /v1/pvt/POS/orders", "gameball": "trackOrder"}
    for vendor, reward, cashback in (("bonifiq", 1, None), ("gameball", "points", "5.00")):
        pos.fault(routes[vendor], "drop_after_commit", times=1)
        client = getattr(pos, vendor)(max_retries=0)
        sale = client.pos.checkout("ana@example.com", f"pending-{vendor}-{pos.mode}", Decimal("80.00"))
        pos.run(sale.rewards())
        redemption = pos.run(sale.redeem(reward, cashback=cashback))
        try:
            pos.run(sale.complete(total="70.00"))
        except errors.APIConnectionError:
            pass
        else:
            raise AssertionError("the order's answer was not lost")
        try:
            pos.run(sale.redeem(reward, cashback=cashback))
        except errors.SaleStateError as error:
            assert "complete" in str(error)
        else:
            raise AssertionError(f"{vendor}: redeem() after a lost order answer was not refused")
        assert pos.run(sale.complete(total="70.00")).external_code == redemption.external_code
