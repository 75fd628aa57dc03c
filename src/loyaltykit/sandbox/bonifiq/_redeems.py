"""A redeem's life, shared by the POS, Checkout and Order operations: debit, replay, give back.

OriginalKey: "the exactly same request twice redeems only once"
(https://developers.bonifiq.com.br/api-reference/pos/this-method-can-be-used-to-redeem-a-reward-in-behalf-of-a-customer).
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from .._codes import RewardType
from .._runtime import Runtime
from .._store import Customer, Db, Redeem, RewardConfig
from .._wire import ApiError, Reply, money, proportional
from ._envelope import VENDOR, envelope


def create_redeem(
    rt: Runtime,
    db: Db,
    redeem_id: int,
    customer: Customer,
    reward: RewardConfig,
    key: str,
    points: int,
    cashback: Decimal,
    metadatas: list[Any],
    now: str,
) -> Reply:
    """Debit a redeem's cost and record it with its answer, the one its OriginalKey replays."""
    ledger_id = db.move(customer.id, cause="redeem", ref=key, at=now, points=-points, cashback=-cashback)
    external_code = f"BNQ-{redeem_id}-{rt.token(6)}"
    is_product = reward.reward_type == RewardType.PRODUCT_DISCOUNT
    result = {
        "RewardId": redeem_id,
        "Point": {"PointId": ledger_id, "Quantity": -points, "Metadatas": metadatas},
        "ExternalCode": external_code,
        "OriginalKey": key,
        "Coupon": None,
        "ExternalProductId": reward.external_product_id if is_product else None,
    }
    reply = envelope(result)
    db.insert(
        "redeems",
        {
            "id": redeem_id,
            "customer_id": customer.id,
            "reward_config_id": reward.id,
            "original_key": key,
            "external_code": external_code,
            "points": points,
            "cashback": cashback,
            "state": "active",
            "ledger_id": ledger_id,
            "created_at": now,
            "response": reply.encode().decode(),
        },
    )
    return reply


def replay(db: Db, original_key: str, ident: str) -> Reply | None:
    """The first answer to a known OriginalKey, byte for byte; None for a new key.

    The key must come from the customer it was first used for: the same key for another
    customer is a conflict (409), not that customer's redeem. A cancelled redeem still
    answers its first (success) response, as documented in the README.
    """
    known = db.redeem_by_key(original_key)
    if known is None:
        return None
    customer = db.find_customer(VENDOR, ident)
    if customer is None or customer.id != known.customer_id:
        raise ApiError(
            409, f"OriginalKey {original_key!r} was already used for another customer.", name="OriginalKeyConflict"
        )
    # Nothing reads the stored body: it is sent as it is.
    return Reply(200, None, raw=known.response.encode())


def redeem_cost(reward: RewardConfig, customer: Customer, body: Mapping[str, Any]) -> tuple[int, Decimal]:
    """(points, cashback) the redeem takes: cashback takes Value, every other type its points."""
    if reward.reward_type == RewardType.CASHBACK:
        value = money(body.get("Value"), "Value") if body.get("Value") is not None else None
        if value is None or value <= 0:
            raise ApiError(400, "Value is required for a cashback reward and must be > 0.", name="ValidationError")
        if value > customer.cashback:
            raise ApiError(400, "Not enough cashback for this redeem.", name="CashbackNotAvailable")
        return 0, value
    if reward.reward_type == RewardType.PRODUCT_DISCOUNT and (reward.product_available_quantity or 0) <= 0:
        raise ApiError(400, "Product reward usage limit reached.", name="ProductRewardUsageLimitReached")
    if customer.points < reward.points:
        raise ApiError(400, "Not enough points for this reward.", name="NotEnoughPoints")
    return reward.points, Decimal(0)


def restore(db: Db, redeem: Redeem, *, share: Decimal | None, cause: str, at: str) -> int | None:
    """Give back a redeem's points/cashback: all that remains (share None) or a share of it.

    Partial shares are rounded; the last restore gives back exactly what remains, so the
    sum of restores never exceeds the redeem.
    """
    points = proportional(redeem.points, redeem.restored_points, share)
    cashback = proportional(redeem.cashback, redeem.restored_cashback, share)
    if points == 0 and cashback == 0:
        return None
    ledger_id = db.move(
        redeem.customer_id, cause=cause, ref=redeem.original_key, at=at, points=points, cashback=cashback
    )
    db.update(
        "redeems",
        "id",
        redeem.id,
        {"restored_points": redeem.restored_points + points, "restored_cashback": redeem.restored_cashback + cashback},
    )
    return ledger_id


def cancel_redeem(rt: Runtime, db: Db, redeem: Redeem, cause: str) -> int | None:
    """Cancel once; a second cancel of the same reward changes nothing and answers the same."""
    if redeem.state == "canceled":
        return None
    now = rt.clock.now_iso()
    ledger_id = restore(db, redeem, share=None, cause=cause, at=now)
    db.update("redeems", "id", redeem.id, {"state": "canceled", "canceled_at": now})
    reward = db.reward_config(redeem.reward_config_id)
    if reward is not None and reward.reward_type == RewardType.PRODUCT_DISCOUNT:
        db.change_product_stock(reward.id, +1)
    return ledger_id
