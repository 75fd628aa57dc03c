"""Gameball OTP: POST /transactions/otp, the admin view of the last OTP, and holds checking it."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest

import loyaltykit
from loyaltykit import errors
from loyaltykit._json import decode_json
from loyaltykit.gameball._checkout import POINTS_OPTION
from loyaltykit.sandbox import SandboxConfig, create_app

from .conftest import CREDENTIALS, HTTP, gameball_headers

ANA = "ana@example.com"
WHEN = "2026-01-15T12:00:00Z"


def body(response: httpx.Response) -> Any:
    return decode_json(response.content)


def send_otp(gameball: httpx.Client, customer: str = ANA, **extra: Any) -> httpx.Response:
    return gameball.post("/transactions/otp", json={"customerId": customer, **extra})


def last_otp(admin: httpx.Client, customer: str = ANA) -> str:
    response = admin.get(f"/gameball/customers/{customer}/otp")
    response.raise_for_status()
    return str(response.json()["Otp"])


def hold(gameball: httpx.Client, points: int = 100, customer: str = ANA, **extra: Any) -> httpx.Response:
    return gameball.post(
        "/transactions/hold",
        json={"customerId": customer, "transactionTime": WHEN, "pointsToHold": points, **extra},
    )


def assert_otp_refused(response: httpx.Response) -> None:
    assert response.status_code == 422, response.text
    data = body(response)
    assert set(data) == {"code", "type", "message", "documentationUrl", "requestId"}
    assert (data["code"], data["type"]) == (3003, "PAYLOAD_ERROR")
    assert "OTP" in data["message"]


def test_otp_is_an_empty_200_and_the_admin_shows_it(gameball: httpx.Client, admin: httpx.Client) -> None:
    assert admin.get(f"/gameball/customers/{ANA}/otp").status_code == 400  # none made yet
    sent = send_otp(gameball, amount=12)
    assert sent.status_code == 200 and body(sent) == {}
    shown = admin.get(f"/gameball/customers/{ANA}/otp").json()
    assert set(shown) == {"CustomerId", "Otp", "CreatedAt", "ExpiresAt"}
    assert shown["CustomerId"] == ANA and len(shown["Otp"]) == 6 and shown["Otp"].isdigit()
    assert shown["CreatedAt"] < shown["ExpiresAt"]


def test_a_new_otp_replaces_the_previous_one(gameball: httpx.Client, admin: httpx.Client) -> None:
    send_otp(gameball)
    first = last_otp(admin)
    codes = {first}
    for _ in range(5):  # six random 6-digit codes are all different unless very unlucky
        send_otp(gameball)
        codes.add(last_otp(admin))
    assert len(codes) > 1
    latest = last_otp(admin)
    if first != latest:
        assert_otp_refused(hold(gameball, otp=first))
    assert hold(gameball, otp=latest).status_code == 200


async def test_otps_are_deterministic_under_the_random_seed() -> None:
    async def codes() -> list[str]:
        app = create_app(SandboxConfig(credentials=CREDENTIALS, random_seed=7, admin_hosts=("sandbox",)))
        transport = httpx.ASGITransport(app=app)
        found = []
        async with httpx.AsyncClient(transport=transport, base_url="http://sandbox") as client:
            for _ in range(3):
                sent = await client.post(
                    "/api/v4.0/integrations/transactions/otp", json={"customerId": ANA}, headers=gameball_headers()
                )
                assert sent.status_code == 200
                found.append((await client.get(f"/_sandbox/gameball/customers/{ANA}/otp")).json()["Otp"])
        app.state.runtime.store.close()
        return found

    assert await codes() == await codes()


def test_v41_path_works_with_both_keys(sandbox: Any) -> None:
    url = f"{sandbox.gameball_v41_base_url}/transactions/otp"
    assert HTTP.post(url, json={"customerId": ANA}, headers=gameball_headers()).status_code == 200
    only_key = {"apikey": CREDENTIALS.gameball_api_key}
    refused = HTTP.post(f"{sandbox.gameball_base_url}/transactions/otp", json={"customerId": ANA}, headers=only_key)
    assert refused.status_code == 401 and refused.json()["code"] == 1001  # the spec lists secretkey


def test_otp_request_errors(gameball: httpx.Client) -> None:
    missing = send_otp(gameball, customer="nobody@example.com")
    assert missing.status_code == 404 and body(missing)["code"] == 7000
    both = send_otp(gameball, amount=10, points=100)
    assert both.status_code == 400 and body(both)["code"] == 3000
    no_id = gameball.post("/transactions/otp", json={"mobile": "+201000000000"})
    assert no_id.status_code == 400 and body(no_id)["type"] == "PAYLOAD_ERROR"


def test_hold_with_the_right_otp_passes_and_a_wrong_one_is_refused(gameball: httpx.Client, admin: httpx.Client) -> None:
    send_otp(gameball)
    code = last_otp(admin)
    wrong = "000000" if code != "000000" else "111111"
    assert_otp_refused(hold(gameball, otp=wrong))
    assert admin.get(f"/gameball/customers/{ANA}").json()["points"] == 1500  # nothing held
    held = hold(gameball, otp=code)
    assert held.status_code == 200 and body(held)["holdEquivalentPoints"] == 100
    assert hold(gameball, otp=f" {code} ").status_code == 200  # still within its lifetime


def test_an_otp_expires_after_ten_minutes(gameball: httpx.Client, admin: httpx.Client) -> None:
    send_otp(gameball)
    code = last_otp(admin)
    admin.post("/clock", json={"advance_seconds": 599}).raise_for_status()
    assert hold(gameball, otp=code).status_code == 200
    admin.post("/clock", json={"advance_seconds": 2}).raise_for_status()
    assert_otp_refused(hold(gameball, otp=code))


def test_otp_required_flag_refuses_a_hold_without_otp(gameball: httpx.Client, admin: httpx.Client) -> None:
    flags = admin.post(f"/gameball/customers/{ANA}/flags", json={"otp_required": True})
    assert flags.status_code == 200 and flags.json()["otp_required"] is True
    assert_otp_refused(hold(gameball))
    assert_otp_refused(hold(gameball, ignoreOTP=False))
    assert_otp_refused(hold(gameball, otp="123456"))  # no OTP was ever made
    assert hold(gameball, ignoreOTP=True).status_code == 200
    send_otp(gameball, points=100)
    assert hold(gameball, otp=last_otp(admin)).status_code == 200
    # A direct redeem (no hold) is checked the same way; one spending a hold is not.
    redeem = {"customerId": ANA, "transactionTime": WHEN, "points": 10}
    assert_otp_refused(gameball.post("/transactions/redeem", json={**redeem, "transactionId": "R-1"}))
    reference = body(hold(gameball, ignoreOTP=True))["holdReference"]
    spent = gameball.post(
        "/transactions/redeem",
        json={"customerId": ANA, "transactionTime": WHEN, "transactionId": "R-2", "holdReference": reference},
    )
    assert spent.status_code == 200
    # The refused redeem did not burn its transactionId.
    ok = gameball.post("/transactions/redeem", json={**redeem, "transactionId": "R-1", "otp": last_otp(admin)})
    assert ok.status_code == 200
    admin.post(f"/gameball/customers/{ANA}/flags", json={"otp_required": False}).raise_for_status()
    assert hold(gameball).status_code == 200


def test_without_the_flag_an_otp_is_checked_only_once_one_was_made(gameball: httpx.Client, admin: httpx.Client) -> None:
    # Accounts without OTP ignore the field; once the customer asked for one, it must match.
    assert hold(gameball, otp="123456").status_code == 200
    send_otp(gameball)
    code = last_otp(admin)
    if code != "123456":
        assert_otp_refused(hold(gameball, otp="123456"))
    assert hold(gameball, otp=code).status_code == 200
    assert hold(gameball).status_code == 200  # no flag: an OTP is not required


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_sdk_sale_with_an_otp_from_the_sandbox(sandbox: Any, admin: httpx.Client, mode: str) -> None:
    """The SDK's POS flow: send_challenge -> the admin view -> validate -> hold -> order."""
    admin.post(f"/gameball/customers/{ANA}/flags", json={"otp_required": True}).raise_for_status()
    keys = (CREDENTIALS.gameball_api_key, CREDENTIALS.gameball_secret_key)
    if mode == "sync":
        with loyaltykit.Gameball(*keys, base_url=sandbox.base_url, timeout=5) as gb:
            sale = gb.pos.checkout(ANA, "OTP-SYNC", Decimal("50.00"), otp_required=True)
            sale.rewards()
            sale.send_challenge()
            sale.validate(last_otp(admin))
            redemption = sale.redeem(POINTS_OPTION, cashback="5.00")
            sale.complete(total="45.00")
    else:
        async with loyaltykit.AsyncGameball(*keys, base_url=sandbox.base_url, timeout=5) as agb:
            asale = agb.pos.checkout(ANA, "OTP-ASYNC", Decimal("50.00"), otp_required=True)
            await asale.rewards()
            await asale.send_challenge()
            await asale.validate(last_otp(admin))
            redemption = await asale.redeem(POINTS_OPTION, cashback="5.00")
            await asale.complete(total="45.00")
    assert redemption.points == 50
    holds = admin.get(f"/gameball/customers/{ANA}").json()["holds"]
    assert [h["state"] for h in holds] == ["Used"]


def test_a_wrong_otp_through_the_sdk_is_a_failed_challenge(sandbox: Any, admin: httpx.Client) -> None:
    # The sandbox's 422 (code 3003), which the SDK reports as a wrong BonifiQ PIN (issue 13).
    admin.post(f"/gameball/customers/{ANA}/flags", json={"otp_required": True}).raise_for_status()
    keys = (CREDENTIALS.gameball_api_key, CREDENTIALS.gameball_secret_key)
    with loyaltykit.Gameball(*keys, base_url=sandbox.base_url, timeout=5) as gb:
        sale = gb.pos.checkout(ANA, "OTP-WRONG", Decimal("50.00"), otp_required=True)
        sale.rewards()
        sale.send_challenge()
        code = last_otp(admin)
        sale.validate("000000" if code != "000000" else "111111")
        with pytest.raises(errors.ChallengeFailedError) as raised:
            sale.redeem(POINTS_OPTION, cashback="5.00")
        refusal = raised.value.__cause__
        assert isinstance(refusal, errors.UnprocessableEntityError) and refusal.code == "3003"
