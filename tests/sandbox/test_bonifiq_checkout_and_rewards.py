"""BonifiQ: GET /Rewards/{id} and the e-commerce Checkout cashback (redeem, remove, refresh)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import httpx
import pytest
from loyaltykit_bonifiq_api.models.checkout_customer_request import CheckoutCustomerRequest
from loyaltykit_bonifiq_api.models.checkout_redeem_request import CheckoutRedeemRequest

import loyaltykit
from loyaltykit._json import decode_json, encode_json

from .conftest import CREDENTIALS
from .spec_check import assert_matches_spec

P = "/v1/pvt"
ANA, BRUNO = "ana@example.com", "bruno@example.com"  # Ana: 25.00 cashback; Bruno: none


def body(response: httpx.Response) -> Any:
    return decode_json(response.content)


def post(bonifiq: httpx.Client, path: str, payload: dict[str, Any]) -> httpx.Response:
    return bonifiq.post(path, content=encode_json(payload), headers={"content-type": "application/json"})


def cashback(bonifiq: httpx.Client, customer: str = ANA) -> Decimal:
    return Decimal(body(bonifiq.get(f"/Customer/{customer}/points"))["CashbackBalance"])


def apply(bonifiq: httpx.Client, checkout: str, **fields: Any) -> httpx.Response:
    return post(bonifiq, "/Checkout/redeem", {"CustomerId": ANA, "CheckoutId": checkout, **fields})


def check(path: str, response: httpx.Response) -> dict[str, Any]:
    data: dict[str, Any] = body(response)
    assert_matches_spec("bonifiq", "POST", f"{P}{path}", response.status_code, data)
    return data


# --------------------------------------------------------------------------- Rewards/{id}


def test_get_reward_is_unenveloped_and_follows_the_redeem(bonifiq: httpx.Client) -> None:
    redeemed = body(post(bonifiq, "/POS/rewards/1/redeem", {"CustomerId": ANA, "OriginalKey": "RW-1"}))["Result"]
    got = bonifiq.get(f"/Rewards/{redeemed['RewardId']}")
    assert got.status_code == 200
    data = body(got)
    assert_matches_spec("bonifiq", "GET", f"{P}/Rewards/{{id}}", 200, data)
    assert "Result" not in data  # no envelope
    assert (data["Id"], data["ExternalCode"], data["IsCanceled"]) == (
        redeemed["RewardId"],
        redeemed["ExternalCode"],
        False,
    )
    assert data["Points"] == {"Id": redeemed["Point"]["PointId"], "Points": -100, "Type": 0, "EventKey": "RW-1"}
    assert data["Customer"]["OriginalId"] == ANA
    bonifiq.delete(f"/POS/rewards/{redeemed['RewardId']}").raise_for_status()
    cancelled = body(bonifiq.get(f"/Rewards/{redeemed['RewardId']}"))
    assert_matches_spec("bonifiq", "GET", f"{P}/Rewards/{{id}}", 200, cancelled)
    assert cancelled["IsCanceled"] is True and cancelled["Points"]["Points"] == 100
    assert cancelled["Points"]["Type"] == 1


def test_get_unknown_reward_is_a_404_envelope(bonifiq: httpx.Client) -> None:
    missing = bonifiq.get("/Rewards/999999")
    assert missing.status_code == 404
    data = body(missing)
    assert_matches_spec("bonifiq", "GET", f"{P}/Rewards/{{id}}", 404, data)
    assert data["HasError"] is True and data["CodeName"] == "RewardNotFound"
    assert bonifiq.get("/Rewards/abc").status_code == 400


# --------------------------------------------------------------------------- Checkout


def test_checkout_redeem_applies_cashback_and_an_order_links_it(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    applied = apply(bonifiq, "CART-1", CashbackValue=Decimal("10.00"), Total=Decimal("80.00"), OriginalKey="CK-1")
    data = check("/Checkout/redeem", applied)
    assert applied.status_code == 200 and data["HasError"] is False and data["Severity"] == 0
    result = data["Result"]
    assert result["OriginalKey"] == "CK-1" and result["ExternalCode"].startswith("BNQ-")
    assert cashback(bonifiq) == Decimal("15.00")
    # OriginalKey: the same request again answers the first response; nothing moves.
    assert body(apply(bonifiq, "CART-1", CashbackValue=Decimal("10.00"), OriginalKey="CK-1")) == data
    assert cashback(bonifiq) == Decimal("15.00")
    reward = body(bonifiq.get(f"/Rewards/{result['RewardId']}"))
    assert reward["CashValue"] == Decimal("10.00") and reward["IsCanceled"] is False
    order = {
        "OriginalId": "WEB-1",
        "OrderTotal": Decimal("70.00"),
        "Coupon": result["ExternalCode"],
        "Customer": {"OriginalId": ANA},
    }
    assert post(bonifiq, "/Order", order).status_code == 200
    # In an order now: the checkout can no longer remove it.
    cart = {"CustomerId": ANA, "CheckoutId": "CART-1"}
    removed = check("/Checkout/redeem/remove", post(bonifiq, "/Checkout/redeem/remove", cart))
    assert (removed["Code"], removed["CodeName"], removed["Severity"]) == ("04", "CashbackNotApplied", 1)
    assert cashback(bonifiq) == Decimal("15.00")
    causes = [e["cause"] for e in admin.get(f"/bonifiq/customers/{ANA}").json()["ledger"]]
    assert causes == ["seed", "redeem", "order_link"]


def test_checkout_redeem_defaults_to_the_most_the_checkout_allows(bonifiq: httpx.Client) -> None:
    # Ana has 25.00; the tenant rule caps cashback at 50 % of the eligible total; SKU-TOBACCO is excluded.
    items = [
        {"ExternalProductId": "SKU-100", "Value": Decimal("15.00"), "Quantity": 2},
        {"ExternalProductId": "SKU-TOBACCO", "Value": Decimal("100.00"), "Quantity": 1},
    ]
    data = check("/Checkout/redeem", apply(bonifiq, "CART-2", Items=items))
    assert data["HasError"] is False
    assert cashback(bonifiq) == Decimal("10.00")  # 25.00 - 50 % of 30.00
    no_total = check("/Checkout/redeem", apply(bonifiq, "CART-3"))
    assert no_total["HasError"] is False
    # CART-2's cashback came back before CART-3 took the whole balance.
    assert cashback(bonifiq) == Decimal("0.00")


def test_checkout_redeem_refusals(bonifiq: httpx.Client) -> None:
    too_much = apply(bonifiq, "CART-X", CashbackValue=Decimal("30.00"))
    assert too_much.status_code == 400 and check("/Checkout/redeem", too_much)["CodeName"] == "CashbackValueExceeded"
    over_total = apply(bonifiq, "CART-X", CashbackValue=Decimal("6.00"), Total=Decimal("10.00"))
    assert over_total.status_code == 400
    no_checkout = post(bonifiq, "/Checkout/redeem", {"CustomerId": ANA})
    assert no_checkout.status_code == 400
    assert (check("/Checkout/redeem", no_checkout)["Code"], body(no_checkout)["CodeName"]) == (
        "02",
        "CheckoutIdRequired",
    )
    unknown = post(bonifiq, "/Checkout/redeem", {"CustomerId": "nobody@example.com", "CheckoutId": "C"})
    assert unknown.status_code == 400 and (body(unknown)["Code"], body(unknown)["Severity"]) == ("01", 2)
    nothing = post(bonifiq, "/Checkout/redeem", {"CustomerId": BRUNO, "CheckoutId": "C"})
    assert nothing.status_code == 400 and body(nothing)["CodeName"] == "CashbackNotAvailable"
    assert cashback(bonifiq) == Decimal("25.00")


def test_checkout_original_key_from_another_customer_is_a_conflict(bonifiq: httpx.Client) -> None:
    assert apply(bonifiq, "CART-K", CashbackValue=Decimal("5.00"), OriginalKey="CK-SHARED").status_code == 200
    other = post(bonifiq, "/Checkout/redeem", {"CustomerId": BRUNO, "CheckoutId": "CART-K", "OriginalKey": "CK-SHARED"})
    assert other.status_code == 409 and body(other)["CodeName"] == "OriginalKeyConflict"
    assert cashback(bonifiq) == Decimal("20.00")


def test_applying_again_gives_back_the_other_checkouts_cashback(bonifiq: httpx.Client, admin: httpx.Client) -> None:
    apply(bonifiq, "CART-A", CashbackValue=Decimal("5.00")).raise_for_status()
    apply(bonifiq, "CART-B", CashbackValue=Decimal("7.00")).raise_for_status()
    assert cashback(bonifiq) == Decimal("18.00")  # CART-A's 5.00 was refunded first
    gone = post(bonifiq, "/Checkout/redeem/remove", {"CustomerId": ANA, "CheckoutId": "CART-A"})
    assert body(gone)["Code"] == "04"
    causes = [e["cause"] for e in admin.get(f"/bonifiq/customers/{ANA}").json()["ledger"]]
    assert causes == ["seed", "redeem", "checkout_refund", "redeem"]


def test_remove_codes(bonifiq: httpx.Client) -> None:
    def remove(customer: str = ANA, checkout: str | None = "CART-R") -> httpx.Response:
        payload: dict[str, Any] = {"CustomerId": customer}
        if checkout is not None:
            payload["CheckoutId"] = checkout
        return post(bonifiq, "/Checkout/redeem/remove", payload)

    not_found = remove()
    assert not_found.status_code == 200
    data = check("/Checkout/redeem/remove", not_found)
    assert (data["Code"], data["CodeName"], data["Severity"], data["HasWarning"], data["HasError"]) == (
        "03",
        "CheckoutNotFound",
        1,
        True,
        False,
    )
    assert data["Result"]["Success"] is False
    apply(bonifiq, "CART-R", CashbackValue=Decimal("4.00")).raise_for_status()
    done = check("/Checkout/redeem/remove", remove())
    assert (done["Code"], done["CodeName"], done["Severity"], done["HasWarning"]) == (
        "07",
        "CashbackRemovedSuccessfully",
        0,
        False,
    )
    assert done["Result"]["Success"] is True and cashback(bonifiq) == Decimal("25.00")
    again = check("/Checkout/redeem/remove", remove())
    assert (again["Code"], again["Result"]["Success"]) == ("04", False)
    assert cashback(bonifiq) == Decimal("25.00")
    for response, code in ((remove(checkout=None), "02"), (remove(checkout=" "), "02"), (remove("nobody"), "01")):
        assert response.status_code == 400
        data = check("/Checkout/redeem/remove", response)
        assert (data["Code"], data["Severity"], data["HasError"]) == (code, 2, True)


def test_refresh_codes(bonifiq: httpx.Client) -> None:
    def refresh(total: str | None = None, checkout: str = "CART-F") -> dict[str, Any]:
        payload: dict[str, Any] = {"CustomerId": ANA, "CheckoutId": checkout}
        if total is not None:
            payload["Total"] = Decimal(total)
        response = post(bonifiq, "/Checkout/redeem/refresh", payload)
        assert response.status_code == 200
        return check("/Checkout/redeem/refresh", response)

    assert refresh()["Code"] == "03"
    apply(bonifiq, "CART-F", CashbackValue=Decimal("10.00"), Total=Decimal("40.00")).raise_for_status()
    kept = refresh()
    assert (kept["Code"], kept["CodeName"], kept["Severity"]) == ("05", "CashbackStillApplied", 1)
    assert kept["Result"]["CashbackRemoved"] is False
    assert refresh("20.00")["Code"] == "05"  # 50 % of 20.00 still covers 10.00
    removed = refresh("19.98")
    assert (removed["Code"], removed["CodeName"], removed["Result"]["CashbackRemoved"]) == (
        "06",
        "CashbackRemovedByCartChange",
        True,
    )
    assert cashback(bonifiq) == Decimal("25.00")
    assert refresh("100.00")["Code"] == "04"


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_the_sdk_methods_work_on_the_sandbox(sandbox: Any, mode: str) -> None:
    """bq.rewards.get and bq.ecommerce_cashback.redeem/remove/refresh, as a cassette would record them."""
    keys = (CREDENTIALS.bonifiq_api_token, CREDENTIALS.bonifiq_api_key)
    request = CheckoutRedeemRequest(
        customer_id=ANA, checkout_id=f"SDK-{mode}", cashback_value=Decimal("3.00"), original_key=f"SDK-{mode}"
    )
    cart = CheckoutCustomerRequest(customer_id=ANA, checkout_id=f"SDK-{mode}", total=Decimal("50.00"))
    if mode == "sync":
        with loyaltykit.BonifiQ(*keys, base_url=sandbox.base_url, timeout=5) as bq:
            redeemed = bq.ecommerce_cashback.redeem(request)
            reward = bq.rewards.get(redeemed.result.reward_id)  # type: ignore[union-attr]
            refreshed = bq.ecommerce_cashback.refresh(cart)
            removed = bq.ecommerce_cashback.remove(cart)
    else:
        async with loyaltykit.AsyncBonifiQ(*keys, base_url=sandbox.base_url, timeout=5) as abq:
            redeemed = await abq.ecommerce_cashback.redeem(request)
            reward = await abq.rewards.get(redeemed.result.reward_id)  # type: ignore[union-attr]
            refreshed = await abq.ecommerce_cashback.refresh(cart)
            removed = await abq.ecommerce_cashback.remove(cart)
    assert reward.external_code == redeemed.result.external_code  # type: ignore[union-attr]
    assert reward.cash_value == Decimal("3.00")
    assert refreshed.code == "05" and refreshed.result.cashback_removed is False  # type: ignore[union-attr]
    assert removed.code == "07" and removed.result.success is True  # type: ignore[union-attr]
