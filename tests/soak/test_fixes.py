"""Focused regressions for the POS-flow bugs the soak found (seeds in test_soak.py), sync and async.

Each test replays the fault or the restart that exposed one bug, against the sandbox, and checks
the ledger: no double spend, no lost sale.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from pos.harness import PosHarness

from loyaltykit import errors
from loyaltykit.checkout import SaleStatus
from loyaltykit.gameball._checkout import POINTS_OPTION

ANA = "ana@example.com"  # 1500 points, 25.00 cashback, no PIN
FIXED, CASHBACK = 1, 3  # BonifiQ: R$10 off for 100 points (from R$50); cashback
ORDERS = "POST /v1/pvt/POS/orders"


def bonifiq_customer(pos: PosHarness, name: str, *, points: int, cashback: int) -> str:
    """A BonifiQ customer with exactly this balance, made through BonifiQ's own API."""
    customer = f"{name}-{pos.mode}@example.com"
    credentials = pos.sandbox.credentials
    auth = (credentials.bonifiq_api_token, credentials.bonifiq_api_key)
    with httpx.Client(base_url=pos.sandbox.base_url + "/v1/pvt", auth=auth) as http:
        http.post("/Customer/upsert", json={"OriginalId": customer, "Name": "Test"}).raise_for_status()
        for kind, amount in (("points", {"Points": points}), ("cashback", {"Value": cashback})):
            if next(iter(amount.values())):
                change = {**amount, "OperationType": 0, "Reason": "test", "ChangeKey": f"{kind}-{customer}"}
                http.post(f"/Customer/{customer}/{kind}", json=change).raise_for_status()
    return customer


def causes(pos: PosHarness, vendor: str, customer: str) -> list[str]:
    return [cause for cause in pos.ledger_causes(vendor, customer) if cause not in ("seed", "points_change")]


def holds(pos: PosHarness, customer: str = ANA) -> dict[str, Any]:
    return {hold["reference"]: hold for hold in pos.state("gameball", customer)["holds"]}


# -- BonifiQ: a restarted terminal re-attaches to its redeem (soak seed 1: 225, 335, 391) ---------


def test_a_restarted_terminal_gets_its_redeem_back_when_its_points_are_gone(pos: PosHarness) -> None:
    customer = bonifiq_customer(pos, "restart-points", points=100, cashback=0)
    first = pos.bonifiq().pos.checkout(customer, f"restart-{pos.mode}", Decimal("80.00"))
    pos.run(first.rewards())
    redemption = pos.run(first.redeem(FIXED))
    # The terminal dies; a fresh client resumes from what the POS's database holds.
    again = pos.bonifiq().pos.checkout(customer, f"restart-{pos.mode}", Decimal("80.00"), resume=True)
    offer = pos.run(again.rewards())
    assert not offer.reward(FIXED).can_use  # the first terminal's redeem took the points
    assert pos.run(again.redeem(FIXED)).external_code == redemption.external_code
    order = pos.run(again.complete(total="70.00"))
    assert order.external_code == redemption.external_code
    assert pos.run(pos.bonifiq().orders.get(f"restart-{pos.mode}")).coupon == redemption.external_code
    assert causes(pos, "bonifiq", customer) == ["redeem", "order_link"]


def test_a_restarted_terminal_gets_its_cashback_redeem_back_and_can_abandon_it(pos: PosHarness) -> None:
    customer = bonifiq_customer(pos, "restart-cashback", points=0, cashback=10)
    first = pos.bonifiq().pos.checkout(customer, f"restart-cb-{pos.mode}", Decimal("80.00"))
    pos.run(first.rewards())
    redemption = pos.run(first.redeem(CASHBACK, cashback="10.00"))
    again = pos.bonifiq().pos.checkout(customer, f"restart-cb-{pos.mode}", Decimal("80.00"), resume=True)
    assert pos.run(again.rewards()).available_cashback == 0
    assert pos.run(again.redeem(CASHBACK, cashback="10.00")).external_code == redemption.external_code
    pos.run(again.abandon())
    assert pos.cashback(customer) == Decimal("10.00")
    assert causes(pos, "bonifiq", customer) == ["cashback_change", "redeem", "redeem_cancel"]


