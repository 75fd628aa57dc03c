"""Bad arguments: a typed error naming the field and the rule, and no request sent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from facade.fakes import FakeServer, Harness
from loyaltykit import errors
from loyaltykit.bonifiq import Product

CASES: list[tuple[str, Any, str, str]] = [
    ("empty customer id", lambda c: c.customers.points(""), "customer_id", "must not be empty"),
    ("blank customer id", lambda c: c.pos.available("  ", Decimal("10")), "customer_id", "must not be empty"),
    ("negative value", lambda c: c.pos.redeem(7, "c-1", original_key="k", value=Decimal("-1")), "value", "> 0"),
    ("zero purchase", lambda c: c.pos.available("c-1", 0), "purchase_value", "> 0"),
    ("non-numeric value", lambda c: c.pos.redeem(7, "c-1", original_key="k", value="ten"), "value", "number"),
    ("missing key", lambda c: c.pos.redeem(7, "c-1", original_key=""), "original_key", "must not be empty"),
    ("reward id", lambda c: c.pos.redeem(0, "c-1", original_key="k"), "reward_id", ">= 1"),
    ("page size over 50", lambda c: c.customers.coupons("c-1", page_size=51), "page_size", "<= 50"),
    ("page size zero", lambda c: c.customers.history("c-1", page_size=0), "page_size", ">= 1"),
]


@pytest.mark.parametrize(("name", "action", "field", "rule"), CASES, ids=[c[0] for c in CASES])
def test_bonifiq_arguments_are_checked_before_any_request(
    harness: Harness, name: str, action: Any, field: str, rule: str
) -> None:
    server = FakeServer()
    with pytest.raises(errors.InvalidArgumentError) as caught:
        harness.run(action(harness.bonifiq(server)))
    assert caught.value.field == field
    assert rule in caught.value.rule
    assert isinstance(caught.value, ValueError)
    assert server.requests == []


def test_gameball_arguments_are_checked(harness: Harness) -> None:
    server = FakeServer()
    client = harness.gameball(server)
    with pytest.raises(errors.InvalidArgumentError, match="customer_id"):
        harness.run(client.customers.balance(""))
    with pytest.raises(errors.InvalidArgumentError, match="limit"):
        client.transactions.list(limit=500)
    assert server.requests == []


def test_products_are_checked_when_built() -> None:
    with pytest.raises(errors.InvalidArgumentError, match=r"Product\.price"):
        Product("sku-1", -1)
    with pytest.raises(errors.InvalidArgumentError, match=r"Product\.quantity"):
        Product("sku-1", Decimal("10"), quantity=0)
    with pytest.raises(errors.InvalidArgumentError, match=r"Product\.price.*float"):
        Product("sku-1", 9.99)
    assert Product("sku-1", "9.90", quantity=3).total == Decimal("29.70")
