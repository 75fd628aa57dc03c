"""POS sales of the async clients over the aiohttp transport (``loyaltykit[aiohttp]``) on the sandbox."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx
import pytest

import loyaltykit
from loyaltykit.checkout import Payment
from loyaltykit.gameball._checkout import POINTS_OPTION
from loyaltykit.sandbox import RunningSandbox
from pos.harness import PosHarness

aiohttp = pytest.importorskip("aiohttp", reason="the aiohttp extra is not installed")
pytest.importorskip("httpx_aiohttp", reason="the aiohttp extra is not installed")

ANA = "ana@example.com"  # no PIN; BonifiQ: 1500 points, 25.00 cashback; Gameball: 1500 points
FIXED, CASHBACK = 1, 3


@pytest.fixture
def pos(pos_sandbox: RunningSandbox) -> Iterator[PosHarness]:
    httpx.post(pos_sandbox.admin_url + "/reset", json={"seed": "demo"}).raise_for_status()
    harness = PosHarness("async", pos_sandbox)
    yield harness
    harness.close()


@dataclass
class Aio:
    client: httpx.AsyncClient
    sent: list[str]  # "METHOD /path" of each request aiohttp sent


@pytest.fixture
def aio(pos: PosHarness, monkeypatch: pytest.MonkeyPatch) -> Iterator[Aio]:
    """A DefaultAioHttpClient for the test's clients, and what aiohttp sent.

    httpx's own transport is made to fail, so nothing goes around aiohttp unseen.
    """
    sent: list[str] = []
    original = aiohttp.ClientSession.request

    def request(self: Any, method: str, url: Any, **kwargs: Any) -> Any:
        sent.append(f"{method} {httpx.URL(str(url)).path}")
        return original(self, method, url, **kwargs)

    async def not_httpcore(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("a request went through httpx's own transport")

    monkeypatch.setattr(aiohttp.ClientSession, "request", request)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", not_httpcore)
    client = loyaltykit.DefaultAioHttpClient()
    yield Aio(client, sent)
    pos.run(client.aclose())


def test_a_bonifiq_sale_over_aiohttp(pos: PosHarness, aio: Aio) -> None:
    bq = pos.bonifiq(http_client=aio.client)
    cashback_before = pos.cashback(ANA)
    sale = bq.pos.checkout(ANA, "pdv-aiohttp-1", Decimal("120.00"))
    offer = pos.run(sale.rewards())
    redemption = pos.run(sale.redeem(offer.reward(CASHBACK), cashback="5.00"))
    order = pos.run(sale.complete(total=Decimal("115.00"), payments=[Payment("CARD", "115.00")]))
    assert order.external_code == redemption.external_code
    assert pos.cashback(ANA) == cashback_before - Decimal("5.00")
    assert pos.run(bq.orders.get("pdv-aiohttp-1")).coupon == redemption.external_code
    assert any(line.endswith("/redeem") for line in aio.sent) and len(aio.sent) >= 3


def test_a_gameball_sale_over_aiohttp(pos: PosHarness, aio: Aio) -> None:
    gb = pos.gameball(http_client=aio.client)
    before = pos.points("gameball", ANA)
    sale = gb.pos.checkout(ANA, "gb-aiohttp-1", Decimal("120.00"))
    pos.run(sale.rewards())
    redemption = pos.run(sale.redeem(POINTS_OPTION, cashback=Decimal("10.00")))
    assert pos.points("gameball", ANA) == before - 100
    assert pos.run(sale.complete(total="110.00")).external_code == redemption.external_code
    assert any(line.endswith("/transactions/hold") for line in aio.sent)


def test_a_connection_cut_after_the_redeem_is_retried_and_charged_once(pos: PosHarness, aio: Aio) -> None:
    pos.fault("POS_Redeem", "drop_after_commit", times=1)
    before = pos.points("bonifiq", ANA)
    sale = pos.bonifiq(http_client=aio.client).pos.checkout(ANA, "pdv-aiohttp-cut", Decimal("80.00"))
    pos.run(sale.rewards())
    assert pos.run(sale.redeem(FIXED)).external_code
    assert [entry["kind"] for entry in pos.fault_log()] == ["drop_after_commit"]
    assert sum(line.endswith("/redeem") for line in aio.sent) == 2
    assert pos.points("bonifiq", ANA) == before - 100
    assert pos.ledger_causes("bonifiq", ANA).count("redeem") == 1
