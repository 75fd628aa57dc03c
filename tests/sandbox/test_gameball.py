"""Gameball semantics: hold -> order -> refund, expiry, release, duplicates, rate limits."""

from __future__ import annotations

from typing import Any

import httpx

from loyaltykit._json import decode_json

from .conftest import HTTP, async_client, client
from .spec_check import assert_matches_spec

G = "/api/v4.0/integrations"
ANA = "ana@example.com"
WHEN = "2026-01-15T12:00:00Z"


def body(response: httpx.Response) -> Any:
    return decode_json(response.content)


def available(gameball: httpx.Client, customer: str = ANA) -> int:
    data = body(gameball.get(f"/customers/{customer}/balance"))
    assert_matches_spec("gameball", "GET", f"{G}/customers/{{customerId}}/balance", 200, data)
    return int(data["availablePointsBalance"])


def hold(gameball: httpx.Client, points: int, customer: str = ANA) -> httpx.Response:
    return gameball.post(
        "/transactions/hold", json={"customerId": customer, "transactionTime": WHEN, "pointsToHold": points}
    )


def test_hold_order_refund_round_trip(gameball: httpx.Client, admin: httpx.Client) -> None:
    held = hold(gameball, 100)
    assert held.status_code == 200
    assert_matches_spec("gameball", "POST", f"{G}/transactions/hold", 200, body(held))
    reference = body(held)["holdReference"]
    assert body(held)["holdEquivalentPoints"] == 100
    assert available(gameball) == 1400
    order = gameball.post(
        "/orders",
        json={
            "customerId": ANA,
            "orderId": "ORD-1",
            "orderDate": WHEN,
            "totalPaid": 90,
            "totalPrice": 100,
            "channel": "pos",
            "redemption": {"pointsHoldReference": reference},
        },
    )
    assert order.status_code == 200
    assert (body(order)["redeemedPoints"], body(order)["rewardedPoints"]) == (100, 90)
    assert available(gameball) == 1400 + 90
    assert body(gameball.get(f"/transactions/hold/{reference}"))["state"] == "Used"
    duplicate = gameball.post(
        "/orders", json={"customerId": ANA, "orderId": "ORD-1", "orderDate": WHEN, "totalPaid": 90}
    )
    assert duplicate.status_code == 422 and body(duplicate)["code"] == 9004
    refund = gameball.post(
        "/transactions/refund",
        json={
            "customerId": ANA,
            "refundTransactionId": "REF-1",
            "reverseTransactionId": "ORD-1",
            "transactionTime": WHEN,
        },
    )
    assert refund.status_code == 200
    assert_matches_spec("gameball", "POST", f"{G}/transactions/refund", 200, body(refund))
    assert available(gameball) == 1500  # redeemed points back, earned points taken away
    causes = [entry["cause"] for entry in admin.get(f"/gameball/customers/{ANA}").json()["ledger"]]
    assert causes == ["seed", "hold", "hold_consumed", "order_earn", "refund"]


def test_partial_refund_returns_a_share(gameball: httpx.Client) -> None:
    reference = body(hold(gameball, 200))["holdReference"]
    gameball.post(
        "/orders",
        json={"customerId": ANA, "orderId": "ORD-P", "orderDate": WHEN, "totalPaid": 100,
              "redemption": {"pointsHoldReference": reference}},
    )  # fmt: skip
    refund = {"customerId": ANA, "reverseTransactionId": "ORD-P", "transactionTime": WHEN, "refundAmount": 25}
    first = body(gameball.post("/transactions/refund", json={**refund, "refundTransactionId": "R-1"}))
    assert first["refundEquivalentPoints"] == 50
    assert available(gameball) == 1300 + 100 + 50 - 25
    reused = gameball.post("/transactions/refund", json={**refund, "refundTransactionId": "R-1"})
    assert reused.status_code == 422 and body(reused)["code"] == 9004
    too_much = gameball.post("/transactions/refund", json={**refund, "refundTransactionId": "R-2", "refundAmount": 80})
    assert too_much.status_code == 422


def test_hold_cancel_gives_points_back(gameball: httpx.Client) -> None:
    reference = body(hold(gameball, 300))["holdReference"]
    assert available(gameball) == 1200
    released = gameball.delete(f"/transactions/hold/{reference}")
    assert released.status_code == 200 and body(released)["success"] is True
    assert available(gameball) == 1500
    assert gameball.get(f"/transactions/hold/{reference}").status_code == 404
    assert gameball.delete(f"/transactions/hold/{reference}").status_code == 404


