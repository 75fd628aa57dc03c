"""Bounds on every argument that reaches the wire, checked before anything is sent.

Integers within the ranges the specs type them (int32 for BonifiQ's ids, points and quantities),
money in whole cents up to a sane maximum, ids and keys of a bounded length and encodable text,
strictly parsed numbers, finite positive timeouts. Each case runs on a fake server that fails the
test on any request, sync and async, and checks the error names the field and the rule.
"""

from __future__ import annotations

import json
import math
from decimal import Decimal
from typing import Any

import httpx
import pytest
from loyaltykit_bonifiq_api.api.customer import customer_change_cashback, customer_points
from loyaltykit_bonifiq_api.api.rewards import rewards_get
from loyaltykit_bonifiq_api.models.change_cashback_request import ChangeCashbackRequest

from facade.fakes import FakeServer, Harness
from loyaltykit import errors
from loyaltykit.bonifiq import Product
from loyaltykit.checkout import Payment

INT32_MAX = 2**31 - 1
KEY = {"change_key": "ck-1", "reason": "campaign"}


def refused(harness: Harness, client: Any, action: Any, server: FakeServer) -> errors.InvalidArgumentError:
    """The error ``action(client)`` raises, checked to have sent nothing to ``server``."""
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.run(action(client))
    assert server.requests == []
    return caught.value


def change_cashback(value: Any, reason: str = "r") -> Any:
    """``client.call`` of a cashback change whose body the caller built."""
    body = ChangeCashbackRequest(value=value, change_key="k", reason=reason)
    return lambda c: c.call(customer_change_cashback, id="c-1", body=body)


BONIFIQ: list[tuple[str, Any, str, str]] = [
    # integers: int32 as the spec types reward ids and points
    ("reward id 2**40", lambda c: c.rewards.get(2**40), "reward_id", f"<= {INT32_MAX}"),
    ("redeem reward id 2**31", lambda c: c.pos.redeem(2**31, "c-1", original_key="k"), "reward_id", "<="),
    ("points 2**63", lambda c: c.customers.add_points("c-1", 2**63, **KEY), "points", f"<= {INT32_MAX}"),
    ("points 2**31", lambda c: c.customers.remove_points("c-1", 2**31, **KEY), "points", "<="),
    ("points as a string", lambda c: c.customers.add_points("c-1", "1_000", **KEY), "points", "whole number"),
    ("points as a float", lambda c: c.customers.add_points("c-1", 10.0, **KEY), "points", "whole number"),
    ("points as a bool", lambda c: c.customers.add_points("c-1", True, **KEY), "points", "whole number"),
    # money: whole cents, at most 999,999,999,999.99, plain digits when a string
    ("amount 1e30", lambda c: c.pos.available("c-1", Decimal("1e30")), "purchase_value", "<= 999999999999.99"),
    ("amount 10**12", lambda c: c.pos.available("c-1", 10**12), "purchase_value", "<= 999999999999.99"),
    ("amount '1e30'", lambda c: c.pos.available("c-1", "1e30"), "purchase_value", "digits"),
    ("amount '1_000'", lambda c: c.pos.available("c-1", "1_000"), "purchase_value", "digits"),
    ("amount ' 10'", lambda c: c.pos.available("c-1", " 10"), "purchase_value", "digits"),
    ("amount in Arabic digits", lambda c: c.pos.available("c-1", "\u0661\u0660"), "purchase_value", "digits"),
    (
        "redeem 0.001",
        lambda c: c.pos.redeem(7, "c-1", original_key="k", value=Decimal("0.001")),
        "value",
        "2 decimal places",
    ),
    ("redeem '0.004'", lambda c: c.pos.redeem(7, "c-1", original_key="k", value="0.004"), "value", "2 decimal places"),
    ("cashback 10.005", lambda c: c.customers.add_cashback("c-1", "10.005", **KEY), "value", "2 decimal places"),
    ("refund 0.001", lambda c: c.pos.partial_cancel("o-1", Decimal("0.001")), "value", "2 decimal places"),
    (
        "refund line '1_0'",
        lambda c: c.pos.partial_cancel("o-1", "10", products={"sku-1": "1_0"}),
        "products[0].value",
        "digits",
    ),
    (
        "discount over the purchase",
        lambda c: c.pos.available("c-1", Decimal("100"), discount_value=Decimal("100.01")),
        "discount_value",
        "<= purchase_value",
    ),
    (
        "sale discount over the purchase",
        lambda c: c.pos.checkout("c-1", "o-1", "50", discount_value="60"),
        "discount_value",
        "<= purchase_value",
    ),
    ("sale purchase 0.001", lambda c: c.pos.checkout("c-1", "o-1", "0.001"), "purchase_value", "2 decimal places"),
    # text: bounded length, encodable, no control characters
    (
        "10,000-character OriginalKey",
        lambda c: c.pos.redeem(7, "c-1", original_key="k" * 10_000),
        "original_key",
        "at most 255 characters",
    ),
    (
        "long ChangeKey",
        lambda c: c.customers.add_points("c-1", 1, change_key="k" * 256, reason="r"),
        "change_key",
        "255",
    ),
    ("long CancelKey", lambda c: c.pos.partial_cancel("o-1", "1", cancel_key="k" * 256), "cancel_key", "255"),
    ("lone surrogate id", lambda c: c.customers.points("c-\ud800"), "customer_id", "lone surrogate"),
    ("lone surrogate in a sale", lambda c: c.pos.checkout("c-\udfff", "o-1", "10"), "customer_id", "lone surrogate"),
    ("newline in an id", lambda c: c.customers.points("c-1\n"), "customer_id", "control characters"),
    ("NUL in an order id", lambda c: c.orders.get("o-1\x00"), "order_id", "control characters"),
    ("DEL in a reward key", lambda c: c.pos.redeem(7, "c-1", original_key="k\x7f"), "original_key", "control"),
    ("long branch", lambda c: c.pos.redeem(7, "c-1", original_key="k", branch="b" * 300), "branch", "255"),
]


