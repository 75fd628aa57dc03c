"""BonifiQ's documented semantics the sandbox once missed: cancelled orders, not-found shapes, preview PINs."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from loyaltykit.sandbox import SandboxConfig, start_in_thread
from loyaltykit.sandbox import __main__ as cli

from .conftest import CREDENTIALS, HTTP, client
from .spec_check import assert_matches_spec

P = "/v1/pvt"
ANA = "ana@example.com"


def _order(original_id: str, **fields: Any) -> dict[str, Any]:
    return {"OriginalId": original_id, "OrderTotal": 80, "Customer": {"OriginalId": ANA}, **fields}


# --------------------------------------------------------------------------- 11: a cancelled order


@pytest.mark.parametrize("path", ["/POS/orders", "/Order"])
def test_an_order_posted_as_cancelled_is_stored_cancelled(bonifiq: httpx.Client, path: str) -> None:
    """ "To set the State of the order use the IsCompleted and IsCancelledOrReturned fields"."""
    order = _order("RETURNED-1", IsCancelledOrReturned=True, OrderCancelledDate="2026-03-01T12:00:00Z")
    added = bonifiq.post(path, json=order)
    assert added.status_code == 200
    result = added.json()["Result"]
    assert (result["State"], result["IsCancelledOrReturned"]) == (3, True)
    assert result["OrderCancelledDate"] == "2026-03-01T12:00:00.000Z"
    stored = bonifiq.get("/Order/RETURNED-1").json()
    assert (stored["State"], stored["IsCancelledOrReturned"], stored["OrderCancelledDate"]) == (
        3,
        True,
        "2026-03-01T12:00:00.000Z",
    )
    # Cancelled is final: it cannot be completed afterwards, as for an order cancelled later.
    assert bonifiq.post("/Order/RETURNED-1/complete", json={}).status_code == 400


def test_an_order_posted_cancelled_gives_back_the_redeem_it_used(bonifiq: httpx.Client) -> None:
    redeemed = bonifiq.post("/POS/rewards/1/redeem", json={"CustomerId": ANA, "OriginalKey": "RET-REDEEM"}).json()
    assert bonifiq.get(f"/Customer/{ANA}/points").json()["PointsBalance"] == 1400
    order = _order("RETURNED-2", Coupon=redeemed["Result"]["ExternalCode"], IsCancelledOrReturned=True)
    assert bonifiq.post("/POS/orders", json=order).json()["Result"]["State"] == 3
    assert bonifiq.get(f"/Customer/{ANA}/points").json()["PointsBalance"] == 1500


def test_an_order_posted_completed_stays_complete(bonifiq: httpx.Client) -> None:
    order = _order("DONE-1", IsCompleted=True, IsCancelledOrReturned=False, OrderCancelledDate=None)
    assert bonifiq.post("/POS/orders", json=order).json()["Result"]["State"] == 2


# --------------------------------------------------------------------------- 12: not found, route by route


@pytest.mark.parametrize(
    ("path", "payload"),
    [
        ("/POS/orders/NOPE/cancel", {}),
        ("/Order/NOPE/cancel", {}),
        ("/POS/NOPE/partialcancel", {"ValueToRefund": 1, "CancelKey": "K"}),
        ("/Order/NOPE/partialcancel", {"ValueToRefund": 1, "CancelKey": "K"}),
        ("/Order/NOPE/complete", {}),
    ],
)
def test_an_unknown_order_on_any_write_is_the_same_400(bonifiq: httpx.Client, path: str, payload: Any) -> None:
    response = bonifiq.post(path, json=payload)
    assert response.status_code == 400
    data = response.json()
    assert (data["HasError"], data["Severity"], data["CodeName"], data["Result"]) == (True, 2, "OrderNotFound", None)
    template = path.replace("NOPE", "{orderId}")
    assert_matches_spec("bonifiq", "POST", P + template, 400, data)


def test_an_unknown_order_read_by_id_is_a_404(bonifiq: httpx.Client) -> None:
    response = bonifiq.get("/Order/NOPE")
    assert response.status_code == 404 and response.json()["CodeName"] == "OrderNotFound"


@pytest.mark.parametrize(
    ("method", "path", "template", "status"),
    [
        ("DELETE", "/POS/rewards/999", "/POS/rewards/{id}", 400),
        ("DELETE", "/POS/rewards?originalKey=NOPE", "/POS/rewards", 400),
        ("GET", "/Rewards/999", "/Rewards/{id}", 404),
    ],
)
def test_an_unknown_reward_always_carries_code_07(
    bonifiq: httpx.Client, method: str, path: str, template: str, status: int
) -> None:
    response = bonifiq.request(method, path)
    assert response.status_code == status
    data = response.json()
    assert (data["Code"], data["CodeName"], data["Severity"], data["HasError"]) == ("07", "RewardNotFound", 2, True)
    assert_matches_spec("bonifiq", method, P + template, status, data)


# --------------------------------------------------------------------------- 13: the PIN in preview mode


def _challenge(base_url: str) -> dict[str, Any]:
    auth = (CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key)
    response = HTTP.post(f"{base_url}/POS/customers/carla%40example.com/challenge", json={}, auth=auth)
    assert response.status_code == 200
    data: dict[str, Any] = response.json()
    return data


def test_preview_mode_returns_the_pin_as_code_and_the_default_does_not() -> None:
    preview = SandboxConfig(credentials=CREDENTIALS, return_pin_in_challenge=True)
    with start_in_thread(preview) as sandbox, client(base_url=sandbox.admin_url) as admin:
        reply = _challenge(sandbox.bonifiq_base_url)
        pin = admin.get("/bonifiq/customers/carla@example.com/pin").json()
        assert reply["Success"] is True and reply["Code"] == pin["Pin"]
    with start_in_thread(SandboxConfig(credentials=CREDENTIALS)) as sandbox:
        assert _challenge(sandbox.bonifiq_base_url)["Code"] is None


def test_the_cli_turns_preview_mode_on_with_a_flag(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[SandboxConfig] = []
    monkeypatch.setattr(cli, "run", lambda config, **_: seen.append(config))
    assert cli.main(["--preview-pin", "--port", "0"]) == 0
    assert cli.main(["--port", "0"]) == 0
    assert [config.return_pin_in_challenge for config in seen] == [True, False]