def test_hold_expires_and_cannot_be_used_after(gameball: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/gameball/settings", json={"hold_ttl_seconds": 60}).raise_for_status()
    reference = body(hold(gameball, 500))["holdReference"]
    assert available(gameball) == 1000
    assert admin.post("/clock", json={"advance_seconds": 61}).json()["expired_holds"] == 1
    assert available(gameball) == 1500
    assert body(gameball.get(f"/transactions/hold/{reference}"))["state"] == "Expired"
    late = gameball.post(
        "/orders",
        json={"customerId": ANA, "orderId": "ORD-late", "orderDate": WHEN, "totalPaid": 10,
              "redemption": {"pointsHoldReference": reference}},
    )  # fmt: skip
    assert late.status_code == 404 and body(late)["code"] == 9006
    causes = [entry["cause"] for entry in admin.get(f"/gameball/customers/{ANA}").json()["ledger"]]
    assert causes[-1] == "hold_expiry"


def test_hold_beyond_the_balance_is_refused(gameball: httpx.Client) -> None:
    refused = hold(gameball, 1501)
    assert refused.status_code == 422 and body(refused)["code"] == 9008
    assert available(gameball) == 1500


def test_hold_by_amount_uses_the_redemption_factor(gameball: httpx.Client) -> None:
    config = body(gameball.get("/configurations/redemption"))
    assert_matches_spec("gameball", "GET", f"{G}/configurations/redemption", 200, config)
    held = body(
        gameball.post("/transactions/hold", json={"customerId": ANA, "transactionTime": WHEN, "amountToHold": 10})
    )
    assert held["holdEquivalentPoints"] == int(10 / config["redemptionFactor"])


def test_transactions_are_a_cursor_list(gameball: httpx.Client) -> None:
    for _ in range(3):
        hold(gameball, 10)
    first = body(gameball.get("/transactions", params={"customerId": ANA, "limit": 2}))
    assert_matches_spec("gameball", "GET", f"{G}/transactions", 200, first)
    assert len(first["transactions"]) == 2 and first["hasMore"] is True
    after = first["transactions"][-1]["gameballTransactionId"]
    rest = body(gameball.get("/transactions", params={"customerId": ANA, "limit": 2, "startAfter": after}))
    assert len(rest["transactions"]) == 2 and rest["hasMore"] is False
    seen = [t["gameballTransactionId"] for t in first["transactions"] + rest["transactions"]]
    assert len(set(seen)) == 4


def test_customer_create_get_and_coupons(gameball: httpx.Client) -> None:
    created = gameball.post("/customers", json={"customerId": "new-1", "email": "new@example.com"})
    assert created.status_code == 200 and body(created)["gameballId"] > 0
    got = body(gameball.get("/customers/new-1"))
    assert_matches_spec("gameball", "GET", f"{G}/customers/{{customerId}}", 200, got)
    assert got["customerId"] == "new-1"
    missing = gameball.get("/customers/nobody")
    assert missing.status_code == 404 and body(missing)["code"] == 7000
    coupons = body(gameball.get(f"/customers/{ANA}/coupons"))
    assert_matches_spec("gameball", "GET", f"{G}/customers/{{customerId}}/coupons", 200, coupons)
    assert len(coupons["coupons"]) == 3


def test_rate_limit_answers_429_with_retry_after(gameball: httpx.Client, admin: httpx.Client) -> None:
    # Scale 0.1: Transactions POST allows 3 requests per second instead of 30.
    admin.post("/gameball/settings", json={"rate_limits": True, "rate_limit_scale": 0.1}).raise_for_status()
    statuses = [hold(gameball, 1).status_code for _ in range(6)]
    assert statuses.count(429) >= 1 and statuses[:3] == [200, 200, 200]
    limited = hold(gameball, 1)
    assert limited.status_code == 429
    assert int(limited.headers["Retry-After"]) >= 1
    assert set(body(limited)) == {"code", "type", "message", "documentationUrl", "requestId"}
    admin.post("/gameball/settings", json={"rate_limits": False}).raise_for_status()
    assert hold(gameball, 1).status_code == 200


def test_v41_uses_the_same_paths_and_requires_the_secret_key(sandbox: Any) -> None:
    v41 = sandbox.gameball_v41_base_url
    only_key = {"apikey": sandbox.credentials.gameball_api_key}
    # v4.0: getCustomer needs only the API key (the spec's security); v4.1: both keys always.
    assert HTTP.get(f"{sandbox.gameball_base_url}/customers/{ANA}", headers=only_key).status_code == 200
    refused = HTTP.get(f"{v41}/customers/{ANA}", headers=only_key)
    assert refused.status_code == 401 and refused.json()["code"] == 1001
    both = {**only_key, "secretkey": sandbox.credentials.gameball_secret_key}
    assert HTTP.get(f"{v41}/customers/{ANA}/balance", headers=both).status_code == 200


def test_releasing_a_hold_twice_credits_it_once(gameball: httpx.Client, admin: httpx.Client, sandbox: Any) -> None:
    """Regression: a second DELETE of a released hold must not move points again."""
    reference = body(hold(gameball, 300))["holdReference"]
    assert gameball.delete(f"/transactions/hold/{reference}").status_code == 200
    v41 = client(base_url=sandbox.gameball_v41_base_url, headers=dict(gameball.headers))
    with v41:
        for each in (gameball, v41, gameball):
            again = each.delete(f"/transactions/hold/{reference}")
            assert again.status_code == 404 and body(again)["code"] == 9006
            assert body(again)["type"] == "TRANSACTION_ERROR"
    state = admin.get(f"/gameball/customers/{ANA}").json()
    assert state["points"] == 1500 and state["ledger_sums"]["points"] == 1500
    assert [e["cause"] for e in state["ledger"]] == ["seed", "hold", "hold_release"]
    assert [h["state"] for h in state["holds"]] == ["Released"]


async def test_parallel_releases_of_one_hold_credit_it_once(sandbox: Any, gameball: httpx.Client) -> None:
    import asyncio

    reference = body(hold(gameball, 200))["holdReference"]
    async with async_client(base_url=sandbox.gameball_base_url, headers=dict(gameball.headers)) as aclient:
        responses = await asyncio.gather(*(aclient.delete(f"/transactions/hold/{reference}") for _ in range(10)))
    assert sorted(r.status_code for r in responses) == [200] + [404] * 9
    assert available(gameball) == 1500


def test_an_expired_hold_cannot_be_released(gameball: httpx.Client, admin: httpx.Client) -> None:
    reference = body(hold(gameball, 100))["holdReference"]
    admin.post("/clock", json={"advance_seconds": 601}).raise_for_status()
    late = gameball.delete(f"/transactions/hold/{reference}")
    assert late.status_code == 404 and body(late)["code"] == 9006
    causes = [e["cause"] for e in admin.get(f"/gameball/customers/{ANA}").json()["ledger"]]
    assert causes == ["seed", "hold", "hold_expiry"]
