"""BonifiQ's Checkout operations: cashback applied to an e-commerce checkout by CheckoutId.

https://developers.bonifiq.com.br/api/private/checkout/redeems-cashback-for-a-checkout: the
redeem is an ordinary cashback redeem (so an order whose Coupon is its ExternalCode links it,
and Rewards/{id} shows it); the checkout remembers which redeem it holds. Business codes
(Code / CodeName / Severity): 01 CustomerNotFound and 02 CheckoutIdRequired are errors (400);
03 CheckoutNotFound, 04 CashbackNotApplied, 05 CashbackStillApplied and 06
CashbackRemovedByCartChange are warnings (200); 07 CashbackRemovedSuccessfully is a success.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from .._codes import RewardType
from .._runtime import Call, Handler, Runtime
from .._store import CheckoutCart, Customer, Db, Redeem
from .._wire import ApiError, Reply, money
from ._envelope import SUCCESS, WARNING, customer_or_error, outcome
from ._redeems import cancel_redeem, create_redeem, replay
from ._rules import cashback_cap, line_value

P = "/v1/pvt/Checkout"


def _removed(success: bool, message: str) -> dict[str, Any]:
    """CheckoutRemoveCashbackResponse."""
    return {"Success": success, "CustomerMessage": message}


def _refreshed(removed: bool, message: str) -> dict[str, Any]:
    """CheckoutRefreshCashbackResponse."""
    return {"CashbackRemoved": removed, "CustomerMessage": message}


def _checkout_request(db: Db, body: Mapping[str, Any]) -> tuple[Customer, str]:
    ident = body.get("CustomerId")
    customer = customer_or_error(db, ident if isinstance(ident, str) else "")
    checkout_id = body.get("CheckoutId")
    if not isinstance(checkout_id, str) or not checkout_id.strip():
        raise ApiError(400, "CheckoutId is required.", name="CheckoutIdRequired", code="02")
    return customer, checkout_id


def _applied(db: Db, cart: CheckoutCart) -> Redeem | None:
    """The cart's cashback redeem while it can still be removed: active and not in an order."""
    return None if cart.redeem_id is None else db.open_redeem(cart.redeem_id)


def _checkout_eligible(rt: Runtime, body: Mapping[str, Any]) -> Decimal | None:
    """Items (restricted SKUs left out) when given, else Total, else unknown."""
    items = body.get("Items")
    if items:
        eligible = Decimal(0)
        for item in items:
            if isinstance(item, dict):
                value = line_value(item, where="Items", price_field="Value")
                if item.get("ExternalProductId") not in rt.config.restricted_product_ids:
                    eligible += value
        return eligible
    if body.get("Total") is not None:
        return money(body["Total"], "Total", non_negative=True)
    return None


