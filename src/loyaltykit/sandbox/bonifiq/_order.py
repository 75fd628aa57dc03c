"""BonifiQ's Order operations (the POS tag's order routes are shortcuts to these).

https://developers.bonifiq.com.br/api/private/order/add-an-order-or-purchase
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .._codes import OrderOrigin, OrderState
from .._runtime import Call, Handler, Runtime, require_str
from .._store import Db, Order
from .._wire import ApiError, Reply, encode_json, money
from ._customer import upsert
from ._envelope import VENDOR, envelope
from ._params import date
from ._redeems import cancel_redeem, restore
from ._rules import estimated_bonus
from ._views import cancel_view, order_view

P = "/v1/pvt/Order"


def _add_order(rt: Runtime, call: Call, origin: OrderOrigin) -> Reply:
    """Register a sale; a Coupon that is a redeem's ExternalCode links that redeem.

    "To set the State of the order use the IsCompleted and IsCancelledOrReturned fields":
    completed, cancelled (a return: cancelled wins over completed, and a linked redeem is
    given back as when the order is cancelled later) or else pending. The same OriginalId
    posted again returns the stored order: no second order, no second link.
    """
    body = call.body
    original_id = require_str(body, "OriginalId")
    total = money(body.get("OrderTotal"), "OrderTotal", non_negative=True)
    customer_data = body.get("Customer")
    if not isinstance(customer_data, dict):
        raise ApiError(400, "Customer is required", name="ValidationError")
    for product in body.get("Products") or []:
        if isinstance(product, dict) and product.get("ProductPrice") is not None:
            money(product["ProductPrice"], "Products[].ProductPrice", non_negative=True)
    placement = date(body.get("OrderPlacementDate"), "OrderPlacementDate")
    completed = date(body.get("OrderCompletedDate"), "OrderCompletedDate")
    cancelled = date(body.get("OrderCancelledDate"), "OrderCancelledDate")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        existing = db.order(VENDOR, original_id)
        if existing is not None:
            return envelope(order_view(rt.config, db, existing))
        customer, _ = upsert(rt, db, customer_data)
        coupon = body.get("Coupon")
        redeem = db.open_redeem_by_code(coupon, customer.id) if coupon else None
        is_completed = bool(body.get("IsCompleted")) or completed is not None
        is_cancelled = bool(body.get("IsCancelledOrReturned"))
        state = OrderState.CANCELED if is_cancelled else OrderState.COMPLETE if is_completed else OrderState.PENDING
        payload = dict(body)
        payload["_placement"] = placement
        order_id = db.insert(
            "orders",
            {
                "vendor": VENDOR,
                "original_id": original_id,
                "customer_id": customer.id,
                "total": total,
                "state": state,
                "coupon": coupon,
                "redeem_id": redeem.id if redeem else None,
                "origin": origin,
                "created_at": now,
                "completed_at": (completed or now) if is_completed else None,
                "cancelled_at": (cancelled or now) if is_cancelled else None,
                "payload": encode_json(payload).decode(),
            },
        )
        if redeem is not None:
            db.update("redeems", "id", redeem.id, {"order_id": order_id})
            db.move(customer.id, cause="order_link", ref=original_id, at=now)
        order = db.order_by_id(order_id)
        assert order is not None
        if is_cancelled:
            _cancel_linked_redeem(rt, db, order)
        elif is_completed:
            _note_purchase(rt, db, order, now)
        return envelope(order_view(rt.config, db, order, payload))


def _note_purchase(rt: Runtime, db: Db, order: Order, at: str) -> None:
    """A completed order for the webhooks (Communication_EarnPurchasePoints); the sandbox only
    estimates its bonus, so the points are the estimate and no balance moves."""
    points = int(estimated_bonus(rt.config, order.total)["EstimatedPoints"])
    db.note("purchase", order.customer_id, at, points=points, ref=order.original_id)


def add_pos_order(rt: Runtime, call: Call) -> Reply:
    return _add_order(rt, call, OrderOrigin.PDV)


def add_api_order(rt: Runtime, call: Call) -> Reply:
    return _add_order(rt, call, OrderOrigin.API)


def _order_or_error(db: Db, order_id: str, status: int = 400) -> Order:
    """The order, or OrderNotFound: 400 on a write (the status every write documents), 404 on a read."""
    order = db.order(VENDOR, order_id)
    if order is None:
        raise ApiError(status, f"Order {order_id!r} not found.", name="OrderNotFound")
    return order


def cancel_order(rt: Runtime, call: Call) -> Reply:
    """Full cancel: the order's linked redeem gives back its points/cashback."""
    order_id = call.params["orderId"]
    now = rt.clock.now_iso()
    cancelled_at = date((call.body or {}).get("OrderCancelledDate"), "OrderCancelledDate") or now
    with rt.store.transaction() as db:
        order = _order_or_error(db, order_id)
        if order.state != OrderState.CANCELED:
            _cancel_linked_redeem(rt, db, order)
            db.update(
                "orders",
                "id",
                order.id,
                {"state": OrderState.CANCELED, "updated_at": now, "cancelled_at": cancelled_at},
            )
            order = _order_or_error(db, order_id)
    return envelope(cancel_view(order))


