"""The sale of BonifiQ's own POS guide, end to end on the sandbox, through the public facade only.

The guide (BonifiQ's demo POS, https://github.com/bonifiq/pdv-bonifiqintegration-example, docs/cookbook.md
and docs/fluxo.md): /POS/rewards/available with the cart's products (IsActive on each), the PIN,
which for a customer not yet enrolled is a signup validation (Document and Name sent with the
challenge, IsEnrolled=true on the order), a product reward whose product is added to the order as
its own line at the reward price, cashback, the order with the customer and its payments, and a
partial cancel that overrides the store's ShouldRefundRedeem. Every check reads what the sandbox
stored: orders, balances, the ledger.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx

from loyaltykit.bonifiq import Product
from loyaltykit.checkout import Payment, RewardKind, SaleStatus
from pos.harness import PosHarness
from pos.test_order_contents import stored_order

EVA = "eva@example.com"  # seeded not enrolled: ShouldValidateCustomerSignup
ANA = "ana@example.com"  # enrolled, 1500 points, 25.00 cashback
GIFT_MUG = 5  # RewardType 5, FreeGift of SKU-200 for 400 points
CART = [
    Product("SKU-300", "49.90", title="Camiseta Básica", discount_price="39.90", line_id="line-1"),
    Product("SKU-400", "35.05", title="Calça Jeans", quantity=2, line_id="line-2"),
]  # 39.90 + 2 x 35.05 = 110.00


def entries_since(pos: PosHarness, customer: str, since: int) -> list[dict[str, Any]]:
    return pos.state("bonifiq", customer)["ledger"][since:]


def sent_to_available(pos: PosHarness) -> tuple[Any, list[Any]]:
    """An httpx client for the facade that keeps the bodies sent to /POS/rewards/available."""
    bodies: list[Any] = []

    def keep(request: httpx.Request) -> None:
        if request.url.path.endswith("/POS/rewards/available"):
            bodies.append(json.loads(request.content))

    async def keep_async(request: httpx.Request) -> None:
        keep(request)

    if pos.is_async:
        return httpx.AsyncClient(event_hooks={"request": [keep_async]}), bodies
    return httpx.Client(event_hooks={"request": [keep]}), bodies


def test_the_vendor_guides_sale_runs_end_to_end(pos: PosHarness) -> None:
    http, available_bodies = sent_to_available(pos)
    bq = pos.bonifiq(http_client=http)

    # 1. A customer not yet enrolled: the PIN is a signup validation, the order enrols her.
    signup_order = f"guide-{pos.mode}-signup"
    sale = bq.pos.checkout(EVA, signup_order, Decimal("110.00"), products=CART)
    offer = pos.run(sale.rewards())
    assert offer.validation_required and offer.detail.should_validate_customer_signup
    assert [(p["OriginalId"], p["LineId"], p["Quantity"], p["IsActive"]) for p in available_bodies[0]["Products"]] == [
        ("SKU-300", "line-1", 1, True),
        ("SKU-400", "line-2", 2, True),
    ]
    challenge = pos.run(sale.send_challenge(document="000.000.005-15", name="Eva Amostra"))
    assert challenge.sent and (challenge.sent_by_sms or challenge.sent_by_email)
    pos.run(sale.validate(pos.pin(EVA)))
    pos.run(
        sale.complete(total="110.00", payments=[Payment("DINHEIRO", "60.00", name="Dinheiro"), Payment("PIX", "50.00")])
    )
    order = stored_order(pos, "bonifiq", signup_order)
    assert order["Customer"]["IsEnrolled"] is True and order["Customer"]["Name"] == "Eva Amostra"
    assert order["Customer"]["Document"] == "00000000515"
    assert [(m["OriginalId"], m["PaidAmount"]) for m in order["PaymentMethods"]] == [
        ("DINHEIRO", Decimal("60.00")),
        ("PIX", Decimal("50.00")),
    ]
    assert pos.state("bonifiq", EVA)["is_enrolled"]

    # 2. Enrolled now, with points the store credits: a gift product reward, its line at 0.00.
    pos.run(bq.customers.add_points(EVA, 500, change_key=f"guide-{pos.mode}-welcome", reason="boas-vindas"))
    gift_order = f"guide-{pos.mode}-gift"
    sale = bq.pos.checkout(EVA, gift_order, Decimal("110.00"), products=CART)
    offer = pos.run(sale.rewards())
    assert not offer.validation_required
    mug = offer.reward(GIFT_MUG)
    assert mug.kind is RewardKind.PRODUCT and mug.can_use
    redemption = pos.run(sale.redeem(mug))
    assert redemption.external_product_id == "SKU-200"
    pos.run(sale.complete(total="110.00", payments=[Payment("CARTAO", "110.00")]))
    order = stored_order(pos, "bonifiq", gift_order)
    assert order["Coupon"] == redemption.external_code and order["OrderStatus"] == "Concluído"
    assert [(p["OriginalId"], p["ProductPrice"], p["IsActive"]) for p in order["Products"]] == [
        ("SKU-300", Decimal("39.90"), True),
        ("SKU-400", Decimal("70.10"), True),
        ("SKU-200", Decimal("0.00"), True),
    ]
    assert pos.points("bonifiq", EVA) == 100

    # A partial cancel of the trousers that keeps the redeemed mug: ShouldRefundRedeem=false.
    before = len(pos.state("bonifiq", EVA)["ledger"])
    refund = pos.run(
        bq.pos.partial_cancel(gift_order, "70.10", products={"SKU-400": "70.10"}, should_refund_redeem=False)
    )
    assert not refund.already_applied
    assert entries_since(pos, EVA, before) == [] and pos.points("bonifiq", EVA) == 100

    # 3. Cashback, and a partial cancel that gives its share back: ShouldRefundRedeem=true.
    cashback_order = f"guide-{pos.mode}-cashback"
    sale = bq.pos.checkout(ANA, cashback_order, Decimal("110.00"), products=CART)
    offer = pos.run(sale.rewards())
    assert offer.cashback_reward is not None
    pos.run(sale.redeem(offer.cashback_reward, cashback="10.00"))
    pos.run(sale.complete(total="100.00", payments=[Payment("DINHEIRO", "100.00")]))
    assert sale.status is SaleStatus.COMPLETED
    order = stored_order(pos, "bonifiq", cashback_order)
    assert order["Customer"]["IsEnrolled"] is True and order["Customer"]["Email"] == ANA
    assert sum(p["ProductPrice"] for p in order["Products"]) == order["OrderTotal"] == Decimal("100.00")
    assert pos.cashback(ANA) == Decimal("15.00")
    pos.run(bq.pos.partial_cancel(cashback_order, "50.00", should_refund_redeem=True))
    assert pos.cashback(ANA) == Decimal("20.00")  # half the order back: half the cashback
    assert pos.ledger_causes("bonifiq", ANA)[-3:] == ["redeem", "order_link", "partial_cancel"]
    pos.run(http.aclose()) if pos.is_async else http.close()