def test_a_restarted_terminal_gets_a_small_cashback_redeem_back_below_the_usable_minimum(pos: PosHarness) -> None:
    # Soak seed 3, sale 284: what the earlier redeem left (0.74) is below the usable minimum (1.00).
    customer = bonifiq_customer(pos, "restart-minimum", points=0, cashback=0)
    pos.run(pos.bonifiq().customers.add_cashback(customer, "1.05", change_key=f"cb-{pos.mode}", reason="test"))
    first = pos.bonifiq().pos.checkout(customer, f"minimum-{pos.mode}", Decimal("80.00"))
    pos.run(first.rewards())
    redemption = pos.run(first.redeem(CASHBACK, cashback="0.31"))
    again = pos.bonifiq().pos.checkout(customer, f"minimum-{pos.mode}", Decimal("80.00"), resume=True)
    option = pos.run(again.rewards()).reward(CASHBACK)
    assert not option.can_use and option.cannot_use_reason == "MINIMUM_VALUE_NOT_REACHED"
    assert pos.run(again.redeem(CASHBACK, cashback="0.31")).external_code == redemption.external_code
    assert pos.run(again.complete(total="79.69")).external_code == redemption.external_code
    assert causes(pos, "bonifiq", customer) == ["cashback_change", "redeem", "order_link"]


def test_a_resumed_redeem_that_never_happened_is_checked_by_bonifiq(pos: PosHarness) -> None:
    customer = bonifiq_customer(pos, "resume-short", points=50, cashback=0)
    sale = pos.bonifiq().pos.checkout(customer, f"resume-short-{pos.mode}", Decimal("80.00"), resume=True)
    pos.run(sale.rewards())
    with pytest.raises(errors.RewardNotUsableError) as caught:
        pos.run(sale.redeem(FIXED))  # sent: no earlier redeem, and 50 points cannot pay 100
    assert caught.value.reason == "NOT_ENOUGH_POINTS" and isinstance(caught.value.__cause__, errors.APIError)
    assert causes(pos, "bonifiq", customer) == []
    assert sale.status is SaleStatus.OPEN


def test_a_sale_that_is_not_resumed_is_still_checked_against_the_offer(pos: PosHarness) -> None:
    customer = bonifiq_customer(pos, "short", points=150, cashback=0)
    pos.run(pos.bonifiq().customers.add_cashback(customer, "0.74", change_key=f"cb-{pos.mode}", reason="test"))
    sale = pos.bonifiq().pos.checkout(customer, f"short-{pos.mode}", Decimal("80.00"))
    offer = pos.run(sale.rewards())
    assert offer.reward(FIXED).can_use and not offer.reward(CASHBACK).can_use
    with pytest.raises(errors.RewardNotUsableError, match="MINIMUM_VALUE_NOT_REACHED"):
        pos.run(sale.redeem(CASHBACK, cashback="0.50"))  # BonifiQ itself would take it: not sent
    assert causes(pos, "bonifiq", customer) == ["cashback_change"]


def test_a_resumed_sale_still_refuses_a_new_choice_the_purchase_does_not_allow(pos: PosHarness) -> None:
    # Soak seed 5, sale 252: the terminal that took over chose cashback for the first time.
    sale = pos.bonifiq().pos.checkout(ANA, f"resumed-cap-{pos.mode}", Decimal("13.39"), resume=True)
    offer = pos.run(sale.rewards())
    assert offer.max_cashback_for_current_purchase == Decimal("6.69")  # half the purchase, not the balance
    with pytest.raises(errors.InvalidArgumentError, match="MaxCashbackForCurrentPurchase"):
        pos.run(sale.redeem(CASHBACK, cashback="13.38"))
    with pytest.raises(errors.RewardNotUsableError, match="MINIMUM_VALUE_NOT_REACHED"):
        pos.run(sale.redeem(FIXED))  # R$10 off needs a R$50 purchase
    assert causes(pos, "bonifiq", ANA) == []


# -- BonifiQ: an unreadable redeem answer (soak seed 1: an active redeem of no sale) -------------


def test_a_redeem_whose_answer_cannot_be_read_is_given_back_by_abandon(pos: PosHarness) -> None:
    # Every attempt unreadable: the keyed redeem is retried (same OriginalKey) until max_retries.
    pos.fault("POS_Redeem", "malformed_body", times=3)
    sale = pos.bonifiq().pos.checkout(ANA, f"unreadable-{pos.mode}", Decimal("80.00"))
    pos.run(sale.rewards())
    with pytest.raises(errors.ResponseValidationError):
        pos.run(sale.redeem(FIXED))
    assert pos.points("bonifiq", ANA) == 1400  # applied, though its answer was lost
    with pytest.raises(errors.SaleStateError, match="outcome is unknown"):
        pos.run(sale.complete(total="80.00"))
    pos.run(sale.abandon())
    assert pos.points("bonifiq", ANA) == 1500
    assert causes(pos, "bonifiq", ANA) == ["redeem", "redeem_cancel"]


