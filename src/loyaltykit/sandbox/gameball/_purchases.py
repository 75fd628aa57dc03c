"""A purchase as the ledger and the orders table keep it: a tracked order (POST /orders) or a
cashback transaction (POST /transactions/cashback). Both earn points at once, and a refund
(POST /transactions/refund, by its id) takes back its share of them."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_DOWN, Decimal
from typing import Any

from .._codes import OrderState
from .._runtime import Runtime, require_str
from .._store import Customer, Db
from .._wire import money
from ._accounts import VENDOR
from ._errors import invalid_value


def purchase_of(body: Mapping[str, Any], id_field: str, amount_field: str) -> tuple[str, str, Decimal]:
    """The customer's id, the purchase's id and its amount (>= 0) from a request body."""
    ident = require_str(body, "customerId")
    purchase_id = require_str(body, id_field)
    amount = money(body.get(amount_field), amount_field, places=Decimal("0.001"))
    if amount < 0:
        raise invalid_value(f"{amount_field} must be >= 0")
    return ident, purchase_id, amount


def earned_for(rt: Runtime, amount: Decimal) -> int:
    """Points a purchase of ``amount`` earns (whole points, rounded down)."""
    return int((amount * rt.config.earn_points_per_unit).to_integral_value(ROUND_DOWN))


def record_purchase(
    db: Db,
    customer: Customer,
    purchase_id: str,
    total: Decimal,
    at: str,
    *,
    earned: int,
    hold_reference: str | None = None,
    redeemed: int = 0,
) -> None:
    db.insert(
        "orders",
        {
            "vendor": VENDOR,
            "original_id": purchase_id,
            "customer_id": customer.id,
            "total": total,
            "state": OrderState.COMPLETE,
            "hold_reference": hold_reference,
            "redeemed_points": redeemed,
            "earned_points": earned,
            "created_at": at,
            "completed_at": at,
            # Nothing answers from a Gameball purchase's request: the column is BonifiQ's.
            "payload": "{}",
        },
    )