@pytest.mark.parametrize(("name", "action", "field", "rule"), BONIFIQ, ids=[c[0] for c in BONIFIQ])
def test_bonifiq_bounds(harness: Harness, name: str, action: Any, field: str, rule: str) -> None:
    server = FakeServer()  # no reply queued: any request fails the test
    error = refused(harness, harness.bonifiq(server), action, server)
    assert (error.field, rule in error.rule) == (field, True), error.rule


GAMEBALL: list[tuple[str, Any, str, str]] = [
    # Gameball's spec: customerId maxLength 100
    ("customer id of 101", lambda c: c.customers.balance("c" * 101), "customer_id", "at most 100 characters"),
    ("coupons of a long id", lambda c: c.customers.coupons("c" * 101), "customer_id", "100"),
    ("refund of a long id", lambda c: c.pos.refund("c" * 101, "o-1"), "customer_id", "100"),
    ("sale of a long id", lambda c: c.pos.checkout("c" * 101, "o-1", "10"), "customer_id", "100"),
    ("transactions of a long id", lambda c: c.transactions.list(customer_id="c" * 101), "customer_id", "100"),
    ("coupon validation of a long id", lambda c: c.coupons.validate("c" * 101, ["X"]), "customer_id", "100"),
    ("refund 0.001", lambda c: c.pos.refund("c-1", "o-1", Decimal("0.001")), "value", "2 decimal places"),
    ("refund 1e30", lambda c: c.pos.refund("c-1", "o-1", Decimal("1e30")), "value", "<= 999999999999.99"),
    ("coupon code surrogate", lambda c: c.coupons.validate("c-1", ["\ud800"]), "codes[0]", "lone surrogate"),
    ("long refund id", lambda c: c.pos.refund("c-1", "o-1", refund_id="r" * 256), "refund_id", "255"),
    (
        "sale discount over the purchase",
        lambda c: c.pos.checkout("c-1", "o-1", "50", discount_value="50.01"),
        "discount_value",
        "<= purchase_value",
    ),
    ("limit as a bool", lambda c: c.transactions.list(limit=True), "limit", "whole number"),
]


@pytest.mark.parametrize(("name", "action", "field", "rule"), GAMEBALL, ids=[c[0] for c in GAMEBALL])
def test_gameball_bounds(harness: Harness, name: str, action: Any, field: str, rule: str) -> None:
    server = FakeServer()
    error = refused(harness, harness.gameball(server), action, server)
    assert (error.field, rule in error.rule) == (field, True), error.rule


def test_a_gameball_customer_id_of_100_characters_is_sent(harness: Harness) -> None:
    server = FakeServer().reply(httpx.Response(200, json={}))
    harness.run(harness.gameball(server).customers.balance("c" * 100))
    assert len(server.requests) == 1


