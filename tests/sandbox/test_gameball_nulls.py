"""Explicit null in an optional Gameball request field is accepted (as Gameball's SDKs send it),
unless the sandbox runs strict (SandboxConfig(strict=True), --strict): then the spec rules."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from loyaltykit.sandbox import RunningSandbox, SandboxConfig, start_in_thread
from loyaltykit.sandbox.__main__ import build_parser

from .conftest import CREDENTIALS, client, gameball_headers

ANA = "ana@example.com"
WHEN = "2026-01-15T12:00:00Z"

# What an SDK serialising its whole request model sends: every optional field, unset ones as null.
CALLS: list[tuple[str, dict[str, Any]]] = [
    (
        "/orders",
        {
            "customerId": ANA, "orderId": "ORD-NULL", "orderDate": WHEN, "totalPaid": 50, "totalTax": None,
            "totalDiscount": None, "email": None, "mobile": None, "redemption": None, "merchant": None,
            "lineItems": [{"productId": "SKU-1", "quantity": 1, "price": 50, "taxes": None, "collection": None}],
        },
    ),
    ("/customers", {"customerId": "new@example.com", "referrerCode": None, "email": None, "mobile": None}),
    ("/transactions/hold", {"customerId": ANA, "transactionTime": WHEN, "pointsToHold": 10, "otp": None,
                            "amountToHold": None, "ruleId": None, "email": None}),
    ("/transactions/cashback", {"customerId": ANA, "transactionId": "T-NULL", "transactionTime": WHEN,
                                "amount": 20, "merchant": None, "configurations": None}),
]  # fmt: skip


@pytest.mark.parametrize(("path", "sent"), CALLS, ids=[path for path, _ in CALLS])
def test_null_in_an_optional_field_is_accepted(gameball: httpx.Client, path: str, sent: dict[str, Any]) -> None:
    answer = gameball.post(path, json=sent)
    assert answer.status_code == 200, answer.text


def test_null_in_a_required_field_is_still_refused(gameball: httpx.Client) -> None:
    refused = gameball.post("/orders", json={"customerId": ANA, "orderId": "O", "orderDate": WHEN, "totalPaid": None})
    assert refused.status_code == 400 and "totalPaid" in refused.json()["message"]


@pytest.fixture(scope="module")
def strict() -> Iterator[RunningSandbox]:
    with start_in_thread(SandboxConfig(credentials=CREDENTIALS, strict=True)) as running:
        yield running


@pytest.mark.parametrize(("path", "sent"), CALLS, ids=[path for path, _ in CALLS])
def test_strict_mode_follows_the_spec_to_the_letter(strict: RunningSandbox, path: str, sent: dict[str, Any]) -> None:
    with client(base_url=strict.gameball_base_url, headers=gameball_headers()) as gameball:
        refused = gameball.post(path, json=sent)
    assert refused.status_code == 400 and "None is not of type" in refused.json()["message"]


def test_the_cli_has_a_strict_flag() -> None:
    assert build_parser().parse_args(["--strict"]).strict is True
    assert build_parser().parse_args([]).strict is False
