"""Retries: which requests, how many, how long, and with the same idempotency key."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import RequestOptions, errors
from loyaltykit._retry import RetryPolicy, parse_retry_after

POINTS = {"CustomerExists": True, "PointsBalance": 120, "CashbackBalance": 10.5}
REDEEMED = {"Result": {"RewardId": 7, "ExternalCode": "EXT-1", "OriginalKey": "k-1"}, "HasError": False}


def unavailable() -> httpx.Response:
    return json_response(503, {"ErrorMessage": "busy"})


def test_a_get_is_retried_up_to_max_retries(harness: Harness) -> None:
    server = FakeServer().reply(unavailable(), unavailable(), unavailable())
    client = harness.bonifiq(server, max_retries=2)
    with pytest.raises(errors.InternalServerError) as caught:
        harness.run(client.customers.points("c-1"))
    assert len(server.requests) == 3
    assert caught.value.response.attempts == 3


def test_a_retry_that_succeeds_returns_the_result(harness: Harness) -> None:
    server = FakeServer().reply(httpx.ConnectError("reset"), json_response(200, POINTS))
    points = harness.run(harness.bonifiq(server).customers.points("c-1"))
    assert points.points_balance == 120 and len(server.requests) == 2


def test_max_retries_per_call_overrides_the_client(harness: Harness) -> None:
    server = FakeServer().reply(unavailable(), unavailable())
    client = harness.bonifiq(server, max_retries=5)
    from loyaltykit_bonifiq_api.api.customer import customer_points

    with pytest.raises(errors.InternalServerError):
        harness.run(client.call(customer_points, id="c-1", options=RequestOptions(max_retries=1)))
    assert len(server.requests) == 2


def test_backoff_is_exponential_with_jitter_within_bounds(harness: Harness) -> None:
    server = FakeServer().reply(unavailable(), unavailable(), unavailable(), json_response(200, POINTS))
    harness.run(harness.bonifiq(server, max_retries=3).customers.points("c-1"))
    assert len(harness.sleeps) == 3
    for attempt, delay in enumerate(harness.sleeps):
        nominal = 0.5 * 2**attempt
        assert 0.75 * nominal <= delay <= nominal


def test_backoff_policy_caps_and_scales() -> None:
    policy = RetryPolicy(max_retries=10, random=lambda: 1.0)
    assert [policy.backoff(n) for n in range(6)] == [0.375, 0.75, 1.5, 3.0, 6.0, 6.0]


def test_retry_after_seconds_is_honoured(harness: Harness) -> None:
    limited = json_response(429, {"message": "slow down"}, headers={"Retry-After": "3"})
    server = FakeServer().reply(limited, json_response(200, {"totalPointsBalance": 5}))
    harness.run(harness.gameball(server).customers.balance("c-1"))
    assert harness.sleeps == [3.0]


def test_retry_after_http_date_is_honoured() -> None:
    now = datetime(2026, 1, 1, 12, 0, 0, tzinfo=UTC)
    headers = httpx.Headers({"Retry-After": format_datetime(now + timedelta(seconds=7), usegmt=True)})
    assert parse_retry_after(headers, now=now) == 7.0


def test_retry_after_beyond_the_cap_is_not_waited_for(harness: Harness) -> None:
    server = FakeServer().reply(json_response(429, {"message": "later"}, headers={"Retry-After": "3600"}))
    with pytest.raises(errors.RateLimitError):
        harness.run(harness.gameball(server).customers.balance("c-1"))
    assert harness.sleeps == [] and len(server.requests) == 1


@pytest.mark.parametrize("status", [400, 401, 404, 409, 422])
def test_client_errors_are_not_retried(harness: Harness, status: int) -> None:
    server = FakeServer().reply(json_response(status, {"ErrorMessage": "no"}))
    with pytest.raises(errors.APIStatusError):
        harness.run(harness.bonifiq(server).customers.points("c-1"))
    assert len(server.requests) == 1


def test_a_keyed_write_is_retried_with_the_same_key(harness: Harness) -> None:
    server = FakeServer().reply(httpx.ReadTimeout("lost"), unavailable(), json_response(200, REDEEMED))
    redemption = harness.run(harness.bonifiq(server).pos.redeem(7, "c-1", original_key="k-1", value="10.00"))
    assert redemption.external_code == "EXT-1"
    bodies = server.bodies()
    assert len(bodies) == 3
    assert {b["OriginalKey"] for b in bodies} == {"k-1"}
    assert all(b == bodies[0] for b in bodies)


def test_a_write_without_a_key_is_never_retried(harness: Harness) -> None:
    from loyaltykit_bonifiq_api.api.customer import customer_change_status
    from loyaltykit_bonifiq_api.models.change_customer_status_request import ChangeCustomerStatusRequest

    server = FakeServer().reply(httpx.ReadTimeout("lost"))
    client = harness.bonifiq(server, max_retries=5)
    with pytest.raises(errors.APITimeoutError):
        harness.run(
            client.call(
                customer_change_status,
                original_id="c-1",
                body=ChangeCustomerStatusRequest(is_enabled=False, reason="closed account"),
            )
        )
    assert len(server.requests) == 1


def test_a_low_level_write_with_a_key_in_its_body_is_retried(harness: Harness) -> None:
    from loyaltykit_bonifiq_api.api.customer import customer_change_points
    from loyaltykit_bonifiq_api.models.change_points_request import ChangePointsRequest

    ok = {"Result": {"PointsBalance": 20}, "HasError": False}
    server = FakeServer().reply(unavailable(), json_response(200, ok))
    client = harness.bonifiq(server)
    body = ChangePointsRequest(points=20, change_key="ck-1", reason="welcome bonus")
    harness.run(client.call(customer_change_points, id="c-1", body=body))
    assert [b["ChangeKey"] for b in server.bodies()] == ["ck-1", "ck-1"]


@pytest.mark.parametrize(("original_key", "requests"), [(None, 1), ("ok-1", 2)])
def test_a_checkout_redeem_is_retried_only_with_an_original_key(
    harness: Harness, original_key: str | None, requests: int
) -> None:
    from loyaltykit_bonifiq_api.models.checkout_redeem_request import CheckoutRedeemRequest
    from loyaltykit_bonifiq_api.types import UNSET

    server = FakeServer().reply(httpx.ReadTimeout("lost"), json_response(200, REDEEMED))
    client = harness.bonifiq(server, max_retries=1)
    request = CheckoutRedeemRequest(
        customer_id="c-1", checkout_id="k", cashback_value=5, original_key=original_key or UNSET
    )
    if original_key is None:
        with pytest.raises(errors.APITimeoutError):
            harness.run(client.ecommerce_cashback.redeem(request))
    else:
        harness.run(client.ecommerce_cashback.redeem(request))
    assert len(server.requests) == requests
