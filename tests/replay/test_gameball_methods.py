"""Each Gameball facade method, replayed."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest
from loyaltykit_gameball_api.models.track_order_body import TrackOrderBody

import loyaltykit
from loyaltykit import errors

ANA = "ana@example.com"
NOW = datetime(2026, 1, 15, 14, 30, tzinfo=UTC)
pytestmark = pytest.mark.vcr


def order(order_id: str, total: str) -> TrackOrderBody:
    return TrackOrderBody(customer_id=ANA, order_id=order_id, total_paid=Decimal(total), order_date=NOW)


def test_customers_balance(gb: loyaltykit.Gameball) -> None:
    balance = gb.customers.balance(ANA)
    assert balance.available_points_balance == 1500 and balance.available_points_value == Decimal("150.00")


def test_customers_coupons(gb: loyaltykit.Gameball) -> None:
    assert gb.customers.coupons(ANA)


def test_transactions_list_follows_the_cursor(gb: loyaltykit.Gameball) -> None:
    for number in range(3):
        gb.orders.track(order(f"replay-gb-{number}", "10"))
    transactions = list(gb.transactions.list(customer_id=ANA, limit=2))
    assert len(transactions) >= 3


def test_orders_track_and_transactions(gb: loyaltykit.Gameball) -> None:
    gb.orders.track(order("replay-gb-order", "30.00"))
    assert gb.orders.transactions("replay-gb-order") is not None


def test_coupons_validate(gb: loyaltykit.Gameball) -> None:
    code = gb.customers.coupons(ANA)[0].code
    assert isinstance(code, str)
    assert gb.coupons.validate(ANA, [code]).valid is True


def test_pos_refund(gb: loyaltykit.Gameball) -> None:
    gb.orders.track(order("replay-gb-refund", "40.00"))
    refund = gb.pos.refund(ANA, "replay-gb-refund", "10.00")
    assert not refund.already_applied
    assert gb.pos.refund(ANA, "replay-gb-refund", "10.00").already_applied


def test_an_error_replays_as_its_exception(gb: loyaltykit.Gameball) -> None:
    with pytest.raises(errors.NotFoundError) as caught:
        gb.customers.balance("nobody@example.com")
    assert caught.value.code is not None
