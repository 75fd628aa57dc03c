"""Transactions / hold management: POST, GET and DELETE /transactions/hold.

A hold reserves points for ``hold_ttl_seconds`` before an order or a redeem spends them
(https://docs.gameball.co/installation-guides/v3/pos/integrate-redemption).
"""

from __future__ import annotations

from datetime import timedelta

from .._clock import iso
from .._codes import HoldState
from .._runtime import Call, Runtime, require_str
from .._store import Customer, Db, Hold
from .._wire import ApiError, Reply
from ._accounts import customer_of, points_for, points_value
from ._errors import hold_not_found, insufficient_points
from ._otp import check_otp


def expire_holds(rt: Runtime, db: Db) -> int:
    """Release every active hold whose time is up; returns how many."""
    now = rt.clock.now_iso()
    expired = db.holds_expired_by(now)
    for hold in expired:
        db.move(hold.customer_id, cause="hold_expiry", ref=hold.reference, at=now, points=hold.points)
        db.update("holds", "reference", hold.reference, {"state": HoldState.EXPIRED})
    return len(expired)


def find_hold(db: Db, reference: str) -> Hold:
    found = db.hold(reference)
    # A released hold is gone, like an unknown one (GET, DELETE again, an order using it).
    if found is None or found.state == HoldState.RELEASED:
        raise hold_not_found(reference)
    return found


def consume_hold(rt: Runtime, db: Db, reference: str, customer: Customer, used_by: str) -> tuple[int, int]:
    """Mark an active hold of this customer as used; (its points, the ledger entry id)."""
    found = find_hold(db, reference)
    if found.state != HoldState.ACTIVE or found.customer_id != customer.id:
        raise hold_not_found(reference)
    db.update("holds", "reference", reference, {"state": HoldState.USED, "order_id": used_by})
    return found.points, db.move(customer.id, cause="hold_consumed", ref=reference, at=rt.clock.now_iso())


def hold(rt: Runtime, call: Call) -> Reply:
    """POST /transactions/hold: reserve points for hold_ttl_seconds (no idempotency key, by design)."""
    body = call.body
    ident = require_str(body, "customerId")
    points = points_for(rt, body, amount_key="amountToHold", points_key="pointsToHold")
    now = rt.clock.now()
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        customer = customer_of(db, ident)
        check_otp(rt, db, customer, body)
        if customer.points < points:
            raise insufficient_points()
        reference = rt.new_reference(db, "HOLD-")
        db.move(customer.id, cause="hold", ref=reference, at=iso(now), points=-points)
        db.insert(
            "holds",
            {
                "reference": reference,
                "customer_id": customer.id,
                "points": points,
                "amount": points_value(rt, points),
                "state": HoldState.ACTIVE,
                "created_at": iso(now),
                "expires_at": iso(now + timedelta(seconds=rt.hold_ttl_seconds)),
            },
        )
    return Reply(
        200,
        {
            "customerId": customer.external_id,
            "holdAmount": points_value(rt, points),
            "holdEquivalentPoints": points,
            "holdReference": reference,
        },
    )


def get_hold(rt: Runtime, call: Call) -> Reply:
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        found = find_hold(db, call.params["holdReferenceId"])
        customer = db.customer(found.customer_id)
    return Reply(
        200,
        {
            "customerId": customer.external_id,
            "holdAmount": found.amount,
            "holdEquivalentPoints": found.points,
            "state": found.state,
            "dateToExpire": found.expires_at,
        },
    )


def release_hold(rt: Runtime, call: Call) -> Reply:
    """DELETE /transactions/hold/{ref}: only an active hold gives its points back, exactly once.

    A hold already released or expired is gone (404, 9006), so a repeated DELETE changes
    nothing; a hold used by an order cannot be released (422, 9000).
    """
    reference = call.params["holdReferenceId"]
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        found = find_hold(db, reference)
        if found.state == HoldState.USED:
            raise ApiError(422, "The hold was used by an order.", name="TRANSACTION_ERROR", code=9000)
        # The state changes only from Active, and the points move only if it did: a second
        # release (or one racing with expiry) can never credit the hold twice.
        if not db.release_hold(reference):
            raise hold_not_found(reference)
        db.move(found.customer_id, cause="hold_release", ref=reference, at=rt.clock.now_iso(), points=found.points)
    return Reply(200, {"success": True, "message": "Hold released successfully"})
