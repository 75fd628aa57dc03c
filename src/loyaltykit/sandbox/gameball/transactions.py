"""Transactions: OTP, redeem, cashback, refund and the transaction list.

Holds, also under /transactions, are in ``holds``.
"""

from __future__ import annotations

from decimal import Decimal

from .._codes import OrderState
from .._runtime import Call, Runtime, require_str
from .._wire import ApiError, Reply, money, proportional, whole
from ._accounts import VENDOR, customer_of, points_for, points_value, upsert_customer
from ._errors import duplicate, insufficient_points, invalid_value, one_of
from ._otp import check_otp
from ._purchases import earned_for, purchase_of, record_purchase
from ._views import transaction
from .holds import consume_hold, expire_holds

# transactionId and refundTransactionId are unique across Gameball transactions.
TRANSACTION_KEYS = "gameball.transaction"


def send_otp(rt: Runtime, call: Call) -> Reply:
    """POST /transactions/otp: a new 6-digit OTP replaces the customer's previous one.

    Gameball texts it; the sandbox keeps it for GET /_sandbox/gameball/customers/{id}/otp.
    The spec documents no 200 body: the answer is an empty object.
    """
    body = call.body
    ident = require_str(body, "customerId")
    given = [key for key in ("amount", "points", "ruleId") if body.get(key) is not None]
    if len(given) > 1:
        raise one_of("Send only one of amount, points, ruleId.")
    if body.get("amount") is not None and money(body["amount"], "amount", places=Decimal("0.001")) <= 0:
        raise invalid_value("amount must be positive.")
    if body.get("points") is not None and whole(body["points"], "points") <= 0:
        raise invalid_value("points must be positive.")
    with rt.store.transaction() as db:
        customer = customer_of(db, ident)
        db.replace_otp(customer.id, rt.pin(), rt.clock.now_iso())
    return Reply(200, {})


def redeem(rt: Runtime, call: Call) -> Reply:
    """POST /transactions/redeem: spend a hold, or points/amount directly; transactionId unique."""
    body = call.body
    ident = require_str(body, "customerId")
    transaction_id = require_str(body, "transactionId")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        customer = customer_of(db, ident)
        if not db.use_key(TRANSACTION_KEYS, transaction_id, now):
            raise duplicate(transaction_id)
        if body.get("holdReference"):
            # The hold checked the OTP when it reserved the points.
            points, ledger_id = consume_hold(rt, db, str(body["holdReference"]), customer, transaction_id)
        else:
            check_otp(rt, db, customer, body)
            points = points_for(rt, body, amount_key="amount", points_key="points")
            if customer.points < points:
                raise insufficient_points()
            ledger_id = db.move(customer.id, cause="redeem", ref=transaction_id, at=now, points=-points)
    return Reply(
        200,
        {
            "customerId": customer.external_id,
            "gameballTransactionId": str(ledger_id),
            "transactionId": transaction_id,
            "redeemAmount": points_value(rt, points),
            "redeemEquivalentPoints": points,
            "reason": body.get("reason") or "",
        },
    )


def cashback(rt: Runtime, call: Call) -> Reply:
    """POST /transactions/cashback: points for a purchase of ``amount`` without an order.

    The points are earned as an order's are (``earn_points_per_unit``, rounded down) and
    credited at once: ``configurations.returnWindow`` (days the points stay pending) is not
    emulated. ``transactionId`` is unique among transactions and orders; a refund naming it
    (``reverseTransactionId``) takes back its share of the points. An unknown customer is
    created, as by an order.
    """
    body = call.body
    ident, transaction_id, amount = purchase_of(body, "transactionId", "amount")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        if db.order(VENDOR, transaction_id) or not db.use_key(TRANSACTION_KEYS, transaction_id, now):
            raise duplicate(transaction_id)
        customer = upsert_customer(rt, db, ident, body)
        earned = earned_for(rt, amount)
        ledger_id = db.move(customer.id, cause="cashback", ref=transaction_id, at=now, points=earned)
        record_purchase(db, customer, transaction_id, amount, now, earned=earned)
    return Reply(
        200,
        {
            "customerId": customer.external_id,
            "gameballTransactionId": ledger_id,
            "rewardAmount": points_value(rt, earned),
            "rewardEquivalentPoints": earned,
        },
    )


