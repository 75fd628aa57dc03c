"""Fault injection, seen from an httpx client."""

from __future__ import annotations

import json
import time
from typing import Any

import httpx
import pytest

from loyaltykit.sandbox._faults import parse_cli_fault

ANA = "ana@example.com"
REDEEM = {"CustomerId": ANA, "OriginalKey": "PDV-REWARD-1-fault", "RedeemOrigin": 5}


def points(bonifiq: httpx.Client) -> int:
    return int(bonifiq.get(f"/Customer/{ANA}/points").json()["PointsBalance"])


def test_drop_after_commit_then_retry_with_the_same_key_returns_the_original(
    bonifiq: httpx.Client, admin: httpx.Client
) -> None:
    admin.post("/faults", json={"route": "POS_Redeem", "kind": "drop_after_commit", "times": 1}).raise_for_status()
    with pytest.raises(httpx.TransportError):  # RemoteProtocolError: the connection was cut
        bonifiq.post("/POS/rewards/1/redeem", json=REDEEM)
    assert points(bonifiq) == 1400  # the redeem was committed before the cut
    retry = bonifiq.post("/POS/rewards/1/redeem", json=REDEEM)
    assert retry.status_code == 200
    code = retry.json()["Result"]["ExternalCode"]
    assert points(bonifiq) == 1400  # moved once
    ledger = admin.get(f"/bonifiq/customers/{ANA}").json()["ledger"]
    redeems = [entry for entry in ledger if entry["cause"] == "redeem"]
    assert len(redeems) == 1 and redeems[0]["ref"] == REDEEM["OriginalKey"]
    # The order links with the code the retry returned: the original redeem's.
    admin_state = admin.get(f"/bonifiq/customers/{ANA}").json()
    assert admin_state["points"] == 1400 and code.startswith("BNQ-")
    log = admin.get("/faults/log").json()["log"]
    assert [(e["kind"], e["operation_id"]) for e in log] == [("drop_after_commit", "POS_Redeem")]


