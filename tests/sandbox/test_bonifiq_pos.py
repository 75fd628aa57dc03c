"""BonifiQ POS semantics, over loopback HTTP against the demo seed."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx

from loyaltykit._json import decode_json

from .spec_check import assert_matches_spec

P = "/v1/pvt"
ANA, BRUNO, CARLA, DIEGO, EVA = (
    "ana@example.com",
    "bruno@example.com",
    "carla@example.com",
    "00000000434",
    "eva@example.com",
)


def body(response: httpx.Response) -> Any:
    return decode_json(response.content)


def points_of(bonifiq: httpx.Client, customer: str) -> tuple[int, Decimal]:
    data = body(bonifiq.get(f"/Customer/{customer}/points"))
    return data["PointsBalance"], data["CashbackBalance"]


def redeem(bonifiq: httpx.Client, reward: int, customer: str, key: str, value: str | None = None) -> httpx.Response:
    payload: dict[str, Any] = {"CustomerId": customer, "OriginalKey": key, "RedeemOrigin": 5}
    if value is not None:
        payload["Value"] = Decimal(value)
    return bonifiq.post(
        f"/POS/rewards/{reward}/redeem", content=_json(payload), headers={"content-type": "application/json"}
    )


def _json(payload: Any) -> bytes:
    from loyaltykit._json import encode_json

    return encode_json(payload)


def order(bonifiq: httpx.Client, order_id: str, customer: str, total: str, coupon: str | None = None) -> httpx.Response:
    payload: dict[str, Any] = {
        "OriginalId": order_id,
        "OrderPlacementDate": "2026-01-15T14:30:00.000Z",
        "OrderCompletedDate": "2026-01-15T14:30:00.000Z",
        "OrderStatus": "Concluído",
        "IsCancelledOrReturned": False,
        "IsCompleted": True,
        "OrderTotal": Decimal(total),
        "Customer": {"OriginalId": customer, "Name": "Cliente", "IsEnrolled": True},
        "Products": [{"OriginalId": "SKU-300", "Title": "Calça", "IsActive": True, "ProductPrice": Decimal(total)}],
        "PaymentMethods": [{"OriginalId": "DINHEIRO", "Name": "Dinheiro", "PaidAmount": Decimal(total)}],
    }
    if coupon:
        payload["Coupon"] = coupon
    return bonifiq.post("/POS/orders", content=_json(payload), headers={"content-type": "application/json"})


def test_available_rewards_compute_eligibility_restricted_items_and_cashback_cap(bonifiq: httpx.Client) -> None:
    request = {
        "CustomerId": ANA,
        "PurchaseValue": Decimal("129.90"),
        "DiscountValue": Decimal("0"),
        "Products": [
            {"OriginalId": "SKU-100", "LineId": "l1", "Title": "Camiseta", "IsActive": True, "Quantity": 1,
             "ProductPrice": Decimal("100.00")},
            {"OriginalId": "SKU-TOBACCO", "LineId": "l2", "Title": "Restrito", "IsActive": True, "Quantity": 1,
             "ProductPrice": Decimal("29.90")},
        ],
    }  # fmt: skip
    response = bonifiq.post(
        "/POS/rewards/available", content=_json(request), headers={"content-type": "application/json"}
    )
    data = body(response)
    assert response.status_code == 200
    assert_matches_spec("bonifiq", "POST", f"{P}/POS/rewards/available", 200, data)
    assert "Result" not in data  # un-enveloped
    assert data["HasRestrictedItems"] is True
    assert data["RestrictedValue"] == Decimal("29.90")
    assert data["EligibleValue"] == Decimal("100.00")
    cashback = next(r for r in data["Rewards"] if r["RewardType"] == 3)
    # 50 % of the eligible 100.00 would be 50.00, but Ana only has 25.00.
    assert cashback["MaxCashbackForCurrentPurchase"] == Decimal("25.00")
    assert data["AvailablePoints"] == 1500
    assert data["ShouldValidateCustomer"] is False
    assert all(r["CanUse"] for r in data["Rewards"] if r["Points"] <= 1500)
    assert '"EligibleValue":100.00' in response.text  # exact digits, no float


def test_cashback_cap_follows_the_configured_percentage(bonifiq: httpx.Client) -> None:
    request = {"CustomerId": ANA, "PurchaseValue": Decimal("30.00")}
    data = body(
        bonifiq.post("/POS/rewards/available", content=_json(request), headers={"content-type": "application/json"})
    )
    cashback = next(r for r in data["Rewards"] if r["RewardType"] == 3)
    assert cashback["MaxCashbackForCurrentPurchase"] == Decimal("15.00")  # 50 % of 30.00
    assert cashback["AvailableCashback"] == Decimal("25.00")


def test_reward_a_customer_cannot_use_carries_its_reason(bonifiq: httpx.Client) -> None:
    request = {"CustomerId": CARLA, "PurchaseValue": Decimal("80")}
    data = body(
        bonifiq.post("/POS/rewards/available", content=_json(request), headers={"content-type": "application/json"})
    )
    ten_off = next(r for r in data["Rewards"] if r["Id"] == 1)
    assert ten_off["CanUse"] is False
    assert ten_off["CannotUseReason"] == 1  # NotEnoughPoints: 50 points, costs 100
    assert data["ShouldValidateCustomer"] is True
    unknown = body(
        bonifiq.post("/POS/rewards/available", json={"CustomerId": "nobody@example.com", "PurchaseValue": 10})
    )
    assert unknown["Customer"] is None
    assert {r["CannotUseReason"] for r in unknown["Rewards"]} == {4}  # NoCustomer


def test_redeem_with_a_used_original_key_returns_the_first_result_once(bonifiq: httpx.Client) -> None:
    first = redeem(bonifiq, 1, ANA, "PDV-REWARD-1-A")
    second = redeem(bonifiq, 1, ANA, "PDV-REWARD-1-A")
    assert first.status_code == second.status_code == 200
    assert_matches_spec("bonifiq", "POST", f"{P}/POS/rewards/{{id}}/redeem", 200, body(first))
    assert body(first) == body(second)
    assert body(first)["Result"]["ExternalCode"].startswith("BNQ-")
    assert points_of(bonifiq, ANA)[0] == 1400  # debited once


def test_a_used_original_key_from_another_customer_is_a_conflict(bonifiq: httpx.Client) -> None:
    first = redeem(bonifiq, 1, ANA, "PDV-REWARD-1-SHARED")
    other = redeem(bonifiq, 1, BRUNO, "PDV-REWARD-1-SHARED")
    assert first.status_code == 200 and other.status_code == 409
    data = body(other)
    assert (data["HasError"], data["Severity"], data["CodeName"], data["Result"]) == (
        True,
        2,
        "OriginalKeyConflict",
        None,
    )
    assert points_of(bonifiq, ANA)[0] == 1400 and points_of(bonifiq, BRUNO)[0] == 800
    # The same customer, by CPF instead of e-mail, still gets the first answer.
    assert body(redeem(bonifiq, 1, "000.000.001-91", "PDV-REWARD-1-SHARED")) == body(first)


def test_a_cancelled_redeem_replays_its_first_success(bonifiq: httpx.Client) -> None:
    """Deliberate (README): the vendor's behaviour is undocumented; nothing moves again."""
    first = body(redeem(bonifiq, 1, ANA, "PDV-REWARD-1-CANCELLED"))
    bonifiq.delete(f"/POS/rewards/{first['Result']['RewardId']}").raise_for_status()
    assert body(redeem(bonifiq, 1, ANA, "PDV-REWARD-1-CANCELLED")) == first
    assert points_of(bonifiq, ANA)[0] == 1500


