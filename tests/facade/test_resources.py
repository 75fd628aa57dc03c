"""Every resource group the vendors have is on the client, and each named method hits its route."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from loyaltykit_bonifiq_api.models.cancel_order_request import CancelOrderRequest
from loyaltykit_bonifiq_api.models.checkout_customer_request import CheckoutCustomerRequest
from loyaltykit_bonifiq_api.models.checkout_redeem_request import CheckoutRedeemRequest
from loyaltykit_bonifiq_api.models.complete_order_request import CompleteOrderRequest
from loyaltykit_gameball_api.models.track_order_body import TrackOrderBody

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors

ENVELOPE_OK = {"Result": {}, "HasError": False}
CANCELED = {"Result": {"isCanceled": True}, "HasError": False}  # a cancel must say so
NOW = datetime(2026, 1, 15, 14, 30, tzinfo=UTC)


def order(order_id: str) -> TrackOrderBody:
    return TrackOrderBody(customer_id="c-1", order_id=order_id, total_paid=Decimal("10"), order_date=NOW)


BONIFIQ_ROUTES: list[tuple[str, Callable[[Any], Any], str, str, Any]] = [
    ("orders.get", lambda c: c.orders.get("o-1"), "GET", "/v1/pvt/Order/o-1", {"OriginalId": "o-1", "OrderTotal": 10}),
    ("orders.cancel", lambda c: c.orders.cancel("o-1"), "POST", "/v1/pvt/Order/o-1/cancel", CANCELED),
    ("orders.complete", lambda c: c.orders.complete("o-1"), "POST", "/v1/pvt/Order/o-1/complete", ENVELOPE_OK),
    ("rewards.get", lambda c: c.rewards.get(12), "GET", "/v1/pvt/Rewards/12", {"Id": 12}),
    ("customers.get", lambda c: c.customers.get("c-1"), "GET", "/v1/pvt/Customer/c-1", ENVELOPE_OK),
    (
        "ecommerce_cashback.redeem",
        lambda c: c.ecommerce_cashback.redeem(
            CheckoutRedeemRequest(customer_id="c-1", checkout_id="k", cashback_value=5)
        ),
        "POST",
        "/v1/pvt/Checkout/redeem",
        ENVELOPE_OK,
    ),
    (
        "ecommerce_cashback.remove",
        lambda c: c.ecommerce_cashback.remove(CheckoutCustomerRequest(customer_id="c-1", checkout_id="k")),
        "POST",
        "/v1/pvt/Checkout/redeem/remove",
        ENVELOPE_OK,
    ),
    (
        "ecommerce_cashback.refresh",
        lambda c: c.ecommerce_cashback.refresh(CheckoutCustomerRequest(customer_id="c-1", checkout_id="k")),
        "POST",
        "/v1/pvt/Checkout/redeem/refresh",
        ENVELOPE_OK,
    ),
]

GAMEBALL_ROUTES: list[tuple[str, Callable[[Any], Any], str, str, Any]] = [
    (
        "orders.track",
        lambda c: c.orders.track(order("o-1")),
        "POST",
        "/api/v4.0/integrations/orders",
        {},
    ),
    (
        "orders.transactions",
        lambda c: c.orders.transactions("o-1"),
        "GET",
        "/api/v4.0/integrations/orders/o-1/transactions",
        {},
    ),
    (
        "coupons.validate",
        lambda c: c.coupons.validate("c-1", ["SAVE10"], total_purchase_amount=Decimal("50")),
        "POST",
        "/api/v4.0/integrations/coupons/validate",
        {"valid": True},
    ),
    (
        "customers.coupons",
        lambda c: c.customers.coupons("c-1"),
        "GET",
        "/api/v4.0/integrations/customers/c-1/coupons",
        {"coupons": [{"code": "X"}]},
    ),
]


@pytest.mark.parametrize(
    ("name", "action", "method", "path", "body"), BONIFIQ_ROUTES, ids=[r[0] for r in BONIFIQ_ROUTES]
)
def test_bonifiq_resource_methods(harness: Harness, name: str, action: Any, method: str, path: str, body: Any) -> None:
    server = FakeServer().reply(json_response(200, body))
    result = harness.run(action(harness.bonifiq(server)))
    assert (server.requests[0].method, server.requests[0].url.path) == (method, path)
    assert result is not None


@pytest.mark.parametrize(
    ("name", "action", "method", "path", "body"), GAMEBALL_ROUTES, ids=[r[0] for r in GAMEBALL_ROUTES]
)
def test_gameball_resource_methods(harness: Harness, name: str, action: Any, method: str, path: str, body: Any) -> None:
    server = FakeServer().reply(json_response(200, body))
    result = harness.run(action(harness.gameball(server)))
    assert (server.requests[0].method, server.requests[0].url.path) == (method, path)
    assert result is not None


def test_gameball_order_tracking_is_retried_because_it_is_keyed_by_order_id(harness: Harness) -> None:
    server = FakeServer().reply(json_response(503, {}), json_response(200, {}))
    harness.run(harness.gameball(server).orders.track(order("o-7")))
    assert [b["orderId"] for b in server.bodies()] == ["o-7", "o-7"]


def test_bonifiq_order_cancel_without_key_is_not_retried(harness: Harness) -> None:
    server = FakeServer().reply(json_response(503, {}))
    with pytest.raises(errors.InternalServerError):
        harness.run(harness.bonifiq(server).orders.cancel("o-1"))
    assert len(server.requests) == 1


def test_resource_groups_follow_the_vendors(harness: Harness) -> None:
    server = FakeServer()
    bq, gb = harness.bonifiq(server), harness.gameball(server)
    assert all(hasattr(bq, name) for name in ("customers", "pos", "orders", "ecommerce_cashback", "rewards"))
    assert all(hasattr(gb, name) for name in ("customers", "transactions", "orders", "coupons"))


WITH_BODY: list[tuple[str, Callable[[Any, Any], Any], type]] = [
    ("orders.cancel", lambda c, body: c.orders.cancel("o-1", body=body), CancelOrderRequest),
    ("orders.complete", lambda c, body: c.orders.complete("o-1", body=body), CompleteOrderRequest),
    ("pos.cancel_order", lambda c, body: c.pos.cancel_order("o-1", body=body), CancelOrderRequest),
]


@pytest.mark.parametrize(("name", "action", "model"), WITH_BODY, ids=[r[0] for r in WITH_BODY])
def test_a_wrapped_bonifiq_method_takes_the_generated_body(
    harness: Harness, name: str, action: Any, model: Any
) -> None:
    """``orders.cancel`` and the like wrap the generated method, so they take its ``body`` too."""
    server = FakeServer().reply(json_response(200, CANCELED))
    body = model(order_status="Devolvido")

    harness.run(action(harness.bonifiq(server), body))

    assert server.bodies() == [{"OrderStatus": "Devolvido"}]


@pytest.mark.parametrize(("name", "action", "model"), WITH_BODY, ids=[r[0] for r in WITH_BODY])
def test_a_wrapped_bonifiq_method_refuses_another_body(harness: Harness, name: str, action: Any, model: Any) -> None:
    server = FakeServer()
    with pytest.raises(errors.InvalidArgumentError) as refused:
        harness.run(action(harness.bonifiq(server), {"OrderStatus": "Devolvido"}))
    assert refused.value.field == "body"
    assert server.requests == []


def test_ecommerce_cashback_takes_its_request_as_body(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, ENVELOPE_OK))
    cart = CheckoutCustomerRequest(customer_id="c-1", checkout_id="k")

    harness.run(harness.bonifiq(server).ecommerce_cashback.remove(body=cart))  # as the generated method is called

    assert server.requests[0].url.path == "/v1/pvt/Checkout/redeem/remove"
    with pytest.raises(errors.InvalidArgumentError) as refused:
        harness.run(harness.bonifiq(server).ecommerce_cashback.remove({"CustomerId": "c-1"}))
    assert refused.value.field == "body"
