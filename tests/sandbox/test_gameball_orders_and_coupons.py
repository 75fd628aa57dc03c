"""Gameball: GET /orders/{orderId}/transactions and POST /coupons/validate (with locks)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

import loyaltykit
from loyaltykit._json import decode_json

from .conftest import CREDENTIALS, client, gameball_headers
from .spec_check import assert_matches_spec

G = "/api/v4.0/integrations"
ANA, BRUNO = "ana@example.com", "bruno@example.com"
ANA_COUPONS = ["SBX-191-0001", "SBX-191-0002", "SBX-191-0003"]  # the demo seed's
WHEN = "2026-01-15T12:00:00Z"


def body(response: httpx.Response) -> Any:
    return decode_json(response.content)


def transactions(gameball: httpx.Client, order_id: str) -> list[dict[str, Any]]:
    response = gameball.get(f"/orders/{order_id}/transactions")
    assert response.status_code == 200, response.text
    data = body(response)
    assert_matches_spec("gameball", "GET", f"{G}/orders/{{orderId}}/transactions", 200, data)
    assert data["count"] == len(data["transactions"])
    return list(data["transactions"])


def sale(gameball: httpx.Client, order_id: str, points: int, paid: int) -> None:
    held = gameball.post(
        "/transactions/hold", json={"customerId": ANA, "transactionTime": WHEN, "pointsToHold": points}
    )
    order = {
        "customerId": ANA,
        "orderId": order_id,
        "orderDate": WHEN,
        "totalPaid": paid,
        "redemption": {"pointsHoldReference": body(held)["holdReference"]},
    }
    assert gameball.post("/orders", json=order).status_code == 200


def refund(gameball: httpx.Client, order_id: str, refund_id: str, amount: int | None = None) -> None:
    payload: dict[str, Any] = {
        "customerId": ANA,
        "refundTransactionId": refund_id,
        "reverseTransactionId": order_id,
        "transactionTime": WHEN,
    }
    if amount is not None:
        payload["refundAmount"] = amount
    assert gameball.post("/transactions/refund", json=payload).status_code == 200


# --------------------------------------------------------------------------- order transactions


def test_order_transactions_follow_the_order_and_its_refunds(gameball: httpx.Client) -> None:
    sale(gameball, "ORD-T1", points=200, paid=100)
    first = transactions(gameball, "ORD-T1")
    assert [(t["transactionType"], t["equivalentPoints"], t["amount"]) for t in first] == [
        ("Redemption", 200, Decimal("20.0")),
        ("PaymentReward", 100, 100),
    ]
    assert {t["transactionId"] for t in first} == {"ORD-T1"}
    assert all(isinstance(t["gameballTransactionId"], int) for t in first)
    refund(gameball, "ORD-T1", "REF-T1", amount=25)
    refund(gameball, "ORD-T1", "REF-T2")
    after = transactions(gameball, "ORD-T1")
    assert [(t["transactionType"], t["transactionId"], t["equivalentPoints"]) for t in after[2:]] == [
        ("PartialRefund", "REF-T1", 50),
        ("Cancel", "REF-T1", 25),
        ("Refund", "REF-T2", 150),
        ("Cancel", "REF-T2", 75),
    ]


def test_an_order_without_redemption_has_only_its_reward(gameball: httpx.Client) -> None:
    order = {"customerId": ANA, "orderId": "ORD-T2", "orderDate": WHEN, "totalPaid": 40}
    assert gameball.post("/orders", json=order).status_code == 200
    assert [t["transactionType"] for t in transactions(gameball, "ORD-T2")] == ["PaymentReward"]


def test_unknown_order_transactions_is_a_404(gameball: httpx.Client) -> None:
    missing = gameball.get("/orders/NOPE/transactions")
    assert missing.status_code == 404
    assert set(body(missing)) == {"code", "type", "message", "documentationUrl", "requestId"}
    assert body(missing)["code"] == 9002


# --------------------------------------------------------------------------- coupons/validate


def validate(gameball: httpx.Client, codes: list[str], customer: str = ANA, **extra: Any) -> dict[str, Any]:
    response = gameball.post("/coupons/validate", json={"customerId": customer, "coupons": codes, **extra})
    assert response.status_code == 200, response.text
    data: dict[str, Any] = body(response)
    assert_matches_spec("gameball", "POST", f"{G}/coupons/validate", 200, data)
    return data


def test_validate_the_customers_coupons(gameball: httpx.Client) -> None:
    data = validate(gameball, ANA_COUPONS[:2], totalPurchaseAmount=50)
    assert data["valid"] is True and "lockReference" not in data
    assert [(c["code"], c["type"], c["value"]) for c in data["coupons"]] == [
        ("SBX-191-0001", "fixed", 5),
        ("SBX-191-0002", "percentage", 10),
    ]
    mixed = validate(gameball, [ANA_COUPONS[0], "NOT-A-COUPON"])
    assert mixed["valid"] is False and [c["code"] for c in mixed["coupons"]] == ["SBX-191-0001"]
    # Another customer's codes are not theirs.
    assert validate(gameball, ANA_COUPONS, customer=BRUNO) == {"valid": False, "coupons": []}


def test_expired_coupons_are_not_valid(gameball: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/clock", json={"advance_seconds": 31 * 24 * 3600}).raise_for_status()
    assert validate(gameball, ANA_COUPONS[:1])["valid"] is False


def test_lock_reserves_coupons_until_it_expires(gameball: httpx.Client, admin: httpx.Client) -> None:
    locked = validate(gameball, ANA_COUPONS[:2], lock=True, lockDuration=5)
    reference = locked["lockReference"]
    assert locked["valid"] is True and reference.startswith("LOCK-") and locked["dateToExpire"]
    # Locked coupons cannot be locked or validated by another session...
    assert validate(gameball, ANA_COUPONS[:1])["valid"] is False
    assert validate(gameball, ANA_COUPONS[:1], lock=True)["valid"] is False
    # ...but the session itself may change its list (the dropped coupon is freed).
    same = validate(gameball, ANA_COUPONS[1:], lock=True, lockReference=reference)
    assert same["valid"] is True and same["lockReference"] == reference
    assert validate(gameball, ANA_COUPONS[:1])["valid"] is True
    admin.post("/clock", json={"advance_seconds": 301}).raise_for_status()
    assert validate(gameball, ANA_COUPONS[1:])["valid"] is False  # renewed: 10 minutes by default
    admin.post("/clock", json={"advance_seconds": 300}).raise_for_status()
    assert validate(gameball, ANA_COUPONS)["valid"] is True
    expired = gameball.post(
        "/coupons/validate", json={"customerId": ANA, "coupons": ANA_COUPONS, "lock": True, "lockReference": reference}
    )
    assert expired.status_code == 404 and body(expired)["code"] == 4004


def test_validate_errors(gameball: httpx.Client) -> None:
    unknown = gameball.post("/coupons/validate", json={"customerId": "nobody", "coupons": ["X"]})
    assert unknown.status_code == 404 and body(unknown)["code"] == 7000
    empty = gameball.post("/coupons/validate", json={"customerId": ANA, "coupons": []})
    assert empty.status_code == 400 and body(empty)["type"] == "PAYLOAD_ERROR"
    missing = gameball.post("/coupons/validate", json={"customerId": ANA})
    assert missing.status_code == 400 and "coupons" in body(missing)["message"]


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_sdk_methods_work_on_the_sandbox(sandbox: Any, mode: str) -> None:
    """gb.orders.transactions and gb.coupons.validate, as a cassette would record them."""
    with client(base_url=sandbox.gameball_base_url, headers=gameball_headers()) as raw:
        sale(raw, f"ORD-SDK-{mode}", points=100, paid=60)
    keys = (CREDENTIALS.gameball_api_key, CREDENTIALS.gameball_secret_key)
    if mode == "sync":
        with loyaltykit.Gameball(*keys, base_url=sandbox.base_url, timeout=5) as gb:
            moved = gb.orders.transactions(f"ORD-SDK-{mode}")
            checked = gb.coupons.validate(ANA, ANA_COUPONS[:1], total_purchase_amount="60.00")
    else:
        async with loyaltykit.AsyncGameball(*keys, base_url=sandbox.base_url, timeout=5) as agb:
            moved = await agb.orders.transactions(f"ORD-SDK-{mode}")
            checked = await agb.coupons.validate(ANA, ANA_COUPONS[:1], total_purchase_amount="60.00")
    assert moved.count == 2
    assert checked.valid is True and checked.coupons[0].code == ANA_COUPONS[0]  # type: ignore[index]