def test_product_reward_redeem_returns_the_external_product_id(bonifiq: httpx.Client) -> None:
    result = body(redeem(bonifiq, 4, ANA, "PDV-REWARD-4-A"))["Result"]
    assert result["ExternalProductId"] == "SKU-100"
    assert result["Point"]["Quantity"] == -150


def test_unknown_reward_is_the_documented_warning_with_null_result(bonifiq: httpx.Client) -> None:
    data = body(redeem(bonifiq, 999, ANA, "K-unknown"))
    assert data["Result"] is None and data["HasWarning"] is True and data["HasError"] is False
    assert (data["Code"], data["CodeName"], data["Severity"]) == ("07", "RewardNotFound", 1)


def test_cashback_redeem_takes_value_and_cancel_gives_it_back(bonifiq: httpx.Client) -> None:
    result = body(redeem(bonifiq, 3, ANA, "CB-1", value="12.50"))["Result"]
    assert points_of(bonifiq, ANA) == (1500, Decimal("12.50"))
    cancelled = bonifiq.delete("/POS/rewards", params={"originalKey": "CB-1"})
    data = body(cancelled)
    assert_matches_spec("bonifiq", "DELETE", f"{P}/POS/rewards", 200, data)
    assert data["Result"]["IsCanceled"] is True
    assert data["Result"]["Id"] == result["RewardId"]
    assert points_of(bonifiq, ANA) == (1500, Decimal("25.00"))


