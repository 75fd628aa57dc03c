"""A typed tour of both clients: a dozen methods across BonifiQ and Gameball.

`make test` type-checks this file with ``mypy --strict`` (tests/test_readme_types.py) and runs it
against the sandbox, so what it shows is what the types promise. Run it yourself against a
sandbox with ``loyaltykit sandbox --port 8080`` and then::

    BONIFIQ_BASE_URL=http://127.0.0.1:8080 GAMEBALL_BASE_URL=http://127.0.0.1:8080 \
    BONIFIQ_API_TOKEN=t BONIFIQ_API_KEY=k GAMEBALL_API_KEY=k GAMEBALL_SECRET_KEY=s \
    python examples/typed_tour.py
"""

from __future__ import annotations

from decimal import Decimal

from loyaltykit_bonifiq_api.models import CouponlessRewardRedeemResponse

from loyaltykit import BonifiQ, Gameball
from loyaltykit.checkout import CompletedOrder, Offer, Payment

CUSTOMER = "ana@example.com"


def bonifiq_tour(bq: BonifiQ, order_id: str) -> CompletedOrder:
    points = bq.customers.points(CUSTOMER)
    balance: int | None = points.points_balance
    print("points", balance)

    customer = bq.customers.get(CUSTOMER, timeout=5)
    if customer.result is not None:
        print("enrolled", customer.result.is_enrolled)

    for coupon in bq.customers.coupons(CUSTOMER):  # every page, lazily
        code: str | None = coupon.coupon_code
        print("coupon", code, coupon.coupon_value)
        break

    for entry in bq.customers.history(CUSTOMER):
        print("history", entry.points)
        break

    offer = bq.pos.available(CUSTOMER, Decimal("80.00"))
    cashback: Decimal | None = offer.available_cashback
    print("cashback", cashback, "rewards", len(offer.rewards or []))

    raw = bq.with_raw_response.customers.points(CUSTOMER)
    print("status", raw.status_code, raw.parse().points_balance)

    with bq.with_options(max_retries=1).pos.checkout(CUSTOMER, order_id, Decimal("80.00")) as sale:
        sale_offer: Offer = sale.rewards()
        if sale_offer.cashback_reward is not None and not sale.validation_required:
            redemption = sale.redeem(sale_offer.cashback_reward, cashback=Decimal("5.00"))
            # ``detail`` is the vendor's own model: narrow it to BonifiQ's to read its fields.
            if isinstance(redemption.detail, CouponlessRewardRedeemResponse):
                print("redeemed reward", redemption.detail.reward_id)
            return sale.complete(total=Decimal("75.00"), payments=[Payment("CARD", Decimal("75.00"))])
        return sale.complete(total=Decimal("80.00"))


def gameball_tour(gb: Gameball, order_id: str) -> CompletedOrder:
    balance = gb.customers.balance(CUSTOMER)
    available: Decimal | None = balance.available_points_value
    print("available", balance.available_points_balance, available)

    for coupon in gb.customers.coupons(CUSTOMER):
        print("coupon", coupon.code, coupon.value)

    for transaction in gb.transactions.list(customer_id=CUSTOMER):  # follows the cursor
        print("transaction", transaction.type_, transaction.points)
        break

    details = gb.customers.get_customer(CUSTOMER)
    print("tier", details.customer_id is not None)

    redemption = gb.configurations.get_configurations_redemption(max_retries=0)
    print("redemption configuration", redemption)

    with gb.pos.checkout(CUSTOMER, order_id, Decimal("80.00")) as sale:
        offer = sale.rewards()
        if offer.cashback_reward is not None and not sale.validation_required:
            sale.redeem(offer.cashback_reward, cashback=Decimal("5.00"))
            return sale.complete(total=Decimal("75.00"))
        return sale.complete(total=Decimal("80.00"))


if __name__ == "__main__":
    with BonifiQ() as bq, Gameball() as gb:
        print(bonifiq_tour(bq, "tour-bq-1"))
        print(gameball_tour(gb, "tour-gb-1"))
