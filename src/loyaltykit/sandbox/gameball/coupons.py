"""Coupons: POST /coupons/validate, with lock sessions."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from .._clock import iso
from .._runtime import Call, Runtime, require_str
from .._store import Coupon
from .._wire import ApiError, Reply, money, whole
from ._accounts import customer_of
from ._errors import invalid_value, one_of
from ._views import validated_coupon

DEFAULT_LOCK_MINUTES = 10


def validate_coupons(rt: Runtime, call: Call) -> Reply:
    """POST /coupons/validate: which of the codes this customer can use now; ``lock`` reserves them.

    A code is usable when it is one of the customer's coupons, unused, within its dates and not
    locked by another unexpired lock session. ``valid`` is true when every code is usable;
    ``coupons`` lists the usable ones. With ``lock: true`` they are reserved for
    ``lockDuration`` minutes (default 10) under a ``lockReference``; sending that reference
    again replaces the session's coupons and renews it. An unknown or expired reference: 404.
    """
    body = call.body
    ident = require_str(body, "customerId")
    codes = [str(code) for code in body.get("coupons") or []]
    if not codes:
        raise one_of("coupons must list at least one code.")
    if body.get("totalPurchaseAmount") is not None and money(body["totalPurchaseAmount"], "totalPurchaseAmount") < 0:
        raise invalid_value("totalPurchaseAmount must be >= 0.")
    lock = body.get("lock") is True
    minutes = DEFAULT_LOCK_MINUTES if body.get("lockDuration") is None else whole(body["lockDuration"], "lockDuration")
    if lock and not 1 <= minutes <= 60 * 24 * 15:
        raise invalid_value("lockDuration must be between 1 minute and 15 days.")
    now = rt.clock.now()
    at = iso(now)
    with rt.store.transaction() as db:
        customer = customer_of(db, ident)
        reference = body.get("lockReference") if lock else None
        if reference and not db.is_live_lock(reference, customer.id, at):
            raise ApiError(404, f"Lock reference {reference!r} not found.", name="REQUEST_ERROR", code=4004)
        live_locks = db.live_locks(at)
        usable: list[Coupon] = []
        for code in dict.fromkeys(codes):
            coupon = db.coupon_of(customer.id, code)
            if coupon is None or coupon.is_used:
                continue
            if (coupon.valid_start and coupon.valid_start > at) or (coupon.valid_end and coupon.valid_end <= at):
                continue
            if coupon.lock_reference in live_locks and coupon.lock_reference != reference:
                continue
            usable.append(coupon)
        expires = iso(now + timedelta(minutes=minutes))
        if lock and usable:
            reference = reference or rt.new_reference(db, "LOCK-")
            db.lock_coupons(reference, customer.id, expires, [coupon.id for coupon in usable])
    reply: dict[str, Any] = {
        "valid": len(usable) == len(set(codes)),
        "coupons": [validated_coupon(c) for c in usable],
    }
    if lock and usable:
        reply.update({"lockReference": reference, "dateToExpire": expires})
    return Reply(200, reply)
