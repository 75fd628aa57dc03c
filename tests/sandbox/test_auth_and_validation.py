"""401 and 400 in each vendor's own shape; never a 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from loyaltykit.sandbox._routing import Operation
from loyaltykit.sandbox._wire import ApiError
from loyaltykit.sandbox.gameball import render_error

from .conftest import HTTP
from .spec_check import assert_matches_spec


def test_bonifiq_rejects_missing_and_wrong_basic_credentials(sandbox: Any) -> None:
    url = sandbox.bonifiq_base_url + "/Customer/ana%40example.com"
    for auth in (None, ("wrong", "credentials"), (sandbox.credentials.bonifiq_api_token, "wrong")):
        response = HTTP.get(url, auth=auth)
        assert response.status_code == 401
        data = response.json()
        assert data["HasError"] is True and data["Severity"] == 2 and data["ErrorMessage"]
        assert response.headers["WWW-Authenticate"].startswith("Basic")
        assert_matches_spec("bonifiq", "GET", "/v1/pvt/Customer/{id}", 401, data)


def test_gameball_rejects_missing_keys(sandbox: Any) -> None:
    url = sandbox.gameball_base_url + "/customers/ana@example.com/balance"
    no_key = HTTP.get(url)
    assert no_key.status_code == 401 and no_key.json()["code"] == 1000
    assert no_key.json()["type"] == "AUTHENTICATION_ERROR"
    # getCustomerBalance needs the secret key too (its security lists apikey + secretkey).
    no_secret = HTTP.get(url, headers={"apikey": sandbox.credentials.gameball_api_key})
    assert no_secret.status_code == 401 and no_secret.json()["code"] == 1001


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"CustomerId": "ana@example.com", "PurchaseValue": "a lot"}, "PurchaseValue"),
        ({"CustomerId": "ana@example.com", "PurchaseValue": 10, "purchaseValue": 10}, "purchaseValue"),
        (
            # A string or a whole number (the page's example sends 530648963003), not a fraction.
            {"CustomerId": "ana@example.com", "PurchaseValue": 10, "Products": [{"OriginalId": 7.5}]},
            "Products[0].OriginalId",
        ),
    ],
)
def test_bonifiq_invalid_body_is_a_400_naming_the_field(bonifiq: httpx.Client, payload: Any, field: str) -> None:
    response = bonifiq.post("/POS/rewards/available", json=payload)
    assert response.status_code == 400
    data = response.json()
    assert data["HasError"] is True and field in data["ErrorMessage"]
    assert_matches_spec("bonifiq", "POST", "/v1/pvt/POS/rewards/available", 400, data)


@pytest.mark.parametrize("raw", [b"", b"{not json", b"NaN", b'{"CustomerId": "x", "PurchaseValue": Infinity}', b"[]"])
def test_bonifiq_unparseable_body_is_a_400(bonifiq: httpx.Client, raw: bytes) -> None:
    response = bonifiq.post("/POS/rewards/available", content=raw, headers={"content-type": "application/json"})
    assert response.status_code == 400 and response.json()["HasError"] is True


def test_gameball_invalid_body_is_a_400_in_its_error_shape(gameball: httpx.Client) -> None:
    response = gameball.post("/transactions/hold", json={"customerId": "ana@example.com", "pointsToHold": "ten"})
    assert response.status_code == 400
    data = response.json()
    assert set(data) == {"code", "type", "message", "documentationUrl", "requestId"}
    assert data["type"] == "PAYLOAD_ERROR" and "transactionTime" in data["message"]


def test_huge_numbers_are_refused_not_crashing(bonifiq: httpx.Client) -> None:
    response = bonifiq.post(
        "/POS/rewards/available",
        content=b'{"CustomerId": "ana@example.com", "PurchaseValue": 1e999999}',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400


def test_unknown_vendor_route_is_a_vendor_shaped_404(bonifiq: httpx.Client, gameball: httpx.Client) -> None:
    assert bonifiq.get("/Nope").status_code == 404 and bonifiq.get("/Nope").json()["HasError"] is True
    assert gameball.get("/nope").status_code == 404 and "code" in gameball.get("/nope").json()


def test_gameball_errors_are_mapped_once_by_its_renderer(gameball: httpx.Client) -> None:
    """An unknown route is a request error, not a payload error; a crash is a server error."""
    unknown = gameball.get("/nope").json()
    assert (unknown["type"], unknown["code"]) == ("REQUEST_ERROR", 4004)
    operation = Operation("gameball", "GET", "/api/v4.0/integrations/nope", None, None)
    crash = render_error(operation, ApiError(500, "Internal error", name="InternalServerError")).body
    assert (crash["type"], crash["code"]) == ("SERVER_ERROR", 5000)
    invalid = render_error(operation, ApiError(400, "bad", name="ValidationError")).body
    assert (invalid["type"], invalid["code"]) == ("PAYLOAD_ERROR", 3016)
