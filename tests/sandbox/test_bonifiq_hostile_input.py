"""Input BonifiQ cannot mean is refused with a 4xx in its error shape, and the sandbox stays up."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest

from loyaltykit.sandbox._clock import iso, parse_iso

from .conftest import HTTP
from .spec_check import assert_matches_spec

P = "/v1/pvt"
ANA = "ana@example.com"


def _refused(response: httpx.Response, status: int = 400) -> dict[str, Any]:
    assert response.status_code == status, response.text
    data: dict[str, Any] = response.json()
    assert data["HasError"] is True and data["Severity"] == 2 and data["ErrorMessage"]
    return data


# --------------------------------------------------------------------------- 15: Basic credentials


@pytest.mark.parametrize(
    "authorization",
    [
        "Basic \u00e9\u00e8\u00ea".encode("latin-1"),  # not base64 at all: non-ASCII bytes
        b"Basic " + base64.b64encode("t\u00f6ken:k\u00e9y".encode()),  # UTF-8 credentials that are wrong
        b"Basic " + base64.b64encode(b"\xff\xfe:\xfd"),  # decodes to bytes that are not UTF-8
        b"Basic =",
        b"Bearer \xff",
    ],
)
def test_malformed_basic_credentials_are_a_401(sandbox: Any, authorization: bytes) -> None:
    response = HTTP.get(
        sandbox.bonifiq_base_url + "/Customer/ana%40example.com", headers={"Authorization": authorization}
    )
    data = _refused(response, 401)
    assert_matches_spec("bonifiq", "GET", f"{P}/Customer/{{id}}", 401, data)


# --------------------------------------------------------------------------- 16: money and quantities


@pytest.mark.parametrize(
    ("path", "payload", "field"),
    [
        ("/POS/rewards/available", {"CustomerId": ANA, "PurchaseValue": -10}, "PurchaseValue"),
        ("/POS/rewards/available", {"CustomerId": ANA, "PurchaseValue": 10, "DiscountValue": -1}, "DiscountValue"),
        (
            "/POS/rewards/available",
            {"CustomerId": ANA, "PurchaseValue": 10, "Products": [{"OriginalId": "SKU-TOBACCO", "ProductPrice": -5}]},
            "ProductPrice",
        ),
        (
            "/POS/rewards/available",
            {
                "CustomerId": ANA,
                "PurchaseValue": 10,
                "Products": [{"OriginalId": "SKU-TOBACCO", "ProductPrice": 5, "Quantity": -2}],
            },
            "Quantity",
        ),
        (
            "/POS/orders",
            {
                "OriginalId": "NEG-1",
                "OrderTotal": 10,
                "Customer": {"OriginalId": ANA},
                "Products": [{"OriginalId": "SKU-1", "ProductPrice": -3}],
            },
            "ProductPrice",
        ),
        ("/POS/rewards/1/redeem", {"CustomerId": ANA, "OriginalKey": "NEG-V", "Value": -1}, "Value"),
        ("/Checkout/redeem", {"CustomerId": ANA, "CheckoutId": "C-NEG", "Total": -50}, "Total"),
        (
            "/Checkout/redeem",
            {"CustomerId": ANA, "CheckoutId": "C-NEG", "Items": [{"ExternalProductId": "A", "Value": -50}]},
            "Value",
        ),
        (
            "/Checkout/redeem",
            {
                "CustomerId": ANA,
                "CheckoutId": "C-NEG",
                "Items": [{"ExternalProductId": "A", "Value": 5, "Quantity": -1}],
            },
            "Quantity",
        ),
    ],
)
def test_negative_money_and_quantities_are_refused(bonifiq: httpx.Client, path: str, payload: Any, field: str) -> None:
    data = _refused(bonifiq.post(path, json=payload))
    assert field in data["ErrorMessage"]


def test_a_negative_product_refund_is_refused(bonifiq: httpx.Client) -> None:
    order = {"OriginalId": "NEG-REFUND", "OrderTotal": 10, "Customer": {"OriginalId": ANA}, "IsCompleted": True}
    bonifiq.post("/POS/orders", json=order).raise_for_status()
    lines = [{"OriginalId": "A", "ValueToRefund": 8}, {"OriginalId": "B", "ValueToRefund": -3}]
    refund = {"ValueToRefund": 5, "CancelKey": "NEG-K", "Products": lines}
    data = _refused(bonifiq.post("/POS/NEG-REFUND/partialcancel", json=refund))
    assert "ValueToRefund" in data["ErrorMessage"]


# --------------------------------------------------------------------------- 16: dates


def test_iso_always_writes_four_digit_years() -> None:
    assert iso(parse_iso("0017-03-16T10:00:00Z")) == "0017-03-16T10:00:00.000Z"
    assert iso(parse_iso("0999-12-31T23:59:59.5+00:00")) == "0999-12-31T23:59:59.500Z"


def test_an_early_date_comes_back_with_a_four_digit_year(bonifiq: httpx.Client) -> None:
    order = {"OriginalId": "EARLY-1", "OrderTotal": 10, "Customer": {"OriginalId": ANA}}
    order["OrderPlacementDate"] = "0017-03-16T10:00:00Z"
    added = bonifiq.post("/Order", json=order)
    assert added.status_code == 200
    assert added.json()["Result"]["OrderPlacementDate"] == "0017-03-16T10:00:00.000Z"
    assert_matches_spec("bonifiq", "POST", f"{P}/Order", 200, added.json())


@pytest.mark.parametrize("moment", ["0001-01-01T00:30:00+01:00", "9999-12-31T23:30:00-01:00"])
def test_a_date_that_cannot_be_written_in_utc_is_refused(bonifiq: httpx.Client, moment: str) -> None:
    order = {"OriginalId": "EDGE-1", "OrderTotal": 10, "Customer": {"OriginalId": ANA}, "OrderPlacementDate": moment}
    data = _refused(bonifiq.post("/Order", json=order))
    assert "OrderPlacementDate" in data["ErrorMessage"]
    cancelled = _refused(bonifiq.post("/Order/EDGE-1/cancel", json={"OrderCancelledDate": moment}))
    assert cancelled["CodeName"] in ("ValidationError", "OrderNotFound")


# --------------------------------------------------------------------------- 16: 401 on paged lists


@pytest.mark.parametrize("operation", ["availablecoupons", "history"])
def test_a_401_on_a_paged_list_is_the_envelope(sandbox: Any, operation: str) -> None:
    response = HTTP.post(f"{sandbox.bonifiq_base_url}/Customer/ana%40example.com/{operation}", auth=("no", "no"))
    data = _refused(response, 401)
    assert "Items" not in data
    assert_matches_spec("bonifiq", "POST", f"{P}/Customer/{{id}}/{operation}", 401, data)


def test_other_errors_on_a_paged_list_keep_the_list_shape(bonifiq: httpx.Client) -> None:
    response = bonifiq.post("/Customer/nobody%40example.com/history")
    assert response.status_code == 400
    data = response.json()
    assert data["HasError"] is True and data["ErrorMessages"] and data["Items"] is None


# --------------------------------------------------------------------------- 16: Content-Type


@pytest.mark.parametrize("content_type", ["text/plain", "application/x-www-form-urlencoded", "application/xml"])
def test_a_body_that_is_not_declared_json_is_a_415(bonifiq: httpx.Client, content_type: str) -> None:
    raw = b'{"CustomerId": "ana@example.com", "PurchaseValue": 50}'
    response = bonifiq.post("/POS/rewards/available", content=raw, headers={"content-type": content_type})
    data = _refused(response, 415)
    assert data["CodeName"] == "UnsupportedMediaType"


@pytest.mark.parametrize(
    "content_type", ["application/json", "application/json; charset=utf-8", "text/json", "application/problem+json"]
)
def test_json_media_types_are_accepted(bonifiq: httpx.Client, content_type: str) -> None:
    raw = b'{"CustomerId": "ana@example.com", "PurchaseValue": 50}'
    response = bonifiq.post("/POS/rewards/available", content=raw, headers={"content-type": content_type})
    assert response.status_code == 200


# --------------------------------------------------------------------------- all of it, then business as usual


def test_hostile_probes_leave_the_sandbox_serving(sandbox: Any, bonifiq: httpx.Client) -> None:
    base = sandbox.bonifiq_base_url
    probes = [
        HTTP.get(
            base + "/Customer/ana%40example.com", headers={"Authorization": "Basic \u00ff\u00fe".encode("latin-1")}
        ),
        bonifiq.post("/POS/rewards/available", json={"CustomerId": ANA, "PurchaseValue": -1}),
        bonifiq.post(
            "/Order",
            json={
                "OriginalId": "H-1",
                "OrderTotal": 1,
                "Customer": {"OriginalId": ANA},
                "OrderPlacementDate": "0001-01-01T00:00:00+05:00",
            },
        ),
        HTTP.post(base + "/Customer/ana%40example.com/history", auth=("x", "y")),
        bonifiq.post("/POS/rewards/available", content=b"CustomerId=ana", headers={"content-type": "text/plain"}),
        bonifiq.post("/POS/rewards/available", content=b"\xff\xfe{", headers={"content-type": "application/json"}),
        bonifiq.delete("/POS/rewards/99999999999"),
        bonifiq.post("/POS/rewards/1/redeem", json={"CustomerId": ANA, "OriginalKey": "H", "Value": -1}),
    ]
    assert [p.status_code for p in probes if not 400 <= p.status_code < 500] == []
    offer = bonifiq.post("/POS/rewards/available", json={"CustomerId": ANA, "PurchaseValue": 100})
    assert offer.status_code == 200 and offer.json()["AvailablePoints"] == 1500
