"""A purchase as the ledger and the orders table keep it: a tracked order (POST /orders) or a
cashback transaction (POST /transactions/cashback). Both earn points at once, and a refund
(POST /transactions/refund, by its id) takes back its share of them."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal

from .._codes import OrderState
from .._runtime import Runtime
from .._store import Customer, Db
from ._accounts import VENDOR


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
