"""POST /transactions/cashback: points for a purchase without an order, in the ledger."""

from __future__ import annotations

from typing import Any

import httpx

from loyaltykit._json import decode_json

from .spec_check import assert_matches_spec

G = "/api/v4.0/integrations"
ANA = "ana@example.com"
WHEN = "2026-01-15T12:00:00Z"


def body(response: httpx.Response) -> Any:
    return decode_json(response.content)


def cashback(gameball: httpx.Client, transaction_id: str, amount: float, customer: str = ANA) -> httpx.Response:
    sent = {"customerId": customer, "transactionId": transaction_id, "transactionTime": WHEN, "amount": amount}
    return gameball.post("/transactions/cashback", json=sent)


def balance(gameball: httpx.Client, customer: str = ANA) -> dict[str, Any]:
    found: dict[str, Any] = body(gameball.get(f"/customers/{customer}/balance"))
    return found


def test_cashback_rewards_points_for_the_amount(gameball: httpx.Client, admin: httpx.Client) -> None:
    answer = cashback(gameball, "TXN-1", 150.75)
    assert answer.status_code == 200, answer.text
    data = body(answer)
    assert_matches_spec("gameball", "POST", f"{G}/transactions/cashback", 200, data)
    # 1 point per currency unit, rounded down; each point is worth 0.1.
    assert data["customerId"] == ANA and data["rewardEquivalentPoints"] == 150
    assert str(data["rewardAmount"]) == "15.0"
    after = balance(gameball)
    assert after["availablePointsBalance"] == 1650 and after["totalEarnedPoints"] == 1650
    ledger = admin.get(f"/gameball/customers/{ANA}").json()["ledger"]
    assert (ledger[-1]["cause"], ledger[-1]["ref"], ledger[-1]["points"]) == ("cashback", "TXN-1", 150)
    assert ledger[-1]["id"] == data["gameballTransactionId"]
    listed = body(gameball.get("/transactions", params={"customerId": ANA}))["transactions"]
    assert (listed[-1]["type"], listed[-1]["transactionId"], listed[-1]["points"]) == ("Cashback", "TXN-1", 150)


def test_a_transaction_id_rewards_once(gameball: httpx.Client) -> None:
    assert cashback(gameball, "TXN-2", 10).status_code == 200
    again = cashback(gameball, "TXN-2", 10)
    assert again.status_code == 422 and body(again)["code"] == 9004
    assert balance(gameball)["availablePointsBalance"] == 1510


def test_a_refund_of_the_cashback_takes_its_points_back(gameball: httpx.Client) -> None:
    assert cashback(gameball, "TXN-3", 100).status_code == 200
    refund = {
        "customerId": ANA,
        "refundTransactionId": "REF-3",
        "reverseTransactionId": "TXN-3",
        "transactionTime": WHEN,
    }
    refund_amount = {**refund, "refundAmount": 40}
    assert gameball.post("/transactions/refund", json=refund_amount).status_code == 200
    assert balance(gameball)["availablePointsBalance"] == 1560
    rest = gameball.post("/transactions/refund", json={**refund, "refundTransactionId": "REF-4"})
    assert rest.status_code == 200
    assert balance(gameball)["availablePointsBalance"] == 1500


def test_an_unknown_customer_is_created(gameball: httpx.Client) -> None:
    assert cashback(gameball, "TXN-5", 30, customer="new@example.com").status_code == 200
    assert balance(gameball, "new@example.com")["availablePointsBalance"] == 30


def test_a_negative_amount_is_refused(gameball: httpx.Client) -> None:
    refused = cashback(gameball, "TXN-6", -1)
    assert refused.status_code == 422 and body(refused)["code"] == 3003