# -- an order whose answer was lost is never abandoned (soak seed 1, sales 25, 142, 180, 202) -----


def test_bonifiq_an_order_whose_answer_was_lost_keeps_its_redeem(pos: PosHarness) -> None:
    pos.fault(ORDERS, "drop_after_commit", times=2)
    sale = pos.bonifiq(max_retries=1).pos.checkout(ANA, f"lost-order-{pos.mode}", Decimal("80.00"))
    pos.run(sale.rewards())
    redemption = pos.run(sale.redeem(FIXED))
    with pytest.raises(errors.APIConnectionError):
        pos.in_sale(sale, lambda s: s.complete(total="70.00"))  # ``with`` must not give the points back
    assert sale.status is SaleStatus.REDEEMED
    with pytest.raises(errors.SaleStateError, match="may exist"):
        pos.run(sale.abandon())
    order = pos.run(sale.complete(total="70.00"))
    assert order.external_code == redemption.external_code
    assert causes(pos, "bonifiq", ANA) == ["redeem", "order_link"]


def test_gameball_an_order_whose_answer_was_lost_is_completed_not_abandoned(pos: PosHarness) -> None:
    pos.fault(f"POST {GB}/orders", "drop_after_commit", times=1)
    sale = pos.gameball(max_retries=0).pos.checkout(ANA, f"lost-order-{pos.mode}", Decimal("50.00"))
    pos.run(sale.rewards())
    with pytest.raises(errors.APIConnectionError):
        pos.in_sale(sale, lambda s: s.complete(total="50.00"))
    assert sale.status is SaleStatus.OPEN
    with pytest.raises(errors.SaleStateError, match="may exist"):
        pos.run(sale.abandon())
    order = pos.run(sale.complete(total="50.00"))
    assert order.already_existed and sale.status is SaleStatus.COMPLETED
    assert causes(pos, "gameball", ANA) == ["order_earn"]


GB = "/api/v4.0/integrations"


# -- Gameball: an order a crashed terminal registered (soak seed 1, sales 9 and 56) ---------------


def test_gameball_an_order_found_on_resume_releases_the_new_hold(pos: PosHarness) -> None:
    order_id = f"found-{pos.mode}"
    first = pos.gameball().pos.checkout(ANA, order_id, Decimal("120.00"))
    pos.run(first.rewards())
    held = pos.run(first.redeem(POINTS_OPTION, cashback="10.00"))
    pos.run(first.complete(total="110.00"))
    # The terminal died before writing the sale down; a fresh one redoes it.
    again = pos.gameball().pos.checkout(ANA, order_id, Decimal("120.00"), resume=True)
    pos.run(again.rewards())
    second = pos.run(again.redeem(POINTS_OPTION, cashback="10.00"))
    assert second.external_code != held.external_code  # Gameball holds take no idempotency key
    order = pos.run(again.complete(total="110.00"))
    assert order.already_existed and order.external_code is None and again.redemption is None
    states = {reference: hold["state"] for reference, hold in holds(pos).items()}
    assert states == {held.external_code: "Used", second.external_code: "Released"}
    assert pos.points("gameball", ANA) == 1500 - 100 + 110


def test_gameball_a_retried_order_keeps_its_own_hold(pos: PosHarness) -> None:
    pos.fault(f"POST {GB}/orders", "drop_after_commit", times=1)
    sale = pos.gameball(max_retries=1).pos.checkout(ANA, f"retried-{pos.mode}", Decimal("120.00"))
    pos.run(sale.rewards())
    held = pos.run(sale.redeem(POINTS_OPTION, cashback="10.00"))
    order = pos.run(sale.complete(total="110.00"))
    assert order.already_existed and order.external_code == held.external_code
    assert {hold["state"] for hold in holds(pos).values()} == {"Used"}


# -- Gameball: an OTP with no points available (soak seed 1, sale 153) ---------------------------


def test_gameball_otp_is_sent_when_no_points_are_available(pos: PosHarness) -> None:
    other = pos.gameball().pos.checkout(ANA, f"all-points-{pos.mode}", Decimal("500.00"))
    pos.run(other.rewards())
    pos.run(other.redeem(POINTS_OPTION, cashback="150.00"))  # holds every point
    sale = pos.gameball().pos.checkout(ANA, f"otp-{pos.mode}", Decimal("50.00"), otp_required=True)
    assert pos.run(sale.rewards()).max_cashback_for_current_purchase == 0
    assert pos.run(sale.send_challenge()).sent
    pos.run(sale.validate(pos.admin.get(f"/gameball/customers/{ANA}/otp").json()["Otp"]))
    assert pos.run(sale.complete(total="50.00")).external_code is None
