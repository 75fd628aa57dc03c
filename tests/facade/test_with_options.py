"""``client.with_options(...)``: a configured copy over the same connection pool and journal."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import httpx
import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import AsyncBonifiQ, AsyncGameball, BonifiQ, Gameball, errors

POINTS = {"CustomerExists": True, "PointsBalance": 120, "CashbackBalance": 10.5}
OFFER = {"Rewards": [], "AvailablePoints": 1500, "AvailableCashback": 25}


def test_a_copy_shares_the_pool_and_closing_it_leaves_the_original_open() -> None:
    with BonifiQ("t", "k", journal=":memory:") as bq:
        copy = bq.with_options(timeout=3)
        assert copy._http is bq._http  # one httpx client: one connection pool
        assert copy.journal is bq.journal
        copy.close()
        with copy:
            pass
        assert not bq._http.is_closed
        bq.journal.sale("bonifiq", "o-1")  # the journal is still open
    assert bq._http.is_closed


def test_an_async_copy_shares_the_pool_and_closing_it_leaves_the_original_open() -> None:
    async def scenario() -> AsyncGameball:
        async with AsyncGameball("a", "s") as gb:
            copy = gb.with_options(max_retries=5)
            assert copy._http is gb._http
            async with copy:
                pass
            assert not gb._http.is_closed
        return gb

    assert asyncio.run(scenario())._http.is_closed


def test_a_copy_of_a_client_with_its_own_pool_applies_its_settings() -> None:
    # A pool the client built carries the original's headers and timeout: the copy's must
    # still win, request by request.
    server = FakeServer().reply(json_response(503, {}), *[json_response(200, POINTS)] * 3)
    with BonifiQ("t", "k", timeout=30) as bq:
        bq._http._transport = httpx.MockTransport(server)
        copy = bq.with_options(timeout=3, max_retries=0, default_headers={"X-Tenant": "store-9"})
        with pytest.raises(errors.InternalServerError):
            copy.customers.points("c-1")
        bq.customers.points("c-1")
        copy.customers.points("c-1", timeout=1)

    first, original, per_call = server.requests
    assert first.extensions["timeout"]["read"] == 3 and first.headers["X-Tenant"] == "store-9"
    assert first.headers["Authorization"].startswith("Basic ") and "loyaltykit" in first.headers["User-Agent"]
    assert original.extensions["timeout"]["read"] == 30 and "X-Tenant" not in original.headers
    assert per_call.extensions["timeout"]["read"] == 1 and per_call.headers["X-Tenant"] == "store-9"


def test_settings_of_the_copy_reach_the_wire(harness: Harness) -> None:
    server = FakeServer().reply(*[json_response(503, {})] * 4, json_response(200, POINTS), json_response(200, POINTS))
    bq = harness.bonifiq(server, max_retries=0)
    copy = bq.with_options(timeout=2.5, max_retries=4, default_headers={"X-Tenant": "store-9"})

    harness.run(copy.customers.points("c-1"))
    harness.run(bq.customers.points("c-1"))

    *copy_requests, original = server.requests
    assert len(copy_requests) == 5  # four retries, on the copy only
    assert all(r.extensions["timeout"]["read"] == 2.5 and r.headers["X-Tenant"] == "store-9" for r in copy_requests)
    assert original.extensions["timeout"]["read"] == 30 and "X-Tenant" not in original.headers
    assert (copy.timeout.read, copy.max_retries, bq.max_retries) == (2.5, 4, 0)


def test_resources_of_the_copy_are_its_own(harness: Harness) -> None:
    gb = harness.gameball(FakeServer())
    original = gb.customers  # created before the copy: it stays the original's
    copy = gb.with_options(timeout=5)
    assert copy.customers is not original and copy.customers._client is copy
    assert gb.customers is original and original._client is gb
    assert copy.pos._client is copy
    # What the original learnt (Gameball refusing a customer's hold without an OTP) the copy knows.
    assert copy.pos._otp_customers is gb.pos._otp_customers


def test_a_sale_started_from_a_copy_uses_its_settings(harness: Harness) -> None:
    server = FakeServer().reply(json_response(200, OFFER))
    bq = harness.bonifiq(server)
    sale = bq.with_options(timeout=3, default_headers={"X-Lane": "7"}).pos.checkout("c-1", "o-1", Decimal("50.00"))

    harness.run(sale.rewards())

    (request,) = server.requests
    assert request.extensions["timeout"]["read"] == 3 and request.headers["X-Lane"] == "7"


@pytest.mark.parametrize(
    ("settings", "field"),
    [
        ({"default_headers": {"Authorization": "Basic eA=="}}, "default_headers.Authorization"),
        ({"default_headers": {"bad name": "x"}}, "default_headers"),
        ({"default_headers": ["X-A"]}, "default_headers"),
        ({"timeout": 0}, "timeout"),
        ({"max_retries": -1}, "max_retries"),
    ],
    ids=["auth replaced", "bad header name", "headers not a mapping", "zero timeout", "negative retries"],
)
@pytest.mark.parametrize("cls", [BonifiQ, AsyncBonifiQ])
def test_wrong_settings_are_refused(cls: type, settings: dict[str, Any], field: str) -> None:
    client = cls("t", "k", http_client=httpx.AsyncClient() if cls is AsyncBonifiQ else httpx.Client())
    with pytest.raises(errors.InvalidArgumentError) as caught:
        client.with_options(**settings)
    assert caught.value.field == field
    assert "eA==" not in str(caught.value)


def test_the_copy_keeps_the_vendor_settings() -> None:
    gb = Gameball("gb-apikey", "gb-secretkey", api_version="v4.1", base_url="https://gameball.test")
    copy = gb.with_options(timeout=1)
    assert isinstance(copy, Gameball)
    assert (copy.api_version, copy.base_url) == ("v4.1", "https://gameball.test")
    assert "gb-secretkey" not in repr(copy) and repr(copy).startswith("Gameball(")
    gb.close()