def refund(rt: Runtime, call: Call) -> Reply:
    """POST /transactions/refund: restores the points redeemed on the order and deducts the
    points it earned, in proportion to refundAmount (all if omitted).

    https://docs.gameball.co/installation-guides/v3/pos/refund-order
    """
    body = call.body
    ident = require_str(body, "customerId")
    refund_id = require_str(body, "refundTransactionId")
    order_id = require_str(body, "reverseTransactionId")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        customer = customer_of(db, ident)
        order = db.order(VENDOR, order_id)
        if order is None or order.customer_id != customer.id:
            raise ApiError(404, f"Order {order_id!r} not found.", name="TRANSACTION_ERROR", code=9005)
        remaining = order.total - order.refunded
        if remaining <= 0:
            raise ApiError(422, "The order was already refunded.", name="TRANSACTION_ERROR", code=9001)
        amount = remaining
        if body.get("refundAmount") is not None:
            amount = money(body["refundAmount"], "refundAmount", places=Decimal("0.001"))
        if amount <= 0 or amount > remaining:
            raise ApiError(422, f"refundAmount must be > 0 and <= {remaining}.", name="PAYLOAD_ERROR", code=3011)
        if not db.use_key(TRANSACTION_KEYS, refund_id, now):
            raise duplicate(refund_id)
        last = amount == remaining
        # The last refund takes all that remains (share None), so the parts add up exactly.
        share = None if last else amount / order.total
        returned = proportional(order.redeemed_points, order.returned_points, share)
        deducted = proportional(order.earned_points, order.deducted_points, share)
        ledger_id = db.move(customer.id, cause="refund", ref=refund_id, at=now, points=returned - deducted)
        db.insert(
            "refunds",
            {
                "refund_id": refund_id,
                "order_id": order.id,
                "ledger_id": ledger_id,
                "amount": amount,
                "returned_points": returned,
                "deducted_points": deducted,
                "is_last": last,
                "at": now,
            },
        )
        db.update(
            "orders",
            "id",
            order.id,
            {
                "refunded": order.refunded + amount,
                "returned_points": order.returned_points + returned,
                "deducted_points": order.deducted_points + deducted,
                "state": OrderState.CANCELED if last else order.state,
                "updated_at": now,
            },
        )
    return Reply(
        200,
        {
            "gameballTransactionId": str(ledger_id),
            "refundTransactionId": refund_id,
            "refundAmount": amount,
            "refundEquivalentPoints": returned,
        },
    )


def list_transactions(rt: Runtime, call: Call) -> Reply:
    """GET /transactions: a cursor list; startAfter is the last gameballTransactionId seen."""
    try:
        start_after = int(call.query.get("startAfter") or 0)
        limit = int(call.query.get("limit") or 50)
    except ValueError:
        raise ApiError(400, "startAfter and limit must be integers.", name="REQUEST_ERROR", code=3003) from None
    if not 1 <= limit <= 200:
        raise ApiError(400, "limit must be between 1 and 200.", name="REQUEST_ERROR", code=3003)
    direction = {"+": 1, "-": -1}.get(call.query.get("direction") or "", 0)
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        customer_id = None
        if call.query.get("customerId"):
            customer_id = customer_of(db, call.query["customerId"]).id
        # One more than asked: whether it comes back says hasMore.
        entries = db.ledger_after(
            VENDOR, after=start_after, limit=limit + 1, customer_id=customer_id, direction=direction
        )
        owners = db.external_ids({e.customer_id for e in entries})
    page = entries[:limit]
    return Reply(
        200,
        {
            "transactions": [transaction(rt, entry, owners[entry.customer_id]) for entry in page],
            "count": len(page),
            "hasMore": len(entries) > limit,
        },
    )
