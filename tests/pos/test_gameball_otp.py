"""Gameball's OTP behind the one checkout interface (issue 13).

``validation_required`` reflects the customer's account, not only the ``otp_required`` argument:
Gameball says so by refusing a hold without an OTP, which ``redeem()`` reports as BonifiQ does
(``ValidationRequiredError``, nothing held), and the client remembers it for the customer's next
sales. A wrong OTP is ``ChallengeFailedError``, as a wrong BonifiQ PIN, raised by ``redeem()``:
Gameball checks the OTP when it holds the points, not before.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from loyaltykit import errors
from loyaltykit.gameball._checkout import POINTS_OPTION
from pos.harness import PosHarness

ANA = "ana@example.com"  # 1500 points


def require_otp(pos: PosHarness, customer: str = ANA) -> None:
    pos.admin.post(f"/gameball/customers/{customer}/flags", json={"otp_required": True}).raise_for_status()


def last_otp(pos: PosHarness, customer: str = ANA) -> str:
    return str(pos.admin.get(f"/gameball/customers/{customer}/otp").raise_for_status().json()["Otp"])


def holds(pos: PosHarness) -> list[dict[str, object]]:
    return list(pos.state("gameball", ANA)["holds"])


def test_validation_required_comes_from_the_customers_account(pos: PosHarness) -> None:
    require_otp(pos)
    gb = pos.gameball()
    sale = gb.pos.checkout(ANA, f"otp-account-{pos.mode}", Decimal("50.00"))  # no otp_required argument
    pos.run(sale.rewards())
    with pytest.raises(errors.ValidationRequiredError):
        pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    assert sale.validation_required and holds(pos) == []
    pos.run(sale.send_challenge())
    pos.run(sale.validate(last_otp(pos)))
    assert pos.run(sale.redeem(POINTS_OPTION, cashback="5.00")).external_code
    # The client remembers the customer's account: the next sale says so after rewards().
    following = gb.pos.checkout(ANA, f"otp-account-{pos.mode}-2", Decimal("50.00"))
    offer = pos.run(following.rewards())
    assert following.validation_required and offer.validation_required


def test_a_wrong_otp_is_a_failed_challenge_and_holds_nothing(pos: PosHarness) -> None:
    require_otp(pos)
    sale = pos.gameball().pos.checkout(ANA, f"otp-wrong-{pos.mode}", Decimal("50.00"), otp_required=True)
    pos.run(sale.rewards())
    pos.run(sale.send_challenge())
    right = last_otp(pos)
    pos.run(sale.validate("000000" if right != "000000" else "111111"))
    with pytest.raises(errors.ChallengeFailedError):
        pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    assert holds(pos) == []
    # The sale can try again with the right code, as after a wrong BonifiQ PIN.
    pos.run(sale.validate(right))
    assert pos.run(sale.redeem(POINTS_OPTION, cashback="5.00")).external_code
    assert len(holds(pos)) == 1
