"""How stored rows are shown in Gameball's responses (coupons, ledger entries)."""

from __future__ import annotations

from typing import Any

from .._runtime import Runtime
from .._store import Coupon, LedgerEntry
from ._accounts import points_value

NO_EXPIRY = "2099-12-31T00:00:00.000Z"

# A ledger cause as a transaction ``type`` of GET /transactions.
_TRANSACTION_TYPES = {
    "seed": "Manual",
    "hold": "Hold",
    "hold_release": "HoldRelease",
    "hold_expiry": "HoldExpiry",
    "hold_consumed": "Redemption",
    "redeem": "Redemption",
    "order_earn": "Order",
    "cashback": "Cashback",
    "refund": "Refund",
}

# coupon_type as GET /customers/{id}/coupons and POST /coupons/validate name it.
_WALLET_TYPES = {0: "Fixed Rate Discount", 1: "Percentage", 2: "Free Shipping"}
_VALIDATED_TYPES = {0: "fixed", 1: "percentage", 2: "shipping"}


def wallet_coupon(rt: Runtime, coupon: Coupon, now: str) -> dict[str, Any]:
    """A coupon in the customer's list."""
    return {
        "name": coupon.name,
        "code": coupon.code,
        "value": coupon.value,
        "type": _WALLET_TYPES.get(coupon.coupon_type, "Custom"),
        "target": "POS",
        "currency": rt.config.gameball_currency,
        "startDate": coupon.valid_start or coupon.created_at,
        "expiryDate": coupon.valid_end or NO_EXPIRY,
        "isExpired": bool(coupon.valid_end and coupon.valid_end < now),
        "isActive": True,
        "usageLimit": 1,
        "limitPerCustomer": 1,
        "usedCount": int(coupon.is_used),
        "customerUsedCount": int(coupon.is_used),
        "isAvailableToUse": not coupon.is_used,
    }


def validated_coupon(coupon: Coupon) -> dict[str, Any]:
    """A usable coupon in the answer of POST /coupons/validate."""
    return {
        "code": coupon.code,
        "type": _VALIDATED_TYPES.get(coupon.coupon_type, "fixed"),
        "value": coupon.value,
        "usageLimit": 1,
        "limitPerCustomer": 1,
        "startDate": coupon.valid_start or coupon.created_at,
        "expiryDate": coupon.valid_end or NO_EXPIRY,
        "entitledProductIds": [],
        "entitledVariantIds": [],
        "entitledCollectionIds": [],
        "entitledMerchantIds": [],
        "combinesWith": {"orderDiscounts": False, "productDiscounts": True, "shippingDiscounts": True},
    }


def transaction(rt: Runtime, entry: LedgerEntry, owner: str) -> dict[str, Any]:
    """A ledger entry as an item of GET /transactions."""
    return {
        "transactionId": entry.ref or "",
        "gameballTransactionId": str(entry.id),
        "type": _TRANSACTION_TYPES.get(entry.cause, entry.cause),
        "direction": "-" if entry.points < 0 else "+",
        "customerId": owner,
        "points": entry.points,
        "amount": points_value(rt, abs(entry.points)),
        "transactionTime": entry.at,
        "status": "Active",
        "reason": entry.cause,
        "pointsBalanceBefore": entry.points_after - entry.points,
        "pointsBalanceAfter": entry.points_after,
    }