def test_cancel_redeem_restores_points_once(bonifiq: httpx.Client) -> None:
    result = body(redeem(bonifiq, 2, ANA, "K-cancel"))["Result"]
    assert points_of(bonifiq, ANA)[0] == 1200
    first = body(bonifiq.delete(f"/POS/rewards/{result['RewardId']}"))
    again = body(bonifiq.delete(f"/POS/rewards/{result['RewardId']}"))
    assert first["Result"]["IsCanceled"] is again["Result"]["IsCanceled"] is True
    assert first["Result"]["Points"]["Points"] == 300
    assert first["Result"]["Points"]["EventKey"] == "K-cancel"
    assert points_of(bonifiq, ANA)[0] == 1500


def test_order_links_the_redeem_and_is_idempotent_on_its_id(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    code = body(redeem(bonifiq, 1, ANA, "K-order"))["Result"]["ExternalCode"]
    first = order(bonifiq, "PDV-ORDER-1", ANA, "119.90", coupon=code)
    second = order(bonifiq, "PDV-ORDER-1", ANA, "119.90", coupon=code)
    assert first.status_code == second.status_code == 200
    assert_matches_spec("bonifiq", "POST", f"{P}/POS/orders", 200, body(first))
    assert body(first)["Result"]["Id"] == body(second)["Result"]["Id"]
    assert body(first)["Result"]["Coupon"] == code
    assert body(first)["Result"]["Origin"] == 3  # PDV
    got = bonifiq.get("/Order/PDV-ORDER-1")
    assert_matches_spec("bonifiq", "GET", f"{P}/Order/{{orderId}}", 200, body(got))
    ledger = admin.get(f"/bonifiq/customers/{ANA}").json()["ledger"]
    assert [e["cause"] for e in ledger].count("order_link") == 1
    # Cancelling the order gives back the linked redeem's points.
    cancelled = body(
        bonifiq.post("/POS/orders/PDV-ORDER-1/cancel", json={"OrderCancelledDate": "2026-01-16T10:00:00Z"})
    )
    assert cancelled["Result"]["isCanceled"] is True and cancelled["Result"]["Status"] == 3
    assert points_of(bonifiq, ANA)[0] == 1500


def test_partial_cancel_refunds_a_share_and_cancel_key_reuse_is_an_error(bonifiq: httpx.Client) -> None:
    code = body(redeem(bonifiq, 2, ANA, "K-partial"))["Result"]["ExternalCode"]  # 300 points
    order(bonifiq, "PDV-ORDER-2", ANA, "100.00", coupon=code)
    request = {
        "ValueToRefund": 25,
        "CancelKey": "PARTIAL-1",
        "Products": [{"OriginalId": "SKU-300", "ValueToRefund": 25}],
    }
    first = bonifiq.post("/POS/PDV-ORDER-2/partialcancel", json=request)
    assert first.status_code == 200
    assert body(first)["Result"]["isCanceled"] is False
    assert points_of(bonifiq, ANA)[0] == 1200 + 75  # a quarter of 300 back
    again = bonifiq.post("/POS/PDV-ORDER-2/partialcancel", json=request)
    assert again.status_code == 400
    assert body(again)["HasError"] is True and body(again)["CodeName"] == "DuplicateCancelKey"
    assert "CancelKey" in body(again)["ErrorMessage"]
    assert points_of(bonifiq, ANA)[0] == 1275
    mismatch = {
        "ValueToRefund": 10,
        "CancelKey": "PARTIAL-2",
        "Products": [{"OriginalId": "SKU-300", "ValueToRefund": 9}],
    }
    details = body(bonifiq.post("/POS/PDV-ORDER-2/partialcancel", json=mismatch))["Result"]["RefundErrorDetails"]
    assert details["Code"] == "VALUE_MISMATCH"
    rest = {"ValueToRefund": 75, "CancelKey": "PARTIAL-3"}
    final = body(bonifiq.post("/Order/PDV-ORDER-2/partialcancel", json=rest))["Result"]
    assert final["isCanceled"] is True
    assert points_of(bonifiq, ANA)[0] == 1500  # everything back, not a point more


def test_change_key_reuse_is_an_error_and_changes_nothing(bonifiq: httpx.Client) -> None:
    request = {"Points": 40, "OperationType": 0, "Reason": "bonus", "ChangeKey": "ADD-ANA-40"}
    first = bonifiq.post(f"/Customer/{ANA}/points", json=request)
    assert first.status_code == 200
    assert_matches_spec("bonifiq", "POST", f"{P}/Customer/{{id}}/points", 200, body(first))
    again = bonifiq.post(f"/Customer/{ANA}/points", json=request)
    assert again.status_code == 400
    assert body(again)["HasError"] is True and body(again)["CodeName"] == "DuplicateChangeKey"
    assert points_of(bonifiq, ANA)[0] == 1540
    cashback = {"Value": -5, "OperationType": 1, "Reason": "ajuste", "ChangeKey": "REM-ANA-5"}
    assert bonifiq.post(f"/Customer/{ANA}/cashback", json=cashback).status_code == 200
    assert bonifiq.post(f"/Customer/{ANA}/cashback", json=cashback).status_code == 400
    assert points_of(bonifiq, ANA)[1] == Decimal("20.00")


def test_pin_challenge_flow_with_should_inform_phone(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    # Diego has no phone nor e-mail: the first challenge asks for a contact.
    first = body(bonifiq.post(f"/POS/customers/{DIEGO}/challenge", json={"TransactionId": "OTP-1"}))
    assert first["Success"] is False and first["ShouldInformPhone"] is True and first["ShouldInformEmail"] is True
    assert admin.get(f"/bonifiq/customers/{DIEGO}/pin").status_code == 400  # no PIN was made
    # A redeem before validation is refused for a customer flagged ShouldValidateCustomer.
    refused = redeem(bonifiq, 1, DIEGO, "K-diego")
    assert refused.status_code == 400 and body(refused)["CodeName"] == "CustomerValidationRequired"
    second = body(
        bonifiq.post(f"/POS/customers/{DIEGO}/challenge", json={"TransactionId": "OTP-1", "Phone": "+55 11 90000-0004"})
    )
    assert second["Success"] is True and second["SentBySMS"] is True and second["TransactionId"] == "OTP-1"
    assert_matches_spec("bonifiq", "POST", f"{P}/POS/customers/{{id}}/challenge", 200, second)
    pin = admin.get(f"/bonifiq/customers/{DIEGO}/pin").json()["Pin"]
    assert len(pin) == 6 and pin.isdigit()
    wrong = "000000" if pin != "000000" else "111111"
    bad = body(
        bonifiq.post(f"/POS/customers/{DIEGO}/challengevalidate", json={"TransactionId": "OTP-1", "Code": wrong})
    )
    assert bad["Success"] is False
    good = body(bonifiq.post(f"/POS/customers/{DIEGO}/challengevalidate", json={"TransactionId": "OTP-1", "Code": pin}))
    assert good["Success"] is True
    assert redeem(bonifiq, 1, DIEGO, "K-diego").status_code == 200


def test_should_validate_customer_is_configurable_per_customer(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    def flag(customer: str) -> bool:
        data = body(bonifiq.post("/POS/rewards/available", json={"CustomerId": customer, "PurchaseValue": 10}))
        return bool(data["ShouldValidateCustomer"])

    assert (flag(ANA), flag(BRUNO)) == (False, True)
    admin.post(f"/bonifiq/customers/{ANA}/flags", json={"should_validate": True}).raise_for_status()
    assert flag(ANA) is True


def test_customer_ids_in_paths_are_decoded_once(bonifiq: httpx.Client) -> None:
    assert bonifiq.get("/Customer/ana%40example.com").status_code == 200
    assert bonifiq.get("/Customer/00000000191").status_code == 200  # CPF digits
    assert bonifiq.get("/Customer/ana%2540example.com").status_code == 404  # not decoded twice


def test_available_coupons_are_paged_by_at_most_fifty(bonifiq: httpx.Client) -> None:
    pages = [
        body(bonifiq.post(f"/Customer/{ANA}/availablecoupons", params={"PageNumber": n, "PageSize": 50}))
        for n in (1, 2, 3)
    ]
    assert [len(p["Items"]) for p in pages] == [50, 50, 23]
    assert [p["HasNextPage"] for p in pages] == [True, True, False]
    assert {p["TotalItemCount"] for p in pages} == {123}
    assert_matches_spec("bonifiq", "POST", f"{P}/Customer/{{id}}/availablecoupons", 200, pages[0])
    codes = [item["CouponCode"] for page in pages for item in page["Items"]]
    assert len(set(codes)) == 123
    too_big = bonifiq.post(f"/Customer/{ANA}/availablecoupons", params={"PageSize": 51})
    assert too_big.status_code == 400 and body(too_big)["HasError"] is True and body(too_big)["ErrorMessages"]


def test_history_lists_ledger_movements(bonifiq: httpx.Client) -> None:
    redeem(bonifiq, 1, ANA, "K-history")
    data = body(bonifiq.post(f"/Customer/{ANA}/history", params={"PageNumber": 1, "PageSize": 10}))
    assert_matches_spec("bonifiq", "POST", f"{P}/Customer/{{id}}/history", 200, data)
    assert data["Items"][0]["Points"] == -100 and data["Items"][0]["Title"] == "redeem"


def test_upsert_creates_then_updates(bonifiq: httpx.Client) -> None:
    request = {"OriginalId": "novo@example.com", "Name": "Novo", "Email": "novo@example.com", "IsEnrolled": True}
    created = body(bonifiq.post("/Customer/upsert", json=request))
    assert_matches_spec("bonifiq", "POST", f"{P}/Customer/upsert", 200, created)
    updated = body(bonifiq.post("/Customer/upsert", json={**request, "Name": "Novo Nome"}))
    assert (created["Result"]["Operation"], updated["Result"]["Operation"]) == ("Created", "Updated")
    assert body(bonifiq.get("/Customer/novo@example.com"))["Result"]["Name"] == "Novo Nome"