@pytest.mark.parametrize(
    "amount", ["10", "10.5", "10.50", "10.500", Decimal("999999999999.99"), Decimal("1.2300"), 7, "0.01"]
)
def test_whole_cent_amounts_are_sent_as_given(harness: Harness, amount: Any) -> None:
    server = FakeServer().reply(httpx.Response(200, json={"Rewards": []}))
    harness.run(harness.bonifiq(server).pos.available("c-1", amount))
    assert json.loads(server.requests[0].content, parse_float=Decimal)["PurchaseValue"] == Decimal(amount)


def test_a_discount_equal_to_the_purchase_is_sent(harness: Harness) -> None:
    server = FakeServer().reply(httpx.Response(200, json={"Rewards": []}))
    harness.run(harness.bonifiq(server).pos.available("c-1", "20", discount_value="20.00"))
    assert server.bodies()[0]["DiscountValue"] == 20


def test_the_sales_total_and_payments_are_checked(harness: Harness) -> None:
    server = FakeServer()
    sale = harness.bonifiq(server).pos.checkout("c-1", "o-1", "100")
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.run(sale.complete(total="99.999"))
    assert (caught.value.field, caught.value.rule) == ("total", "must have at most 2 decimal places (whole cents)")
    with pytest.raises(errors.InvalidArgumentError, match=r"Payment\.amount"):
        Payment("CARD", "0.001")
    assert server.requests == []


@pytest.mark.parametrize(
    ("make", "field", "rule"),
    [
        (lambda: Product("sku-1", Decimal("1e30")), "Product.price", "<= 999999999999.99"),
        (lambda: Product("sku-1", "9.999"), "Product.price", "2 decimal places"),
        (lambda: Product("sku-1", "10", quantity=2**31), "Product.quantity", f"<= {INT32_MAX}"),
        (lambda: Product("k" * 256, "10"), "Product.original_id", "255"),
        (lambda: Product("sku-1", "10", discount_price="1_0"), "Product.discount_price", "digits"),
    ],
)
def test_cart_lines_are_checked_when_built(make: Any, field: str, rule: str) -> None:
    with pytest.raises(errors.InvalidArgumentError) as caught:
        make()
    assert caught.value.field == field
    assert rule in caught.value.rule


@pytest.mark.parametrize(
    "timeout",
    [math.nan, math.inf, -math.inf, 0, -1, httpx.Timeout(math.nan), httpx.Timeout(5.0, read=math.inf)],
    ids=["nan", "inf", "-inf", "zero", "negative", "Timeout(nan)", "Timeout(read=inf)"],
)
def test_a_timeout_is_finite_and_positive(harness: Harness, timeout: Any) -> None:
    server = FakeServer()
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.bonifiq(server, timeout=timeout)
    # "timeout", or the phase of an httpx.Timeout: "timeout.read"
    assert caught.value.field.split(".")[0] == "timeout"
    assert isinstance(caught.value, errors.ConfigurationError)
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.gameball(server, timeout=timeout)
    assert caught.value.field.split(".")[0] == "timeout"
    assert server.requests == []


def test_a_timeout_with_a_phase_left_unbounded_is_refused(harness: Harness) -> None:
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.bonifiq(FakeServer(), timeout=httpx.Timeout(5.0, pool=None))
    assert (caught.value.field, caught.value.rule) == ("timeout.pool", "must be a finite number of seconds > 0")


def test_a_per_call_timeout_is_checked_before_sending(harness: Harness) -> None:
    from loyaltykit import RequestOptions

    server = FakeServer()
    options = RequestOptions(timeout=math.nan)
    error = refused(harness, harness.bonifiq(server), lambda c: c.call(rewards_get, id=1, options=options), server)
    assert error.field == "timeout"


CALLS: list[tuple[str, Any, str, str]] = [
    ("int beyond int64", lambda c: c.call(rewards_get, id=2**63), "id", "64-bit"),
    ("float id", lambda c: c.call(rewards_get, id=1.0), "id", "float"),
    ("surrogate in a path", lambda c: c.call(customer_points, id="c-\ud800"), "id", "lone surrogate"),
    ("newline in a path", lambda c: c.call(customer_points, id="c-1\r\n"), "id", "control characters"),
    ("float in a body", change_cashback(1.5), "body.Value", "float"),
    ("infinite amount in a body", change_cashback(Decimal("Infinity")), "body.Value", "finite"),
    ("surrogate in a body", change_cashback(Decimal("1"), reason="r\udc00"), "body.Reason", "lone surrogate"),
]


