"""Customers and their points as every Gameball operation sees them: lookup, upsert, point value.

Points live in the shared ledger. A hold debits them at once (cause "hold"); cancel and
expiry credit them back ("hold_release", "hold_expiry"); an order consuming the hold moves
nothing more ("hold_consumed", zero). So the available balance is simply the ledger balance.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_CEILING, Decimal
from typing import Any

from .._runtime import Runtime
from .._store import Customer, Db
from .._wire import ApiError, money, whole
from ._errors import customer_not_found, invalid_value, one_of

VENDOR = "gameball"

# Redemption rules offered by GET /configurations/redemption and usable as a hold's ruleId.
REDEMPTION_RULES: tuple[dict[str, Any], ...] = (
    {"id": 1, "pointsToRedeem": 100, "ruleType": "points"},
    {"id": 2, "pointsToRedeem": 500, "ruleType": "points"},
)

# Ledger causes that earn points (the balance's totalEarnedPoints).
EARNING_CAUSES = ("seed", "order_earn", "cashback")


def point_value(rt: Runtime) -> Decimal:
    return rt.config.gameball_point_value


def points_value(rt: Runtime, points: int) -> Decimal:
    return points * point_value(rt)


def customer_of(db: Db, ident: str) -> Customer:
    return db.require_customer(VENDOR, ident, customer_not_found)


def upsert_customer(rt: Runtime, db: Db, ident: str, body: Mapping[str, Any]) -> Customer:
    """The customer ``ident``, created if unknown ("Automatic customer creation"), with the
    name and contacts ``body`` carries."""
    attributes = body.get("customerAttributes") or {}
    values: dict[str, Any] = {}
    name = attributes.get("displayName") or " ".join(
        part for part in (attributes.get("firstName"), attributes.get("lastName")) if part
    )
    if name:
        values["name"] = name
    email = body.get("email") or attributes.get("email")
    mobile = body.get("mobile") or attributes.get("mobile")
    if email:
        values["email"] = email
    if mobile:
        values["phone"] = mobile
    existing = db.find_customer(VENDOR, ident)
    if existing is not None:
        if values:
            db.update("customers", "id", existing.id, values)
        return db.customer(existing.id)
    values.update({"vendor": VENDOR, "external_id": ident, "created_at": rt.clock.now_iso()})
    return db.customer(db.insert("customers", values))


def points_for(rt: Runtime, body: Mapping[str, Any], *, amount_key: str, points_key: str) -> int:
    """Exactly one of points / amount (converted at the point value, rounded up) / ruleId."""
    given = [key for key in (points_key, amount_key, "ruleId") if body.get(key) is not None]
    if len(given) != 1:
        raise one_of(f"Send exactly one of {points_key}, {amount_key}, ruleId.")
    if body.get(points_key) is not None:
        points = whole(body[points_key], points_key)
    elif body.get(amount_key) is not None:
        amount = money(body[amount_key], amount_key, places=Decimal("0.001"))
        points = int((amount / point_value(rt)).to_integral_value(ROUND_CEILING))
    else:
        rule = next((r for r in REDEMPTION_RULES if str(r["id"]) == str(body["ruleId"])), None)
        if rule is None:
            raise ApiError(
                404, f"Redemption rule {body['ruleId']!r} not found.", name="CONFIGURATIONS_ERROR", code=4004
            )
        points = int(rule["pointsToRedeem"])
    if points <= 0:
        raise invalid_value("The amount to redeem must be positive.")
    return points
