"""Each step of both POS flows, replayed: rewards, PIN, redeem, order, abandon."""

from __future__ import annotations

from decimal import Decimal

import pytest

import loyaltykit
from loyaltykit.checkout import SaleStatus
from replay.conftest import admin

pytestmark = pytest.mark.vcr


def test_bonifiq_sale_with_pin_and_a_fixed_value_reward(bq: loyaltykit.BonifiQ) -> None:
    sale = bq.pos.checkout("bruno@example.com", "replay-sale-1", Decimal("80.00"))
    offer = sale.rewards()
    assert sale.validation_required
    challenge = sale.send_challenge()
    assert challenge.sent
    sale.validate(str(admin("/bonifiq/customers/bruno@example.com/pin")["Pin"]))
    redemption = sale.redeem(offer.reward(1))  # reward 1: R$10.00 off, a fixed value
    order = sale.complete(total="70.00")
    assert order.external_code == redemption.external_code
    assert sale.status is SaleStatus.COMPLETED


def test_bonifiq_sale_abandoned(bq: loyaltykit.BonifiQ) -> None:
    sale = bq.pos.checkout("ana@example.com", "replay-sale-2", Decimal("80.00"))
    offer = sale.rewards()
    sale.redeem(offer.reward(3), cashback="5.00")
    sale.abandon()
    assert bq.customers.points("ana@example.com").cashback_balance == Decimal("25.00")


def test_gameball_sale_with_otp_and_points(gb: loyaltykit.Gameball) -> None:
    sale = gb.pos.checkout("ana@example.com", "replay-sale-3", Decimal("80.00"), otp_required=True)
    sale.rewards()
    sale.send_challenge()
    sale.validate(str(admin("/gameball/customers/ana@example.com/otp")["Otp"]))
    redemption = sale.redeem("points", cashback="8.00")
    order = sale.complete(total="72.00")
    assert order.external_code == redemption.external_code


def test_gameball_sale_abandoned(gb: loyaltykit.Gameball) -> None:
    sale = gb.pos.checkout("ana@example.com", "replay-sale-4", Decimal("80.00"))
    sale.rewards()
    sale.redeem("points", cashback="8.00")
    sale.abandon()
    assert gb.customers.balance("ana@example.com").available_points_balance == 1500
