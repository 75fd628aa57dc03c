"""HTTP statuses and envelopes become the one exception hierarchy, with vendor code and raw body."""

from __future__ import annotations

import httpx
import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors

STATUS_CLASSES = [
    (400, errors.BadRequestError),
    (401, errors.AuthenticationError),
    (403, errors.PermissionDeniedError),
    (404, errors.NotFoundError),
    (409, errors.ConflictError),
    (422, errors.UnprocessableEntityError),
    (429, errors.RateLimitError),
    (500, errors.InternalServerError),
    (503, errors.InternalServerError),
]


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_bonifiq_status_maps_to_its_exception(harness: Harness, status: int, cls: type[Exception]) -> None:
    body = {"ErrorMessage": "Customer not found", "ErrorCode": 12, "Code": "01", "CodeName": "CustomerNotFound"}
    server = FakeServer().reply(json_response(status, body))
    client = harness.bonifiq(server, max_retries=0)
    with pytest.raises(cls) as caught:
        harness.run(client.customers.points("c-1"))
    error = caught.value
    assert isinstance(error, errors.APIStatusError) and isinstance(error, errors.LoyaltyError)
    assert error.status_code == status
    assert (error.code, error.code_name) == ("01", "CustomerNotFound")
    assert "Customer not found" in str(error) and "CustomerNotFound" in str(error)
    assert error.response.json() == body


@pytest.mark.parametrize(("status", "cls"), STATUS_CLASSES)
def test_gameball_status_maps_to_its_exception(harness: Harness, status: int, cls: type[Exception]) -> None:
    body = {
        "code": 7001,
        "type": "CUSTOMER_ERROR",
        "message": "Customer not found",
        "documentationUrl": "https://developer.gameball.co/",
        "requestId": "req-42",
    }
    server = FakeServer().reply(json_response(status, body))
    client = harness.gameball(server, max_retries=0)
    with pytest.raises(cls) as caught:
        harness.run(client.customers.balance("c-1"))
    assert (caught.value.code, caught.value.code_name, caught.value.request_id) == ("7001", "CUSTOMER_ERROR", "req-42")
    assert caught.value.status_code == status


def test_an_error_body_that_is_not_json_still_gives_the_status_error(harness: Harness) -> None:
    server = FakeServer().reply(httpx.Response(502, content=b"<html>Bad gateway</html>"))
    with pytest.raises(errors.InternalServerError) as caught:
        harness.run(harness.bonifiq(server, max_retries=0).customers.points("c-1"))
    assert caught.value.response.content == b"<html>Bad gateway</html>"


@pytest.mark.parametrize(
    "body",
    [
        {"ErrorMessage": "Reward is inactive", "ErrorCode": 33, "Result": None, "HasError": True},  # old generation
        {
            "ErrorMessage": "Reward is inactive",
            "Result": None,
            "Code": "33",
            "CodeName": "RewardInactive",
            "Severity": 2,
            "HasWarning": False,
            "HasError": True,
        },
    ],
    ids=["old-envelope", "new-envelope"],
)
def test_http_200_with_has_error_is_a_business_error(harness: Harness, body: dict[str, object]) -> None:
    server = FakeServer().reply(json_response(200, body))
    client = harness.bonifiq(server)
    with pytest.raises(errors.BusinessError) as caught:
        harness.run(client.pos.redeem(7, "c-1", original_key="k-1"))
    assert caught.value.code == "33"
    assert "Reward is inactive" in str(caught.value)
    assert caught.value.response.status_code == 200


def test_list_error_messages_are_a_business_error(harness: Harness) -> None:
    body = {"Items": None, "TotalItemCount": 0, "PageSize": 50, "PageNumber": 1, "HasNextPage": False,
            "HasError": True, "ErrorMessages": ["Customer not found"]}  # fmt: skip
    server = FakeServer().reply(json_response(200, body))
    with pytest.raises(errors.BusinessError, match="Customer not found"):
        harness.collect(harness.bonifiq(server).customers.coupons("c-1"))


def test_warnings_are_data_not_errors(harness: Harness) -> None:
    body = {
        "Result": {"RewardId": 7, "ExternalCode": "EXT-1", "OriginalKey": "k-1", "Point": {"Quantity": -100}},
        "Code": "05",
        "CodeName": "CashbackStillApplied",
        "Severity": 1,
        "HasWarning": True,
        "HasError": False,
        "ErrorMessage": "informational",
    }
    server = FakeServer().reply(json_response(200, body))
    redemption = harness.run(harness.bonifiq(server).pos.redeem(7, "c-1", original_key="k-1"))
    assert redemption.external_code == "EXT-1" and redemption.points == 100  # the points spent, positive (issue 13)
    assert [(w.code, w.code_name) for w in redemption.warnings] == [("05", "CashbackStillApplied")]


def test_a_warning_without_result_means_nothing_was_redeemed(harness: Harness) -> None:
    body = {"Result": None, "Code": "07", "CodeName": "RewardNotFound", "Severity": 1, "HasWarning": True,
            "HasError": False}  # fmt: skip
    server = FakeServer().reply(json_response(200, body))
    with pytest.raises(errors.BusinessError, match="RewardNotFound"):
        harness.run(harness.bonifiq(server).pos.redeem(7, "c-1", original_key="k-1"))


def test_an_unparseable_body_raises_with_the_raw_body(harness: Harness) -> None:
    server = FakeServer().reply(httpx.Response(200, content=b'{"PointsBalance": 10, '))
    with pytest.raises(errors.ResponseValidationError) as caught:  # a read would be retried: not here
        harness.run(harness.bonifiq(server, max_retries=0).customers.points("c-1"))
    assert caught.value.response.content == b'{"PointsBalance": 10, '


def test_a_body_of_the_wrong_shape_raises_instead_of_returning_a_dict(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, {"Result": [1, 2], "HasError": False}))
    with pytest.raises(errors.ResponseValidationError):  # a keyed redeem would be retried: not here
        harness.run(harness.bonifiq(server, max_retries=0).pos.redeem(7, "c-1", original_key="k-1"))


def test_connection_errors_and_timeouts_are_typed(harness: Harness) -> None:
    server = FakeServer().reply(httpx.ConnectError("refused"), httpx.ReadTimeout("slow"))
    client = harness.bonifiq(server, max_retries=0)
    with pytest.raises(errors.APIConnectionError) as refused:
        harness.run(client.customers.points("c-1"))
    assert not isinstance(refused.value, errors.APITimeoutError)
    assert isinstance(refused.value.__cause__, httpx.ConnectError)  # the transport's own error is kept
    with pytest.raises(errors.APITimeoutError) as timed_out:
        harness.run(client.customers.points("c-1"))
    assert isinstance(timed_out.value.__cause__, httpx.ReadTimeout)