@pytest.mark.parametrize(("name", "action", "field", "rule"), CALLS, ids=[c[0] for c in CALLS])
def test_the_low_level_call_refuses_what_the_wire_cannot_carry(
    harness: Harness, name: str, action: Any, field: str, rule: str
) -> None:
    server = FakeServer()
    error = refused(harness, harness.bonifiq(server), action, server)
    assert (error.field, rule in error.rule) == (field, True), error.rule


def test_the_low_level_call_still_sends_free_text_with_line_breaks(harness: Harness) -> None:
    server = FakeServer().reply(httpx.Response(200, json={"HasError": False}))
    body = ChangeCashbackRequest(value=Decimal("1.50"), change_key="k", reason="line one\nline two")
    harness.run(harness.bonifiq(server).call(customer_change_cashback, id="c-1", body=body))
    assert server.bodies()[0]["Reason"] == "line one\nline two"


PERSONAL = [
    ("e-mail with a control character", lambda c: c.customers.points("ana@example.com\x00")),
    ("e-mail too long", lambda c: c.customers.points("ana@example.com" + "x" * 300)),
    ("CPF with a surrogate", lambda c: c.pos.available("123.456.789-09\ud800", "10")),
    ("e-mail as an amount", lambda c: c.pos.available("c-1", "ana@example.com")),
    ("CPF as points", lambda c: c.customers.add_points("c-1", "12345678909", **KEY)),
    ("e-mail as a key", lambda c: c.pos.redeem(7, "c-1", original_key="ana@example.com\n")),
]


@pytest.mark.parametrize(("name", "action"), PERSONAL, ids=[p[0] for p in PERSONAL])
def test_messages_never_repeat_personal_data(harness: Harness, name: str, action: Any) -> None:
    server = FakeServer()
    error = refused(harness, harness.bonifiq(server), action, server)
    for personal in ("ana@example.com", "123.456.789-09", "12345678909"):
        assert personal not in str(error)
        assert personal not in repr(error)


OFFER = {"Rewards": [{"Id": 1, "Title": "R$ 5 off", "RewardType": 1, "Value": 5, "CanUse": True}]}


@pytest.mark.parametrize("reward", [True, 1.0, Decimal(1), None], ids=["bool", "float", "Decimal", "None"])
def test_a_sale_names_its_reward_by_option_int_or_str_only(harness: Harness, reward: Any) -> None:
    # True == 1 and 1.0 == 1 in Python: either would have redeemed reward 1.
    server = FakeServer().reply(httpx.Response(200, json=OFFER))
    sale = harness.bonifiq(server).pos.checkout("c-1", "o-1", "100")
    harness.run(sale.rewards())
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.run(sale.redeem(reward))
    assert caught.value.field == "reward"
    assert "RewardOption" in caught.value.rule
    assert len(server.requests) == 1  # the offer only


@pytest.mark.parametrize(
    ("make", "field", "rule"),
    [
        (lambda: Product("sku-1", "10", title="T\ud800"), "Product.title", "lone surrogate"),
        (lambda: Product("sku-1", "10", line_id="l-1\n"), "Product.line_id", "control characters"),
        (lambda: Payment("CARD", "10", name="x" * 256), "Payment.name", "255"),
        (lambda: Payment("CARD\x00", "10"), "Payment.method", "control characters"),
    ],
)
def test_the_text_of_cart_lines_and_payments_is_checked(make: Any, field: str, rule: str) -> None:
    with pytest.raises(errors.InvalidArgumentError) as caught:
        make()
    assert caught.value.field == field
    assert rule in caught.value.rule


@pytest.mark.parametrize(
    ("headers", "field"),
    [
        ({"X-Trace": "a\r\nX-Injected: 1"}, "extra_headers.X-Trace"),
        ({"X-Trace": "caf\u00e9"}, "extra_headers.X-Trace"),
        ({"X-Trace": 7}, "extra_headers.X-Trace"),
        ({"X Trace": "a"}, "extra_headers"),
    ],
    ids=["CRLF", "non-ASCII", "not a string", "bad name"],
)
def test_extra_headers_are_checked_before_sending(harness: Harness, headers: Any, field: str) -> None:
    from loyaltykit import RequestOptions

    server = FakeServer()
    options = RequestOptions(extra_headers=headers)
    error = refused(harness, harness.bonifiq(server), lambda c: c.call(rewards_get, id=1, options=options), server)
    assert error.field == field
    assert "a\r\n" not in str(error)
