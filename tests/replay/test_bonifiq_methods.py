"""Each BonifiQ facade method, replayed."""

from __future__ import annotations

import asyncio
from decimal import Decimal

import pytest
from loyaltykit_bonifiq_api.api.customer import customer_upsert
from loyaltykit_bonifiq_api.models.cancel_order_response import CancelOrderResponse
from loyaltykit_bonifiq_api.models.checkout_customer_request import CheckoutCustomerRequest
from loyaltykit_bonifiq_api.models.checkout_redeem_request import CheckoutRedeemRequest
from loyaltykit_bonifiq_api.models.checkout_refresh_cashback_response import CheckoutRefreshCashbackResponse
from loyaltykit_bonifiq_api.models.checkout_remove_cashback_response import CheckoutRemoveCashbackResponse
from loyaltykit_bonifiq_api.models.complete_order_response import CompleteOrderResponse
from loyaltykit_bonifiq_api.models.couponless_reward_redeem_response import CouponlessRewardRedeemResponse
from loyaltykit_bonifiq_api.models.create_customer_request import CreateCustomerRequest
from loyaltykit_bonifiq_api.models.order_state import OrderState

import loyaltykit
from loyaltykit import errors
from replay.conftest import BASE_URL, CREDENTIALS

ANA = "ana@example.com"
pytestmark = pytest.mark.vcr


def test_customers_points(bq: loyaltykit.BonifiQ) -> None:
    points = bq.customers.points(ANA)
    assert points.points_balance == 1500 and points.cashback_balance == Decimal("25.00")


def test_customers_points_async() -> None:
    async def run() -> int | None:
        async with loyaltykit.AsyncBonifiQ(
            CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key, base_url=BASE_URL
        ) as client:
            return (await client.customers.points(ANA)).points_balance  # type: ignore[return-value]

    assert asyncio.run(run()) == 1500


def test_customers_get(bq: loyaltykit.BonifiQ) -> None:
    customer = bq.customers.get(ANA).result
    assert customer is not None and customer.name == "Ana Exemplo"


def test_customers_coupons_pages_through_everything(bq: loyaltykit.BonifiQ) -> None:
    codes = [coupon.coupon_code for coupon in bq.customers.coupons(ANA)]
    assert len(codes) == 123 and len(set(codes)) == 123


def test_customers_history(bq: loyaltykit.BonifiQ) -> None:
    assert list(bq.customers.history(ANA))


def test_customers_points_and_cashback_changes(bq: loyaltykit.BonifiQ) -> None:
    assert not bq.customers.add_points(ANA, 10, change_key="replay-add", reason="replay").already_applied
    assert bq.customers.add_points(ANA, 10, change_key="replay-add", reason="replay").already_applied
    bq.customers.remove_points(ANA, 5, change_key="replay-remove", reason="replay")
    bq.customers.add_cashback(ANA, "1.50", change_key="replay-cb-add", reason="replay")
    bq.customers.remove_cashback(ANA, "0.50", change_key="replay-cb-remove", reason="replay")
    assert bq.customers.points(ANA).points_balance == 1505


def test_pos_available_and_redeem(bq: loyaltykit.BonifiQ) -> None:
    offer = bq.pos.available(ANA, Decimal("80.00"))
    assert offer.rewards
    redemption = bq.pos.redeem(1, ANA, original_key="replay-redeem-1")
    assert redemption.external_code


def test_pos_cancel_and_partial_cancel(bq: loyaltykit.BonifiQ) -> None:
    sale = bq.pos.checkout(ANA, "replay-order-1", Decimal("100.00"))
    sale.rewards()
    sale.complete(total="100.00")
    refund = bq.pos.partial_cancel("replay-order-1", "10.00")
    assert not refund.already_applied
    cancelled = bq.pos.cancel_order("replay-order-1")
    assert cancelled.has_error is False and isinstance(cancelled.result, CancelOrderResponse)
    assert cancelled.result.is_canceled is True and cancelled.result.status == OrderState.CANCELADO


def test_orders_get_cancel_complete(bq: loyaltykit.BonifiQ) -> None:
    sale = bq.pos.checkout(ANA, "replay-order-2", Decimal("50.00"))
    sale.rewards()
    sale.complete(total="50.00")
    assert bq.orders.get("replay-order-2").original_id == "replay-order-2"
    completed = bq.orders.complete("replay-order-2")
    assert completed.has_error is False and isinstance(completed.result, CompleteOrderResponse)
    assert completed.result.is_completed is True and completed.result.status == OrderState.COMPLETO
    cancelled = bq.orders.cancel("replay-order-2")
    assert cancelled.has_error is False and isinstance(cancelled.result, CancelOrderResponse)
    assert cancelled.result.is_canceled is True and cancelled.result.status == OrderState.CANCELADO


def test_rewards_get(bq: loyaltykit.BonifiQ) -> None:
    redemption = bq.pos.redeem(1, ANA, original_key="replay-redeem-2")
    assert redemption.reward_id is not None
    assert bq.rewards.get(redemption.reward_id).external_code == redemption.external_code


def test_checkout_redeem_refresh_remove(bq: loyaltykit.BonifiQ) -> None:
    redeemed = bq.ecommerce_cashback.redeem(
        CheckoutRedeemRequest(
            customer_id=ANA, checkout_id="cart-1", cashback_value=Decimal("5.00"), total=Decimal("50")
        )
    )
    assert redeemed.has_error is False and isinstance(redeemed.result, CouponlessRewardRedeemResponse)
    assert redeemed.result.reward_id is not None and redeemed.result.external_code
    cart = CheckoutCustomerRequest(customer_id=ANA, checkout_id="cart-1", total=Decimal("50"))
    refreshed = bq.ecommerce_cashback.refresh(cart)
    assert refreshed.has_error is False and isinstance(refreshed.result, CheckoutRefreshCashbackResponse)
    assert refreshed.result.cashback_removed is False and refreshed.code_name == "CashbackStillApplied"
    removed = bq.ecommerce_cashback.remove(cart)
    assert removed.has_error is False and isinstance(removed.result, CheckoutRemoveCashbackResponse)
    assert removed.result.success is True and removed.code_name == "CashbackRemovedSuccessfully"


def test_low_level_call(bq: loyaltykit.BonifiQ) -> None:
    envelope = bq.call(customer_upsert, body=CreateCustomerRequest(original_id="new@example.com", name="New Person"))
    assert envelope.has_error is False


def test_an_unknown_customer_is_data_and_an_unknown_order_an_error(bq: loyaltykit.BonifiQ) -> None:
    assert bq.customers.points("nobody@example.com").customer_exists is False
    with pytest.raises(errors.NotFoundError):
        bq.orders.get("no-such-order")
