"""What the BonifiQ facade sends and how it reads the answers, as BonifiQ's own POS guide does.

The rules: BonifiQ's envelope conventions (Severity) and POS pages (each operation's x-source in
specs/bonifiq/openapi.yaml), and its POS guide, https://github.com/bonifiq/pdv-bonifiqintegration-example.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors
from loyaltykit.bonifiq import Product

ANA = "c-1"
SEVERITY_ERROR = {
    "ErrorMessage": "Order total differs from the products",
    "ErrorCode": None,
    "Result": None,
    "Code": "99",
    "CodeName": "OrderTotalMismatch",
    "Severity": 2,
    "HasWarning": False,
    "HasError": False,
}
REDEEMED = {"Result": {"RewardId": 7, "ExternalCode": "EXT-1", "OriginalKey": "k-1"}, "HasError": False}


def offer(*rewards: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"Rewards": list(rewards), "AvailablePoints": 1500, "AvailableCashback": 25, **fields}


FIXED_10 = {"Id": 1, "Title": "R$10", "RewardType": 1, "Value": 10, "Points": 100, "CanUse": True}
MUG = {"Id": 5, "Title": "Caneca", "RewardType": 5, "Value": 0, "Points": 400, "CanUse": True,
       "ExternalProductId": "SKU-200", "ProductDisplayName": "Caneca", "ProductDiscountMode": 2}  # fmt: skip


def cancelled(is_canceled: bool) -> dict[str, Any]:
    return {"Result": {"Id": 7, "ExternalCode": "EXT-1", "IsCanceled": is_canceled}, "HasError": False}


# -- 1. Severity Error inside a 200 ----------------------------------------------------------

SEVERITY_CALLS = {
    "redeem": lambda bq: bq.pos.redeem(7, ANA, original_key="k-1"),
    "cancel_order": lambda bq: bq.pos.cancel_order("o-1"),
    "partial_cancel": lambda bq: bq.pos.partial_cancel("o-1", "10.00"),
    "add_points": lambda bq: bq.customers.add_points(ANA, 10, change_key="ck-1", reason="r"),
    "customer_get": lambda bq: bq.customers.get(ANA),
    "order_complete": lambda bq: bq.orders.complete("o-1"),
}


@pytest.mark.parametrize("name", sorted(SEVERITY_CALLS))
def test_a_200_with_severity_error_is_a_business_error_even_without_has_error(harness: Harness, name: str) -> None:
    server = FakeServer().reply(json_response(200, SEVERITY_ERROR))
    bq = harness.bonifiq(server, max_retries=0)
    with pytest.raises(errors.BusinessError) as caught:
        harness.run(SEVERITY_CALLS[name](bq))
    error = caught.value
    assert (error.code, error.code_name) == ("99", "OrderTotalMismatch")
    assert "Order total differs from the products" in str(error)
    assert error.response.status_code == 200 and error.response.json() == SEVERITY_ERROR
    assert len(server.requests) == 1  # a business error is not retried


def test_severity_error_on_the_available_rewards_answer_is_a_business_error(harness: Harness) -> None:
    body = {**offer(FIXED_10), "Severity": 2, "ErrorMessage": "Customer blocked", "HasError": False}
    server = FakeServer().reply(json_response(200, body))
    with pytest.raises(errors.BusinessError, match="Customer blocked"):
        harness.run(harness.bonifiq(server).pos.available(ANA, Decimal("50.00")))


def test_severity_error_on_the_order_fails_complete(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, offer()), json_response(200, SEVERITY_ERROR))
    sale = harness.bonifiq(server, max_retries=0).pos.checkout(ANA, "o-1", Decimal("50.00"))
    harness.run(sale.rewards())
    with pytest.raises(errors.BusinessError, match="OrderTotalMismatch"):
        harness.run(sale.complete(total="50.00"))
    assert sale.status.value == "open"


def test_warnings_stay_data(harness: Harness) -> None:
    body = {**REDEEMED, "Severity": 1, "HasWarning": True, "Code": "05", "CodeName": "Informational"}
    server = FakeServer().reply(json_response(200, body))
    redemption = harness.run(harness.bonifiq(server).pos.redeem(7, ANA, original_key="k-1"))
    assert [w.code_name for w in redemption.warnings] == ["Informational"]


# -- 2. A redeem cancel must say IsCanceled ------------------------------------------------------


def test_abandon_fails_when_bonifiq_does_not_confirm_the_cancel(harness: Harness) -> None:
    server = FakeServer().reply(
        json_response(200, offer(FIXED_10)), json_response(200, REDEEMED), json_response(200, cancelled(False))
    )
    sale = harness.bonifiq(server).pos.checkout(ANA, "o-1", Decimal("50.00"))
    harness.run(sale.rewards())
    harness.run(sale.redeem(1))
    with pytest.raises(errors.BusinessError, match="did not confirm"):
        harness.run(sale.abandon())
    assert sale.status.value == "redeemed"  # still to give back: abandon() again
    server.reply(json_response(200, cancelled(True)))
    harness.run(sale.abandon())
    assert sale.status.value == "abandoned"
    assert [r.method for r in server.requests] == ["POST", "POST", "DELETE", "DELETE"]


def test_abandon_by_original_key_fails_when_bonifiq_does_not_confirm_the_cancel(harness: Harness) -> None:
    server = FakeServer().reply(
        json_response(200, offer(FIXED_10)),
        *[json_response(503, {"ErrorMessage": "busy"})] * 3,  # the redeem's outcome is unknown
        json_response(200, cancelled(False)),
    )
    sale = harness.bonifiq(server).pos.checkout(ANA, "o-1", Decimal("50.00"))
    harness.run(sale.rewards())
    with pytest.raises(errors.InternalServerError):
        harness.run(sale.redeem(1))
    with pytest.raises(errors.BusinessError, match="did not confirm"):
        harness.run(sale.abandon())
    assert server.requests[-1].url.params.get("originalKey")
    assert sale.status.value == "open"


def test_a_wrong_product_whose_cancel_is_not_confirmed_blocks_the_order(harness: Harness) -> None:
    wrong = {"Result": {"RewardId": 7, "ExternalCode": "EXT-1", "OriginalKey": "k", "ExternalProductId": "SKU-999"},
             "HasError": False}  # fmt: skip
    server = FakeServer().reply(
        json_response(200, offer(MUG)), json_response(200, wrong), json_response(200, cancelled(False))
    )
    sale = harness.bonifiq(server).pos.checkout(ANA, "o-1", Decimal("50.00"))
    harness.run(sale.rewards())
    with pytest.raises(errors.BusinessError, match="did not confirm"):
        harness.run(sale.redeem(5))
    # The compensation is not confirmed: no order until it is (BonifiQ's POS guide).
    with pytest.raises(errors.SaleStateError):
        harness.run(sale.complete(total="50.00"))
    assert len(server.requests) == 3


def test_an_order_cancel_that_bonifiq_does_not_confirm_fails(harness: Harness) -> None:
    refused = {"Result": {"isCanceled": False, "Status": 1, "RefundErrorDetails": None}, "HasError": False}
    server = FakeServer().reply(json_response(200, refused), json_response(200, refused))
    bq = harness.bonifiq(server)
    with pytest.raises(errors.BusinessError, match="did not confirm"):
        harness.run(bq.orders.cancel("o-1"))
    with pytest.raises(errors.BusinessError, match="did not confirm"):
        harness.run(bq.pos.cancel_order("o-1"))


# -- 4. IsActive on /POS/rewards/available products -------------------------------------------------


def test_available_products_carry_is_active(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, offer()), json_response(200, offer()))
    bq = harness.bonifiq(server)
    harness.run(bq.pos.available(ANA, Decimal("50.00"), products=[Product("SKU-1", "50.00")]))
    sale = bq.pos.checkout(ANA, "o-1", Decimal("50.00"), products=[Product("SKU-2", "50.00", is_active=False)])
    harness.run(sale.rewards())
    first, second = server.bodies()
    assert first["Products"][0]["IsActive"] is True
    assert second["Products"][0]["IsActive"] is False


# -- 5. ShouldRefundRedeem on partial cancels ------------------------------------------------


@pytest.mark.parametrize("override", [True, False])
def test_partial_cancel_sends_should_refund_redeem_when_given(harness: Harness, override: bool) -> None:
    done = {"Result": {"isCanceled": False, "Status": 2}, "HasError": False}
    server = FakeServer().reply(json_response(200, done), json_response(200, done))
    bq = harness.bonifiq(server)
    harness.run(bq.pos.partial_cancel("o-1", "10.00", should_refund_redeem=override))
    harness.run(bq.pos.partial_cancel("o-1", "10.00", cancel_key="another"))
    with_override, without = server.bodies()
    assert with_override["ShouldRefundRedeem"] is override
    assert "ShouldRefundRedeem" not in without  # the tenant's configuration decides


def test_should_refund_redeem_must_be_a_bool(harness: Harness) -> None:
    server = FakeServer()
    with pytest.raises(errors.InvalidArgumentError, match="should_refund_redeem"):
        harness.run(harness.bonifiq(server).pos.partial_cancel("o-1", "10.00", should_refund_redeem="yes"))
    assert server.requests == []


# -- 7. The challenge's delivery flags and preview code ------------------------------------------


def test_the_challenge_shows_how_the_pin_was_sent_and_the_preview_code(harness: Harness) -> None:
    reply = {"Success": True, "SentBySMS": True, "SentByEmail": False, "TransactionId": "t", "Code": "4321"}
    server = FakeServer().reply(
        json_response(200, offer(FIXED_10, ShouldValidateCustomer=True)), json_response(200, reply)
    )
    sale = harness.bonifiq(server).pos.checkout(ANA, "o-1", Decimal("50.00"))
    harness.run(sale.rewards())
    challenge = harness.run(sale.send_challenge())
    assert (challenge.sent_by_sms, challenge.sent_by_email) == (True, False)
    assert challenge.preview_code == "4321"
    assert "4321" not in repr(challenge)


def test_bq_pos_challenge_and_validate_without_a_sale(harness: Harness) -> None:
    reply = {"Success": False, "SentBySMS": False, "SentByEmail": True, "TransactionId": "t-1", "Token": "9876",
             "ErrorMessage": "delivery blocked in preview"}  # fmt: skip
    server = FakeServer().reply(
        json_response(200, reply), json_response(200, {"Success": True, "TransactionId": "t-1"})
    )
    bq = harness.bonifiq(server)
    challenge = harness.run(bq.pos.challenge(ANA, "t-1", email="ana@example.com"))
    assert challenge.preview_code == "9876"  # BonifiQ's own client reads the "Token" alias too
    assert (challenge.sent, challenge.sent_by_sms, challenge.sent_by_email) == (False, False, True)
    assert harness.run(bq.pos.validate_challenge(ANA, "t-1", "9876")) is True
    assert server.bodies() == [
        {"TransactionId": "t-1", "Email": "ana@example.com"},
        {"TransactionId": "t-1", "Code": "9876"},
    ]


# -- 10. An answer that cannot be read, after a change that was made -------------------------


def unreadable() -> httpx.Response:
    return httpx.Response(200, content=b'{"Result": {"RewardId": 7, ')


def test_a_keyed_redeem_with_an_unreadable_answer_is_retried_with_the_same_key(harness: Harness) -> None:
    server = FakeServer().reply(unreadable(), json_response(200, REDEEMED))
    redemption = harness.run(harness.bonifiq(server).pos.redeem(7, ANA, original_key="k-1"))
    assert redemption.external_code == "EXT-1"
    assert [b["OriginalKey"] for b in server.bodies()] == ["k-1", "k-1"]
    assert len(harness.sleeps) == 1


def test_an_unreadable_answer_is_retried_at_most_max_retries_times(harness: Harness) -> None:
    server = FakeServer().reply(unreadable(), unreadable(), unreadable())
    with pytest.raises(errors.ResponseValidationError) as caught:
        harness.run(harness.bonifiq(server, max_retries=2).pos.redeem(7, ANA, original_key="k-1"))
    assert len(server.requests) == 3 and caught.value.response.attempts == 3


def test_a_read_with_an_unreadable_answer_is_retried(harness: Harness) -> None:
    points = {"CustomerExists": True, "PointsBalance": 120}
    server = FakeServer().reply(httpx.Response(200, content=b"<html>"), json_response(200, points))
    assert harness.run(harness.bonifiq(server).customers.points(ANA)).points_balance == 120
    assert len(server.requests) == 2


def test_a_write_without_a_key_is_not_resent_after_an_unreadable_answer(harness: Harness) -> None:
    from loyaltykit_bonifiq_api.api.customer import customer_upsert
    from loyaltykit_bonifiq_api.models.create_customer_request import CreateCustomerRequest

    server = FakeServer().reply(unreadable())
    bq = harness.bonifiq(server)
    with pytest.raises(errors.ResponseValidationError):
        harness.run(bq.call(customer_upsert, body=CreateCustomerRequest(original_id="new@example.com")))
    assert len(server.requests) == 1 and harness.sleeps == []


def test_a_repeat_refused_after_an_unreadable_answer_was_applied_before(harness: Harness) -> None:
    used = {"ErrorMessage": "CancelKey already used", "CodeName": "DuplicateCancelKey", "HasError": True}
    server = FakeServer().reply(unreadable(), json_response(400, used))
    refund = harness.run(harness.bonifiq(server).pos.partial_cancel("o-1", "10.00"))
    assert refund.already_applied and len(server.requests) == 2


def test_a_refusal_after_an_unreadable_answer_leaves_the_outcome_unknown(harness: Harness) -> None:
    server = FakeServer().reply(unreadable(), httpx.Response(422, content=b"{not json"))
    with pytest.raises(errors.ResponseValidationError) as caught:
        harness.run(harness.bonifiq(server).pos.redeem(7, ANA, original_key="k-1"))
    assert isinstance(caught.value.__cause__, errors.UnprocessableEntityError)
    assert len(server.requests) == 2