def test_drop_before_commit_changes_nothing(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    route = "POST /v1/pvt/POS/rewards/{id}/redeem"
    admin.post("/faults", json={"route": route, "kind": "drop_before_commit", "times": 1}).raise_for_status()
    # The cut connection reads as a protocol error or, on a loaded machine, as a reset.
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        bonifiq.post("/POS/rewards/1/redeem", json=REDEEM)
    assert points(bonifiq) == 1500
    assert [e["cause"] for e in admin.get(f"/bonifiq/customers/{ANA}").json()["ledger"]] == ["seed"]
    # The rule was for one request only: the retry goes through and is the first real redeem.
    assert bonifiq.post("/POS/rewards/1/redeem", json=REDEEM).status_code == 200
    assert points(bonifiq) == 1400


def test_status_429_carries_retry_after(gameball: httpx.Client, admin: httpx.Client) -> None:
    fault = {"route": "POST /api/v4.1/integrations/transactions/hold", "kind": "status_429", "retry_after": 7}
    admin.post("/faults", json=fault).raise_for_status()
    hold = {"customerId": ANA, "transactionTime": "2026-01-01T00:00:00Z", "pointsToHold": 10}
    response = gameball.post("/transactions/hold", json=hold)  # v4.0 path, same operation
    assert response.status_code == 429
    assert response.headers["Retry-After"] == "7"
    assert set(response.json()) == {"code", "type", "message", "documentationUrl", "requestId"}


@pytest.mark.parametrize("status", [500, 503])
def test_status_5xx_in_the_vendor_shape(bonifiq: httpx.Client, admin: httpx.Client, status: int) -> None:
    admin.post("/faults", json={"route": "*", "kind": f"status_{status}", "times": 1}).raise_for_status()
    response = bonifiq.post("/POS/rewards/1/redeem", json=REDEEM)
    assert response.status_code == status and response.json()["HasError"] is True
    assert points(bonifiq) == 1500


def test_malformed_body_is_invalid_json_but_the_change_happened(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/faults", json={"route": "POS_Redeem", "kind": "malformed_body", "times": 1}).raise_for_status()
    response = bonifiq.post("/POS/rewards/1/redeem", json=REDEEM)
    assert response.status_code == 200
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    assert points(bonifiq) == 1400


def test_delay_slows_the_call_down(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    admin.post("/faults", json={"route": "Customer_Points", "kind": "delay", "seconds": 0.4}).raise_for_status()
    started = time.perf_counter()
    assert bonifiq.get(f"/Customer/{ANA}/points").status_code == 200
    assert time.perf_counter() - started >= 0.4
    started = time.perf_counter()
    bonifiq.get(f"/Customer/{ANA}")  # another operation: not delayed
    assert time.perf_counter() - started < 0.4


def test_a_delayed_write_commits_even_when_its_client_gave_up(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    """Body or not, a delayed call is handled after the wait, as a slow server would."""
    admin.post("/faults", json={"route": "POS_Redeem", "kind": "delay", "seconds": 0.5, "times": 1}).raise_for_status()
    with pytest.raises(httpx.ReadTimeout):
        bonifiq.post("/POS/rewards/1/redeem", json=REDEEM, timeout=0.1)
    time.sleep(0.8)
    assert points(bonifiq) == 1400
    ledger = admin.get(f"/bonifiq/customers/{ANA}").json()["ledger"]
    assert [entry["ref"] for entry in ledger if entry["cause"] == "redeem"] == [REDEEM["OriginalKey"]]


def _pattern(admin: httpx.Client, bonifiq: httpx.Client, seed: int) -> list[int]:
    admin.delete("/faults").raise_for_status()
    admin.post(
        "/faults", json={"seed": seed, "faults": [{"route": "Customer_Get", "kind": "status_503", "probability": 0.5}]}
    )
    return [bonifiq.get(f"/Customer/{ANA}").status_code for _ in range(20)]


def test_probabilistic_faults_are_deterministic_under_a_seed(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    first = _pattern(admin, bonifiq, seed=42)
    second = _pattern(admin, bonifiq, seed=42)
    assert first == second
    assert 0 < first.count(503) < 20
    assert _pattern(admin, bonifiq, seed=7) != first


def test_faults_can_be_listed_and_cleared(admin: httpx.Client, bonifiq: httpx.Client) -> None:
    admin.post("/faults", json=[{"route": "Customer_Get", "kind": "status_500"}]).raise_for_status()
    assert len(admin.get("/faults").json()["faults"]) == 1
    assert admin.post("/faults", json={"route": "x", "kind": "explode"}).status_code == 400
    admin.delete("/faults").raise_for_status()
    assert bonifiq.get(f"/Customer/{ANA}").status_code == 200


def test_cli_fault_syntax() -> None:
    assert parse_cli_fault("drop_after_commit@POS_Redeem,times=1") == {
        "kind": "drop_after_commit",
        "route": "POS_Redeem",
        "times": 1,
    }
    spec: dict[str, Any] = parse_cli_fault("delay@POST /v1/pvt/POS/orders,seconds=0.5,probability=0.25")
    assert spec == {"kind": "delay", "route": "POST /v1/pvt/POS/orders", "seconds": 0.5, "probability": 0.25}
    assert parse_cli_fault('{"kind": "status_500", "route": "*"}')["route"] == "*"
    with pytest.raises(ValueError):
        parse_cli_fault("no-route-here")


def test_malformed_body_keeps_the_handlers_status_and_headers(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    """A refusal stays a refusal: only its body is cut."""
    admin.post("/faults", json={"route": "POS_Redeem", "kind": "malformed_body", "times": 1}).raise_for_status()
    response = bonifiq.post("/POS/rewards/1/redeem", json=REDEEM, auth=("wrong", "credentials"))
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"].startswith("Basic")
    assert int(response.headers["Content-Length"]) == len(response.content)
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.content)
    assert points(bonifiq) == 1500


@pytest.mark.parametrize("kind", ["status_503", "malformed_body"])
def test_a_fault_has_the_same_content_type_as_a_real_reply(
    bonifiq: httpx.Client, admin: httpx.Client, kind: str
) -> None:
    real = bonifiq.get(f"/Customer/{ANA}/points")
    admin.post("/faults", json={"route": "*", "kind": kind, "times": 1}).raise_for_status()
    faulty = bonifiq.get(f"/Customer/{ANA}/points")
    assert faulty.headers["Content-Type"] == real.headers["Content-Type"] == "application/json"
