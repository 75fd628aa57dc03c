"""Orders: track an order (POST /orders) and what it moved (GET /orders/{orderId}/transactions)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._runtime import Call, Runtime
from .._wire import ApiError, Reply
from ._accounts import VENDOR, points_value, upsert_customer
from ._errors import duplicate
from ._purchases import earned_for, purchase_of, record_purchase
from .holds import consume_hold, expire_holds


def track_order(rt: Runtime, call: Call) -> Reply:
    """POST /orders: a new orderId only ("duplicates are rejected",
    https://docs.gameball.co/installation-guides/v3/pos/track-orders).

    ``redemption.pointsHoldReference`` consumes that hold; earned points are credited at once.
    An unknown customer is created ("Automatic customer creation").
    """
    body = call.body
    ident, order_id, total_paid = purchase_of(body, "orderId", "totalPaid")
    redemption = body.get("redemption") or {}
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        if db.order(VENDOR, order_id):
            raise duplicate(order_id)
        customer = upsert_customer(rt, db, ident, body)
        redeemed = 0
        reference = redemption.get("pointsHoldReference")
        if reference:
            redeemed, _ = consume_hold(rt, db, str(reference), customer, order_id)
        earned = earned_for(rt, total_paid)
        if earned:
            db.move(customer.id, cause="order_earn", ref=order_id, at=now, points=earned)
        record_purchase(
            db, customer, order_id, total_paid, now, earned=earned, hold_reference=reference, redeemed=redeemed
        )
    line_items = [
        {"productId": str(item.get("productId") or ""), "quantity": item.get("quantity") or 1, "points": 0, "score": 0}
        for item in body.get("lineItems") or []
        if isinstance(item, dict)
    ]
    return Reply(
        200,
        {
            "customerId": customer.external_id,
            "redeemedPoints": redeemed,
            "rewardedPoints": earned,
            "lineItems": line_items,
        },
    )


def order_transactions(rt: Runtime, call: Call) -> Reply:
    """GET /orders/{orderId}/transactions: what the order moved, oldest first.

    Redemption (the hold it spent), PaymentReward (points earned), and per refund: Refund or
    PartialRefund (redeemed points given back) and Cancel (earned points taken back). A refund
    is one ledger movement, so its Refund and Cancel share its gameballTransactionId.
    """
    order_id = call.params["orderId"]
    with rt.store.read() as db:
        order = db.order(VENDOR, order_id)
        if order is None:
            raise ApiError(404, f"Order {order_id!r} not found.", name="TRANSACTION_ERROR", code=9002)
        moves = db.moves_by_ref(
            order.customer_id,
            {"hold_consumed": order.hold_reference or "", "order_earn": order_id, "cashback": order_id},
        )
        refunds = db.refunds_of(order.id)
    items: list[dict[str, Any]] = []

    def add(kind: str, ledger_id: int, at: str, transaction_id: str, amount: Decimal, points: int) -> None:
        items.append(
            {
                "transactionDate": at,
                "gameballTransactionId": ledger_id,
                "transactionType": kind,
                "amount": amount,
                "transactionId": transaction_id,
                "equivalentPoints": points,
            }
        )

    for move in moves:
        if move.cause == "hold_consumed":
            points = order.redeemed_points
            add("Redemption", move.id, move.at, order_id, points_value(rt, points), points)
        else:
            add("PaymentReward", move.id, move.at, order_id, order.total, order.earned_points)
    for refund in refunds:
        if refund.returned_points or not refund.deducted_points:
            kind = "Refund" if refund.is_last else "PartialRefund"
            add(kind, refund.ledger_id, refund.at, refund.refund_id, refund.amount, refund.returned_points)
        if refund.deducted_points:
            value = points_value(rt, refund.deducted_points)
            add("Cancel", refund.ledger_id, refund.at, refund.refund_id, value, refund.deducted_points)
    return Reply(200, {"transactions": items, "count": len(items)})
