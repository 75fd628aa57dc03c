"""Customers: create (or update), get, balance, coupons."""

from __future__ import annotations

from decimal import Decimal

from .._runtime import Call, Runtime, require_str
from .._wire import Reply
from ._accounts import EARNING_CAUSES, customer_of, points_value, upsert_customer
from ._views import wallet_coupon
from .holds import expire_holds


def create_customer(rt: Runtime, call: Call) -> Reply:
    ident = require_str(call.body, "customerId")
    with rt.store.transaction() as db:
        customer = upsert_customer(rt, db, ident, call.body)
        db.note("profile", customer.id, rt.clock.now_iso())
    return Reply(200, {"gameballId": customer.id})


def get_customer(rt: Runtime, call: Call) -> Reply:
    with rt.store.read() as db:
        customer = customer_of(db, call.params["customerId"])
    return Reply(
        200,
        {
            "gameballId": customer.id,
            "customerId": customer.external_id,
            "customerAttributes": {"tags": [], "custom": {}, "source": "sandbox"},
            "referralCode": f"SBX{customer.id}",
            "referralLink": f"https://example.com/r/SBX{customer.id}",
            "isReferred": False,
        },
    )


def get_balance(rt: Runtime, call: Call) -> Reply:
    """Available = the ledger balance (holds already debited); nothing is ever pending."""
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        customer = customer_of(db, call.params["customerId"])
        earned = db.earned_points(customer.id, EARNING_CAUSES)
    value = points_value(rt, customer.points)
    return Reply(
        200,
        {
            "totalPointsBalance": customer.points,
            "totalPointsValue": value,
            "availablePointsBalance": customer.points,
            "availablePointsValue": value,
            "pendingPoints": 0,
            "pendingPointsValue": Decimal("0.00"),
            "currency": rt.config.gameball_currency,
            "pointsName": "Points",
            "totalEarnedPoints": earned,
        },
    )


def get_coupons(rt: Runtime, call: Call) -> Reply:
    with rt.store.read() as db:
        customer = customer_of(db, call.params["customerId"])
        coupons = db.coupons_of(customer.id)
    now = rt.clock.now_iso()
    return Reply(200, {"coupons": [wallet_coupon(rt, c, now) for c in coupons]})