def _cancel_linked_redeem(rt: Runtime, db: Db, order: Order) -> None:
    if order.redeem_id is not None:
        redeem = db.redeem(order.redeem_id)
        if redeem is not None:
            cancel_redeem(rt, db, redeem, "order_cancel")


def partial_cancel(rt: Runtime, call: Call) -> Reply:
    """Partial refund (https://developers.bonifiq.com.br/api/private/order/partially-cancel-an-order).

    ValueToRefund > 0 and <= what is left of the order; Products[] must add up to it exactly
    (else RefundErrorDetails VALUE_MISMATCH, as in the vendor's fixture). A CancelKey used
    before on the same order is an error. The linked redeem gives back the same share.
    """
    body = call.body
    order_id = call.params["orderId"]
    value = money(body.get("ValueToRefund"), "ValueToRefund")
    cancel_key = require_str(body, "CancelKey")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        order = _order_or_error(db, order_id)
        remaining = order.total - order.refunded
        if value <= 0 or value > remaining:
            raise ApiError(
                400, f"ValueToRefund must be > 0 and <= {remaining} (what is left of the order).", name="InvalidRefund"
            )
        products = [p for p in body.get("Products") or [] if isinstance(p, dict)]
        if products:
            refunds = [money(p.get("ValueToRefund"), "Products[].ValueToRefund", non_negative=True) for p in products]
            total = sum(refunds, Decimal(0))
            if total != value:
                details = {
                    "Code": "VALUE_MISMATCH",
                    "Message": "The sum of Products[].ValueToRefund differs from ValueToRefund.",
                    "Field": "ValueToRefund",
                    "ProductOriginalId": None,
                    "ExpectedValue": value,
                    "ActualValue": total,
                }
                return envelope(cancel_view(order, details))
        if not db.use_key(f"bonifiq.cancel.{order.id}", cancel_key, now):
            raise ApiError(400, f"CancelKey {cancel_key!r} was already used for this order.", name="DuplicateCancelKey")
        refunded = order.refunded + value
        fully = refunded >= order.total
        should_refund = body.get("ShouldRefundRedeem")
        if should_refund is None:
            should_refund = rt.config.refund_redeem_on_partial_cancel
        if order.redeem_id is not None and should_refund:
            redeem = db.redeem(order.redeem_id)
            if redeem is not None and redeem.state == "active":
                share = None if fully else (value / order.total if order.total else None)
                restore(db, redeem, share=share, cause="partial_cancel", at=now)
        values: dict[str, Any] = {"refunded": refunded, "updated_at": now}
        if fully:
            values.update({"state": OrderState.CANCELED, "cancelled_at": now})
        db.update("orders", "id", order.id, values)
        order = _order_or_error(db, order_id)
    return envelope(cancel_view(order))


def complete_order(rt: Runtime, call: Call) -> Reply:
    order_id = call.params["orderId"]
    now = rt.clock.now_iso()
    completed = date((call.body or {}).get("OrderCompletedDate"), "OrderCompletedDate") or now
    with rt.store.transaction() as db:
        order = _order_or_error(db, order_id)
        if order.state == OrderState.CANCELED:
            raise ApiError(400, "A cancelled order cannot be completed.", name="OrderCanceled")
        db.update(
            "orders", "id", order.id, {"state": OrderState.COMPLETE, "completed_at": completed, "updated_at": now}
        )
        if order.state != OrderState.COMPLETE:
            _note_purchase(rt, db, order, now)
    return envelope({"IsCompleted": True, "UpdatedAt": now, "Status": OrderState.COMPLETE})


def get_order(rt: Runtime, call: Call) -> Reply:
    """GET /Order/{orderId}: the OrderResponse without an envelope."""
    with rt.store.read() as db:
        return Reply(200, order_view(rt.config, db, _order_or_error(db, call.params["orderId"], 404)))


HANDLERS: dict[str, Handler] = {
    f"POST {P}": add_api_order,
    f"GET {P}/{{orderId}}": get_order,
    f"POST {P}/{{orderId}}/cancel": cancel_order,
    f"POST {P}/{{orderId}}/complete": complete_order,
    f"POST {P}/{{orderId}}/partialcancel": partial_cancel,
}