def checkout_redeem(rt: Runtime, call: Call) -> Reply:
    """POST /Checkout/redeem: apply cashback to a checkout.

    OriginalKey: a key seen before answers the first response unchanged. CashbackValue
    defaults to the most the checkout allows: the balance, capped by the checkout total
    (Items or Total) under the tenant's cashback rule; a larger value is refused. Cashback
    already applied to another checkout of the customer (without an order), or earlier to
    this one, is given back first ("automatically refunded").
    """
    body = call.body
    now = rt.clock.now_iso()
    original_key = body.get("OriginalKey")
    with rt.store.transaction() as db:
        replayed = replay(db, original_key, str(body.get("CustomerId") or "")) if original_key else None
        if replayed is not None:
            return replayed
        customer, checkout_id = _checkout_request(db, body)
        if not customer.is_enrolled:
            raise ApiError(400, "Customer is not enrolled in the programme.", name="CustomerNotEnrolled")
        reward = db.first_reward_of_type(RewardType.CASHBACK)
        if not rt.config.cashback_enabled or reward is None:
            raise ApiError(400, "Cashback is not enabled for this store.", name="CashbackNotAvailable")
        # Cashback held by this customer's other open checkouts (and this one) comes back first.
        for cart in db.checkouts(customer.id):
            previous = _applied(db, cart)
            if previous is not None:
                cancel_redeem(rt, db, previous, "checkout_refund")
        customer = db.customer(customer.id)
        eligible = _checkout_eligible(rt, body)
        cap = customer.cashback if eligible is None else cashback_cap(rt.config, customer.cashback, eligible)
        value = cap if body.get("CashbackValue") is None else money(body["CashbackValue"], "CashbackValue")
        if value <= 0:
            raise ApiError(400, "No cashback available for this checkout.", name="CashbackNotAvailable")
        if value > cap:
            raise ApiError(
                400,
                f"CashbackValue {value} exceeds what this checkout allows ({cap}): "
                "the checkout total or the customer's cashback balance.",
                name="CashbackValueExceeded",
            )
        redeem_id = db.next_redeem_id()
        key = original_key or f"SBX-CHECKOUT-{redeem_id}-{rt.token(8)}"
        reply = create_redeem(rt, db, redeem_id, customer, reward, key, 0, value, [], now)
        total = eligible if body.get("Total") is None else money(body["Total"], "Total", non_negative=True)
        db.save_checkout(customer.id, checkout_id, redeem_id, total, now)
    return reply


def _held(
    db: Db, body: Mapping[str, Any], answer: Callable[[bool, str], dict[str, Any]]
) -> tuple[Customer, CheckoutCart, Redeem] | Reply:
    """The checkout and the cashback it holds, or the warning that says there is none (03, 04)."""
    customer, checkout_id = _checkout_request(db, body)
    cart = db.checkout(customer.id, checkout_id)
    if cart is None:
        return outcome(answer(False, "Checkout not found."), "03", "CheckoutNotFound", WARNING)
    redeem = _applied(db, cart)
    if redeem is None:
        return outcome(answer(False, "No cashback is applied to this checkout."), "04", "CashbackNotApplied", WARNING)
    return customer, cart, redeem


def checkout_remove(rt: Runtime, call: Call) -> Reply:
    """POST /Checkout/redeem/remove: give the checkout's cashback back (07), or say why not."""
    with rt.store.transaction() as db:
        held = _held(db, call.body, _removed)
        if isinstance(held, Reply):
            return held
        _, cart, redeem = held
        cancel_redeem(rt, db, redeem, "checkout_remove")
        db.touch_checkout(cart, rt.clock.now_iso())
    result = _removed(True, f"Cashback of R$ {redeem.cashback} removed.")
    return outcome(result, "07", "CashbackRemovedSuccessfully", SUCCESS)


def checkout_refresh(rt: Runtime, call: Call) -> Reply:
    """POST /Checkout/redeem/refresh: keep the cashback (05) unless the new Total no longer allows it (06)."""
    body = call.body
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        held = _held(db, body, _refreshed)
        if isinstance(held, Reply):
            return held
        customer, cart, redeem = held
        total = cart.total if body.get("Total") is None else money(body["Total"], "Total", non_negative=True)
        if total is not None:
            db.touch_checkout(cart, now, total=total)
            # What the checkout would allow now, had this cashback not been taken yet.
            allowed = cashback_cap(rt.config, customer.cashback + redeem.cashback, total)
            if redeem.cashback > allowed:
                cancel_redeem(rt, db, redeem, "checkout_refresh")
                result = _refreshed(True, "The cart changed: the cashback was removed.")
                return outcome(result, "06", "CashbackRemovedByCartChange", WARNING)
    result = _refreshed(False, f"Cashback of R$ {redeem.cashback} still applied.")
    return outcome(result, "05", "CashbackStillApplied", WARNING)


HANDLERS: dict[str, Handler] = {
    f"POST {P}/redeem": checkout_redeem,
    f"POST {P}/redeem/remove": checkout_remove,
    f"POST {P}/redeem/refresh": checkout_refresh,
}
