"""Gameball API v4.0 (and v4.1 on the same paths): customers, balance, holds, orders, refunds.

Sources (under shared/reference/gameball/): page_pos_integrate_redemption.md (hold -> order),
page_pos_track_orders.md, page_pos_refund_order.md, page_status_error_codes.md and
apievangelist_gameball-error-codes.yml.txt (error body and codes), the vendored spec.

Points live in the shared ledger. A hold debits them at once (cause "hold"); cancel and
expiry credit them back ("hold_release", "hold_expiry"); an order consuming the hold moves
nothing more ("hold_consumed", zero). So the available balance is simply the ledger balance.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from decimal import ROUND_CEILING, ROUND_DOWN, Decimal
from typing import Any

from ._clock import iso
from ._routing import GAMEBALL_V40, Operation
from ._runtime import Call, Handler, Runtime, require_str
from ._store import Coupon, Customer, Db, Hold, LedgerEntry, Otp, Refund
from ._wire import ApiError, Reply, money, proportional, whole

VENDOR = "gameball"
P = GAMEBALL_V40
DOCS_URL = "https://docs.gameball.co/api-reference/overview/status-error-codes"

# Redemption rules offered by GET /configurations/redemption and usable as a hold's ruleId.
REDEMPTION_RULES: tuple[dict[str, Any], ...] = (
    {"id": 1, "pointsToRedeem": 100, "ruleType": "points"},
    {"id": 2, "pointsToRedeem": 500, "ruleType": "points"},
)


def render_error(operation: Operation, error: ApiError) -> Reply:
    """The documented error body {code, type, message, documentationUrl, requestId}.

    The one place errors become Gameball's: a Gameball ``type`` (upper case) is kept; the
    vendor-neutral names of shared helpers (``ValidationError``, ``NotFound``...) are mapped.
    """
    code = error.code if isinstance(error.code, int) else _default_code(error)
    kind = error.name if error.name.isupper() else _default_type(error)
    return Reply(
        error.status,
        {
            "code": code,
            "type": kind,
            "message": error.message,
            "documentationUrl": DOCS_URL,
            "requestId": f"sbx-{id(error):x}",
        },
    )


def _default_type(error: ApiError) -> str:
    if error.status == 400:
        return "PAYLOAD_ERROR"
    return "SERVER_ERROR" if error.status >= 500 else "REQUEST_ERROR"


def _default_code(error: ApiError) -> int:
    return {400: 3016, 401: 1000, 404: 4004, 422: 3003, 429: 4000}.get(
        error.status, 5000 if error.status >= 500 else 4000
    )


def _customer_not_found(ident: str) -> ApiError:
    return ApiError(404, f"Customer {ident!r} not found.", name="CUSTOMER_ERROR", code=7000)


def _duplicate(ident: str) -> ApiError:
    return ApiError(422, f"Duplicate transaction ID {ident!r}.", name="TRANSACTION_ERROR", code=9004)


def _hold_not_found(reference: str) -> ApiError:
    return ApiError(404, f"Hold reference {reference!r} not found.", name="TRANSACTION_ERROR", code=9006)


# --------------------------------------------------------------------------- holds


def expire_holds(rt: Runtime, db: Db) -> int:
    """Release every active hold whose time is up; returns how many."""
    now = rt.clock.now_iso()
    expired = db.all(Hold, "SELECT * FROM holds WHERE state = 'Active' AND expires_at <= ?", (now,))
    for hold in expired:
        db.move(hold.customer_id, cause="hold_expiry", ref=hold.reference, at=now, points=hold.points)
        db.update("holds", "reference", hold.reference, {"state": "Expired"})
    return len(expired)


def _point_value(rt: Runtime) -> Decimal:
    return rt.config.gameball_point_value


def _points_value(rt: Runtime, points: int) -> Decimal:
    return points * _point_value(rt)


def _customer(db: Db, ident: str) -> Customer:
    customer = db.find_customer(VENDOR, ident)
    if customer is None:
        raise _customer_not_found(ident)
    return customer


def _upsert(rt: Runtime, db: Db, ident: str, body: Mapping[str, Any]) -> Customer:
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


# --------------------------------------------------------------------------- customers


def create_customer(rt: Runtime, call: Call) -> Reply:
    ident = require_str(call.body, "customerId")
    with rt.store.transaction() as db:
        customer = _upsert(rt, db, ident, call.body)
    return Reply(200, {"gameballId": customer.id})


def get_customer(rt: Runtime, call: Call) -> Reply:
    with rt.store.read() as db:
        customer = _customer(db, call.params["customerId"])
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
        customer = _customer(db, call.params["customerId"])
        earned = db.scalar(
            "SELECT COALESCE(SUM(points), 0) FROM ledger WHERE customer_id = ? AND cause IN ('seed', 'order_earn')",
            (customer.id,),
        )
    value = _points_value(rt, customer.points)
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
            "totalEarnedPoints": int(earned),
        },
    )


def get_coupons(rt: Runtime, call: Call) -> Reply:
    with rt.store.read() as db:
        customer = _customer(db, call.params["customerId"])
        coupons = db.all(Coupon, "SELECT * FROM coupons WHERE customer_id = ? ORDER BY id", (customer.id,))
    now = rt.clock.now_iso()
    types = {0: "Fixed Rate Discount", 1: "Percentage", 2: "Free Shipping"}
    return Reply(
        200,
        {
            "coupons": [
                {
                    "name": c.name,
                    "code": c.code,
                    "value": c.value,
                    "type": types.get(c.coupon_type, "Custom"),
                    "target": "POS",
                    "currency": rt.config.gameball_currency,
                    "startDate": c.valid_start or c.created_at,
                    "expiryDate": c.valid_end or "2099-12-31T00:00:00.000Z",
                    "isExpired": bool(c.valid_end and c.valid_end < now),
                    "isActive": True,
                    "usageLimit": 1,
                    "limitPerCustomer": 1,
                    "usedCount": int(c.is_used),
                    "customerUsedCount": int(c.is_used),
                    "isAvailableToUse": not c.is_used,
                }
                for c in coupons
            ]
        },
    )


# --------------------------------------------------------------------------- transactions


def _points_for(rt: Runtime, body: Mapping[str, Any], *, amount_key: str, points_key: str) -> int:
    """Exactly one of points / amount (converted at the point value, rounded up) / ruleId."""
    given = [key for key in (points_key, amount_key, "ruleId") if body.get(key) is not None]
    if len(given) != 1:
        raise ApiError(400, f"Send exactly one of {points_key}, {amount_key}, ruleId.", name="PAYLOAD_ERROR", code=3000)
    if body.get(points_key) is not None:
        points = whole(body[points_key], points_key)
    elif body.get(amount_key) is not None:
        amount = money(body[amount_key], amount_key, places=Decimal("0.001"))
        points = int((amount / _point_value(rt)).to_integral_value(ROUND_CEILING))
    else:
        rule = next((r for r in REDEMPTION_RULES if str(r["id"]) == str(body["ruleId"])), None)
        if rule is None:
            raise ApiError(
                404, f"Redemption rule {body['ruleId']!r} not found.", name="CONFIGURATIONS_ERROR", code=4004
            )
        points = int(rule["pointsToRedeem"])
    if points <= 0:
        raise ApiError(422, "The amount to redeem must be positive.", name="PAYLOAD_ERROR", code=3003)
    return points


def _otp_refused(message: str) -> ApiError:
    # No OTP code is documented (apievangelist_gameball-error-codes.yml.txt): 3003 "Invalid
    # value" (422) is the closest; a missing OTP is refused the same way as a wrong one.
    return ApiError(422, message, name="PAYLOAD_ERROR", code=3003)


def last_otp(db: Db, customer: Customer) -> Otp | None:
    return db.one(Otp, "SELECT * FROM otps WHERE customer_id = ?", (customer.id,))


def check_otp(rt: Runtime, db: Db, customer: Customer, body: Mapping[str, Any]) -> None:
    """The ``otp`` of a hold or a direct redeem, as the spec describes it.

    ``ignoreOTP: true`` skips the check. An ``otp`` must be the customer's last one, made
    less than ``otp_ttl_seconds`` ago; it may serve several holds within that time (whether
    Gameball spends it at first use is undocumented). Without ``otp``, a customer flagged
    ``otp_required`` is refused. An ``otp`` for a customer who neither has the flag nor ever
    asked for an OTP is ignored, as for accounts without OTP enabled ("used only if your
    account has OTP configuration enabled").
    """
    if body.get("ignoreOTP") is True:
        return
    given = body.get("otp")
    stored = last_otp(db, customer)
    if not given:
        if customer.otp_required:
            raise _otp_refused("An OTP is required for this customer: request one with POST /transactions/otp.")
        return
    if stored is None and not customer.otp_required:
        return
    since = iso(rt.clock.now() - timedelta(seconds=rt.config.otp_ttl_seconds))
    if stored is None or stored.otp != str(given).strip() or stored.created_at <= since:
        raise _otp_refused("Invalid or expired OTP.")


def send_otp(rt: Runtime, call: Call) -> Reply:
    """POST /transactions/otp: a new 6-digit OTP replaces the customer's previous one.

    Gameball texts it; the sandbox keeps it for GET /_sandbox/gameball/customers/{id}/otp.
    The spec documents no 200 body: the answer is an empty object.
    """
    body = call.body
    ident = require_str(body, "customerId")
    given = [key for key in ("amount", "points", "ruleId") if body.get(key) is not None]
    if len(given) > 1:
        raise ApiError(400, "Send only one of amount, points, ruleId.", name="PAYLOAD_ERROR", code=3000)
    if body.get("amount") is not None and money(body["amount"], "amount", places=Decimal("0.001")) <= 0:
        raise ApiError(422, "amount must be positive.", name="PAYLOAD_ERROR", code=3003)
    if body.get("points") is not None and whole(body["points"], "points") <= 0:
        raise ApiError(422, "points must be positive.", name="PAYLOAD_ERROR", code=3003)
    with rt.store.transaction() as db:
        customer = _customer(db, ident)
        db.execute(
            "INSERT OR REPLACE INTO otps(customer_id, otp, created_at) VALUES (?, ?, ?)",
            (customer.id, rt.pin(), rt.clock.now_iso()),
        )
    return Reply(200, {})


def hold(rt: Runtime, call: Call) -> Reply:
    """POST /transactions/hold: reserve points for hold_ttl_seconds (no idempotency key, by design)."""
    body = call.body
    ident = require_str(body, "customerId")
    points = _points_for(rt, body, amount_key="amountToHold", points_key="pointsToHold")
    now = rt.clock.now()
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        customer = _customer(db, ident)
        check_otp(rt, db, customer, body)
        if customer.points < points:
            raise ApiError(422, "Insufficient balance points.", name="TRANSACTION_ERROR", code=9008)
        reference = f"HOLD-{rt.token(12)}"
        db.move(customer.id, cause="hold", ref=reference, at=iso(now), points=-points)
        db.insert(
            "holds",
            {
                "reference": reference,
                "customer_id": customer.id,
                "points": points,
                "amount": _points_value(rt, points),
                "state": "Active",
                "created_at": iso(now),
                "expires_at": iso(now + timedelta(seconds=rt.hold_ttl_seconds)),
            },
        )
    return Reply(
        200,
        {
            "customerId": customer.external_id,
            "holdAmount": _points_value(rt, points),
            "holdEquivalentPoints": points,
            "holdReference": reference,
        },
    )


def _find_hold(db: Db, reference: str) -> Hold:
    found = db.one(Hold, "SELECT * FROM holds WHERE reference = ?", (reference,))
    # A released hold is gone, like an unknown one (GET, DELETE again, an order using it).
    if found is None or found.state == "Released":
        raise _hold_not_found(reference)
    return found


def get_hold(rt: Runtime, call: Call) -> Reply:
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        found = _find_hold(db, call.params["holdReferenceId"])
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
        found = _find_hold(db, reference)
        if found.state == "Used":
            raise ApiError(422, "The hold was used by an order.", name="TRANSACTION_ERROR", code=9000)
        # The state changes only from Active, and the points move only if it did: a second
        # release (or one racing with expiry) can never credit the hold twice.
        released = db.execute(
            "UPDATE holds SET state = 'Released' WHERE reference = ? AND state = 'Active'", (reference,)
        )
        if released.rowcount != 1:
            raise _hold_not_found(reference)
        db.move(found.customer_id, cause="hold_release", ref=reference, at=rt.clock.now_iso(), points=found.points)
    return Reply(200, {"success": True, "message": "Hold released successfully"})


def _consume_hold(rt: Runtime, db: Db, reference: str, customer: Customer, used_by: str) -> tuple[int, int]:
    """Mark an active hold of this customer as used; (its points, the ledger entry id)."""
    found = _find_hold(db, reference)
    if found.state != "Active" or found.customer_id != customer.id:
        raise _hold_not_found(reference)
    db.update("holds", "reference", reference, {"state": "Used", "order_id": used_by})
    return found.points, db.move(customer.id, cause="hold_consumed", ref=reference, at=rt.clock.now_iso())


def redeem(rt: Runtime, call: Call) -> Reply:
    """POST /transactions/redeem: spend a hold, or points/amount directly; transactionId unique."""
    body = call.body
    ident = require_str(body, "customerId")
    transaction_id = require_str(body, "transactionId")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        customer = _customer(db, ident)
        if not db.use_key("gameball.transaction", transaction_id, now):
            raise _duplicate(transaction_id)
        if body.get("holdReference"):
            # The hold checked the OTP when it reserved the points.
            points, ledger_id = _consume_hold(rt, db, str(body["holdReference"]), customer, transaction_id)
        else:
            check_otp(rt, db, customer, body)
            points = _points_for(rt, body, amount_key="amount", points_key="points")
            if customer.points < points:
                raise ApiError(422, "Insufficient balance points.", name="TRANSACTION_ERROR", code=9008)
            ledger_id = db.move(customer.id, cause="redeem", ref=transaction_id, at=now, points=-points)
    return Reply(
        200,
        {
            "customerId": customer.external_id,
            "gameballTransactionId": str(ledger_id),
            "transactionId": transaction_id,
            "redeemAmount": _points_value(rt, points),
            "redeemEquivalentPoints": points,
            "reason": body.get("reason") or "",
        },
    )


def track_order(rt: Runtime, call: Call) -> Reply:
    """POST /orders: a new orderId only ("duplicates are rejected", page_pos_track_orders.md).

    ``redemption.pointsHoldReference`` consumes that hold; earned points are credited at once.
    An unknown customer is created ("Automatic customer creation").
    """
    body = call.body
    ident = require_str(body, "customerId")
    order_id = require_str(body, "orderId")
    total_paid = money(body.get("totalPaid"), "totalPaid", places=Decimal("0.001"))
    if total_paid < 0:
        raise ApiError(422, "totalPaid must be >= 0", name="PAYLOAD_ERROR", code=3003)
    redemption = body.get("redemption") or {}
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        if db.order(VENDOR, order_id):
            raise _duplicate(order_id)
        customer = _upsert(rt, db, ident, body)
        redeemed = 0
        reference = redemption.get("pointsHoldReference")
        if reference:
            redeemed, _ = _consume_hold(rt, db, str(reference), customer, order_id)
        earned = int((total_paid * rt.config.earn_points_per_unit).to_integral_value(ROUND_DOWN))
        if earned:
            db.move(customer.id, cause="order_earn", ref=order_id, at=now, points=earned)
        db.insert(
            "orders",
            {
                "vendor": VENDOR,
                "original_id": order_id,
                "customer_id": customer.id,
                "total": total_paid,
                "state": 2,
                "hold_reference": reference,
                "redeemed_points": redeemed,
                "earned_points": earned,
                "created_at": now,
                "completed_at": now,
                # Nothing answers from a Gameball order's request: the column is BonifiQ's.
                "payload": "{}",
            },
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


def refund(rt: Runtime, call: Call) -> Reply:
    """POST /transactions/refund (page_pos_refund_order.md): restores the points redeemed on the
    order and deducts the points it earned, in proportion to refundAmount (all if omitted)."""
    body = call.body
    ident = require_str(body, "customerId")
    refund_id = require_str(body, "refundTransactionId")
    order_id = require_str(body, "reverseTransactionId")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        customer = _customer(db, ident)
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
        if not db.use_key("gameball.transaction", refund_id, now):
            raise _duplicate(refund_id)
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
                "state": 3 if last else order.state,
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


_TYPES = {
    "seed": "Manual",
    "hold": "Hold",
    "hold_release": "HoldRelease",
    "hold_expiry": "HoldExpiry",
    "hold_consumed": "Redemption",
    "redeem": "Redemption",
    "order_earn": "Order",
    "refund": "Refund",
}


def list_transactions(rt: Runtime, call: Call) -> Reply:
    """GET /transactions: a cursor list; startAfter is the last gameballTransactionId seen."""
    try:
        start_after = int(call.query.get("startAfter") or 0)
        limit = int(call.query.get("limit") or 50)
    except ValueError:
        raise ApiError(400, "startAfter and limit must be integers.", name="REQUEST_ERROR", code=3003) from None
    if not 1 <= limit <= 200:
        raise ApiError(400, "limit must be between 1 and 200.", name="REQUEST_ERROR", code=3003)
    sql = "SELECT l.* FROM ledger l JOIN customers c ON c.id = l.customer_id WHERE c.vendor = 'gameball' AND l.id > ?"
    params: tuple[Any, ...] = (start_after,)
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        if call.query.get("customerId"):
            customer = _customer(db, call.query["customerId"])
            sql += " AND l.customer_id = ?"
            params += (customer.id,)
        direction = call.query.get("direction")
        if direction in ("+", "-"):
            sql += " AND l.points > 0" if direction == "+" else " AND l.points < 0"
        entries = db.all(LedgerEntry, sql + " ORDER BY l.id LIMIT ?", (*params, limit + 1))
        owners = db.external_ids({e.customer_id for e in entries})
    page = entries[:limit]
    return Reply(
        200,
        {
            "transactions": [
                {
                    "transactionId": entry.ref or "",
                    "gameballTransactionId": str(entry.id),
                    "type": _TYPES.get(entry.cause, entry.cause),
                    "direction": "-" if entry.points < 0 else "+",
                    "customerId": owners[entry.customer_id],
                    "points": entry.points,
                    "amount": _points_value(rt, abs(entry.points)),
                    "transactionTime": entry.at,
                    "status": "Active",
                    "reason": entry.cause,
                    "pointsBalanceBefore": entry.points_after - entry.points,
                    "pointsBalanceAfter": entry.points_after,
                }
                for entry in page
            ],
            "count": len(page),
            "hasMore": len(entries) > limit,
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
        moves = db.all(
            LedgerEntry,
            "SELECT * FROM ledger WHERE customer_id = ? AND ((cause = 'hold_consumed' AND ref = ?) "
            "OR (cause = 'order_earn' AND ref = ?)) ORDER BY id",
            (order.customer_id, order.hold_reference or "", order_id),
        )
        refunds = db.all(Refund, "SELECT * FROM refunds WHERE order_id = ? ORDER BY ledger_id", (order.id,))
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
            add("Redemption", move.id, move.at, order_id, _points_value(rt, points), points)
        else:
            add("PaymentReward", move.id, move.at, order_id, order.total, order.earned_points)
    for refund in refunds:
        if refund.returned_points or not refund.deducted_points:
            kind = "Refund" if refund.is_last else "PartialRefund"
            add(kind, refund.ledger_id, refund.at, refund.refund_id, refund.amount, refund.returned_points)
        if refund.deducted_points:
            value = _points_value(rt, refund.deducted_points)
            add("Cancel", refund.ledger_id, refund.at, refund.refund_id, value, refund.deducted_points)
    return Reply(200, {"transactions": items, "count": len(items)})


# --------------------------------------------------------------------------- coupons

_COUPON_TYPES = {0: "fixed", 1: "percentage", 2: "shipping"}
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
        raise ApiError(400, "coupons must list at least one code.", name="PAYLOAD_ERROR", code=3000)
    if body.get("totalPurchaseAmount") is not None and money(body["totalPurchaseAmount"], "totalPurchaseAmount") < 0:
        raise ApiError(422, "totalPurchaseAmount must be >= 0.", name="PAYLOAD_ERROR", code=3003)
    lock = body.get("lock") is True
    minutes = DEFAULT_LOCK_MINUTES if body.get("lockDuration") is None else whole(body["lockDuration"], "lockDuration")
    if lock and not 1 <= minutes <= 60 * 24 * 15:
        raise ApiError(422, "lockDuration must be between 1 minute and 15 days.", name="PAYLOAD_ERROR", code=3003)
    now = rt.clock.now()
    at = iso(now)
    with rt.store.transaction() as db:
        customer = _customer(db, ident)
        reference = body.get("lockReference") if lock else None
        if reference:
            session = db.scalar(
                "SELECT COUNT(*) FROM coupon_locks WHERE reference = ? AND customer_id = ? AND expires_at > ?",
                (reference, customer.id, at),
            )
            if not session:
                raise ApiError(404, f"Lock reference {reference!r} not found.", name="REQUEST_ERROR", code=4004)
        live_locks = {
            str(row[0])
            for row in db.execute("SELECT reference FROM coupon_locks WHERE expires_at > ?", (at,)).fetchall()
        }
        usable: list[Coupon] = []
        for code in dict.fromkeys(codes):
            coupon = db.one(Coupon, "SELECT * FROM coupons WHERE customer_id = ? AND code = ?", (customer.id, code))
            if coupon is None or coupon.is_used:
                continue
            if (coupon.valid_start and coupon.valid_start > at) or (coupon.valid_end and coupon.valid_end <= at):
                continue
            if coupon.lock_reference in live_locks and coupon.lock_reference != reference:
                continue
            usable.append(coupon)
        expires = iso(now + timedelta(minutes=minutes))
        if lock and usable:
            reference = reference or f"LOCK-{rt.token(12)}"
            db.execute(
                "INSERT INTO coupon_locks(reference, customer_id, expires_at) VALUES (?, ?, ?) "
                "ON CONFLICT(reference) DO UPDATE SET expires_at = excluded.expires_at",
                (reference, customer.id, expires),
            )
            db.execute("UPDATE coupons SET lock_reference = NULL WHERE lock_reference = ?", (reference,))
            for coupon in usable:
                db.update("coupons", "id", coupon.id, {"lock_reference": reference})
    reply: dict[str, Any] = {
        "valid": len(usable) == len(set(codes)),
        "coupons": [
            {
                "code": c.code,
                "type": _COUPON_TYPES.get(c.coupon_type, "fixed"),
                "value": c.value,
                "usageLimit": 1,
                "limitPerCustomer": 1,
                "startDate": c.valid_start or c.created_at,
                "expiryDate": c.valid_end or "2099-12-31T00:00:00.000Z",
                "entitledProductIds": [],
                "entitledVariantIds": [],
                "entitledCollectionIds": [],
                "entitledMerchantIds": [],
                "combinesWith": {"orderDiscounts": False, "productDiscounts": True, "shippingDiscounts": True},
            }
            for c in usable
        ],
    }
    if lock and usable:
        reply.update({"lockReference": reference, "dateToExpire": expires})
    return Reply(200, reply)


def redemption_configuration(rt: Runtime, call: Call) -> Reply:
    """GET /configurations/redemption: redemptionFactor = the money value of one point."""
    factor = _point_value(rt)
    return Reply(
        200,
        {
            "redemptionFactor": factor,
            "redemptionRules": [
                {
                    "id": rule["id"],
                    "pointsToRedeem": rule["pointsToRedeem"],
                    "valueOfPoint": factor,
                    "ruleType": rule["ruleType"],
                    "isActive": True,
                }
                for rule in REDEMPTION_RULES
            ],
        },
    )


HANDLERS: dict[str, Handler] = {
    f"POST {P}/customers": create_customer,
    f"GET {P}/customers/{{customerId}}": get_customer,
    f"GET {P}/customers/{{customerId}}/balance": get_balance,
    f"GET {P}/customers/{{customerId}}/coupons": get_coupons,
    f"POST {P}/transactions/otp": send_otp,
    f"POST {P}/transactions/hold": hold,
    f"GET {P}/transactions/hold/{{holdReferenceId}}": get_hold,
    f"DELETE {P}/transactions/hold/{{holdReferenceId}}": release_hold,
    f"POST {P}/transactions/redeem": redeem,
    f"POST {P}/orders": track_order,
    f"POST {P}/transactions/refund": refund,
    f"GET {P}/transactions": list_transactions,
    f"GET {P}/configurations/redemption": redemption_configuration,
    f"GET {P}/orders/{{orderId}}/transactions": order_transactions,
    f"POST {P}/coupons/validate": validate_coupons,
}
