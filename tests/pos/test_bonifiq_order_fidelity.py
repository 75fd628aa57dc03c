"""The BonifiQ order as BonifiQ's own POS guide sends it: the customer, its enrolment, a product reward's line.

https://developers.bonifiq.com.br/api-reference/pos/this-is-shortcut-for-the-original-orders-endpoint-to-add-orders-into-bonifiq
and the guide's cookbook, https://github.com/bonifiq/pdv-bonifiqintegration-example (docs/cookbook.md).
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from loyaltykit import errors
from loyaltykit.bonifiq import Product
from pos.harness import PosHarness
from pos.test_order_contents import stored_order

ANA = "ana@example.com"  # enrolled, no PIN, 1500 points
EVA = "eva@example.com"  # not enrolled: ShouldValidateCustomerSignup
PERCENT_SHIRT, GIFT_MUG = 4, 5  # 20% on SKU-100 (150 points); a free SKU-200 (400 points)


def test_the_order_carries_the_customer_from_available_and_its_status(pos: PosHarness) -> None:
    order_id = f"fid-{pos.mode}-customer"
    sale = pos.bonifiq().pos.checkout(ANA, order_id, Decimal("80.00"))
    pos.run(sale.rewards())
    pos.run(sale.complete(total="80.00"))
    order = stored_order(pos, "bonifiq", order_id)
    assert order["Customer"] == {
        "OriginalId": ANA,
        "Name": "Ana Exemplo",
        "Email": "ana@example.com",
        "Phone": "+55 11 90000-0001",
        "Document": "00000000191",
        "IsEnrolled": True,
    }
    assert order["OrderStatus"] == "Concluído"


def test_a_signup_validated_by_pin_enrols_the_customer_through_the_order(pos: PosHarness) -> None:
    order_id = f"fid-{pos.mode}-signup"
    bq = pos.bonifiq()
    sale = bq.pos.checkout(EVA, order_id, Decimal("60.00"))
    offer = pos.run(sale.rewards())
    assert offer.validation_required and not pos.state("bonifiq", EVA)["is_enrolled"]
    pos.run(sale.send_challenge(document="00000000515", name="Eva Amostra"))
    pos.run(sale.validate(pos.pin(EVA)))
    pos.run(sale.complete(total="60.00"))
    customer = stored_order(pos, "bonifiq", order_id)["Customer"]
    assert customer["IsEnrolled"] is True and customer["Document"] == "00000000515"
    assert pos.state("bonifiq", EVA)["is_enrolled"]
    after = pos.run(bq.pos.available(EVA, Decimal("60.00")))
    assert after.should_validate_customer_signup is False


def test_a_signup_not_validated_leaves_the_customer_not_enrolled(pos: PosHarness) -> None:
    order_id = f"fid-{pos.mode}-no-signup"
    sale = pos.bonifiq().pos.checkout(EVA, order_id, Decimal("60.00"))
    pos.run(sale.rewards())
    pos.run(sale.complete(total="60.00"))
    assert stored_order(pos, "bonifiq", order_id)["Customer"]["IsEnrolled"] is False
    assert not pos.state("bonifiq", EVA)["is_enrolled"]


def test_a_gift_reward_adds_its_product_line_at_zero(pos: PosHarness) -> None:
    order_id = f"fid-{pos.mode}-gift"
    sale = pos.bonifiq().pos.checkout(ANA, order_id, Decimal("30.00"), products=[Product("SKU-300", "30.00")])
    pos.run(sale.rewards())
    pos.run(sale.redeem(GIFT_MUG))
    pos.run(sale.complete(total="30.00"))
    order = stored_order(pos, "bonifiq", order_id)
    assert [(p["OriginalId"], p["ProductPrice"]) for p in order["Products"]] == [
        ("SKU-300", Decimal("30.00")),
        ("SKU-200", Decimal("0.00")),
    ]
    assert order["Products"][1]["Title"] == "Caneca" and order["Products"][1]["IsActive"] is True


def test_a_percent_product_reward_is_priced_from_the_sales_product_and_may_raise_the_total(pos: PosHarness) -> None:
    order_id = f"fid-{pos.mode}-percent"
    cart = [Product("SKU-100", "60.00", discount_price="50.00"), Product("SKU-300", "30.00")]
    sale = pos.bonifiq().pos.checkout(ANA, order_id, Decimal("80.00"), products=cart)
    pos.run(sale.rewards())
    pos.run(sale.redeem(PERCENT_SHIRT))
    with pytest.raises(errors.InvalidArgumentError, match=r"purchase_value \+ reward_price \(120.00\)"):
        pos.run(sale.complete(total="120.01"))
    pos.run(sale.complete(total="120.00"))  # 80.00 of cart + a second shirt at 50.00 - 20%
    order = stored_order(pos, "bonifiq", order_id)
    assert order["OrderTotal"] == Decimal("120.00")
    assert [(p["OriginalId"], p["ProductPrice"]) for p in order["Products"]] == [
        ("SKU-100", Decimal("50.00")),
        ("SKU-300", Decimal("30.00")),
        ("SKU-100", Decimal("40.00")),
    ]


def test_a_product_reward_whose_price_is_unknown_needs_reward_price(pos: PosHarness) -> None:
    order_id = f"fid-{pos.mode}-price"
    sale = pos.bonifiq().pos.checkout(ANA, order_id, Decimal("30.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(PERCENT_SHIRT))
    with pytest.raises(errors.InvalidArgumentError, match="reward_price"):
        pos.run(sale.complete(total="30.00"))
    pos.run(sale.complete(total="69.90", reward_price="39.90"))
    order = stored_order(pos, "bonifiq", order_id)
    assert [(p["OriginalId"], p["ProductPrice"]) for p in order["Products"]] == [("SKU-100", Decimal("39.90"))]


def test_reward_price_without_a_product_reward_is_refused(pos: PosHarness) -> None:
    sale = pos.bonifiq().pos.checkout(ANA, f"fid-{pos.mode}-no-product", Decimal("30.00"))
    pos.run(sale.rewards())
    with pytest.raises(errors.InvalidArgumentError, match="reward_price"):
        pos.run(sale.complete(total="30.00", reward_price="0"))
    with pytest.raises(errors.InvalidArgumentError, match="reward_price"):
        pos.run(
            pos.gameball()
            .pos.checkout(ANA, f"gb-{pos.mode}-x", Decimal("30.00"))
            .complete(total="30.00", reward_price="1.00")
        )
