"""BonifiQ's Customer operations: the customer, its balances, changes, coupons and history.

https://developers.bonifiq.com.br/api-reference/customer/add-or-remove-points-from-a-customer
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeVar

from .._runtime import Call, Handler, Runtime, require_str
from .._store import Coupon, Customer, Db, LedgerEntry
from .._wire import ApiError, Reply, money, whole
from ._envelope import VENDOR, customer_or_error, envelope, page
from ._params import paging
from ._views import customer_view, points_view

P = "/v1/pvt/Customer"


def upsert(rt: Runtime, db: Db, data: Mapping[str, Any]) -> tuple[Customer, bool]:
    """Create the customer or update what the request changes; True when created."""
    ident = require_str(data, "OriginalId")
    document = "".join(ch for ch in (data.get("Document") or "") if ch.isdigit()) or None
    existing = db.find_customer(VENDOR, ident)
    values: dict[str, Any] = {"name": data.get("Name") or (existing.name if existing else "")}
    for source, column in (("Email", "email"), ("Phone", "phone")):
        if data.get(source):
            values[column] = data[source]
    if document:
        values["document"] = document
    if data.get("IsEnrolled") is not None:
        values["is_enrolled"] = bool(data["IsEnrolled"])
    if existing is not None:
        changed = {column: value for column, value in values.items() if getattr(existing, column) != value}
        if not changed:
            return existing, False
        db.update("customers", "id", existing.id, changed)
        return db.customer(existing.id), False
    values.update({"vendor": VENDOR, "external_id": ident, "created_at": rt.clock.now_iso()})
    return db.customer(db.insert("customers", values)), True


def get_customer(rt: Runtime, call: Call) -> Reply:
    with rt.store.read() as db:
        return envelope(customer_view(customer_or_error(db, call.params["id"], 404)))


def upsert_customer(rt: Runtime, call: Call) -> Reply:
    with rt.store.transaction() as db:
        customer, created = upsert(rt, db, call.body)
    view = customer_view(customer)
    view.update(
        {
            "BalanceOfPoints": customer.points,
            "BalanceCashback": customer.cashback,
            "Operation": "Created" if created else "Updated",
        }
    )
    return envelope(view)


def get_points(rt: Runtime, call: Call) -> Reply:
    with rt.store.read() as db:
        return Reply(200, points_view(db, db.find_customer(VENDOR, call.params["id"])))


def _change_balance(rt: Runtime, call: Call, kind: str) -> Reply:
    """Add/remove points or cashback.

    OperationType 0 adds (positive amount), 1 removes (negative amount). "If you try to use
    the same [ChangeKey] more than once it will result in error": HTTP 400, HasError=true.
    """
    body = call.body
    change_key = require_str(body, "ChangeKey")
    require_str(body, "Reason")
    operation = body.get("OperationType", 0)
    if kind == "points":
        amount_points, amount_cashback = whole(body.get("Points"), "Points"), Decimal(0)
        amount: Decimal | int = amount_points
    else:
        amount_points, amount_cashback = 0, money(body.get("Value"), "Value")
        amount = amount_cashback
    if operation not in (0, 1) or amount == 0 or (amount > 0) != (operation == 0):
        raise ApiError(400, "OperationType 0 needs a positive amount and 1 a negative one.", name="ValidationError")
    now = rt.clock.now_iso()
    with rt.store.transaction() as db:
        customer = customer_or_error(db, call.params["id"])
        if not db.use_key(f"bonifiq.{kind}", change_key, now):
            raise ApiError(400, f"ChangeKey {change_key!r} was already used.", name="DuplicateChangeKey")
        if customer.points + amount_points < 0 or customer.cashback + amount_cashback < 0:
            raise ApiError(400, f"Not enough {kind} to remove.", name="InsufficientBalance")
        db.move(
            customer.id, cause=f"{kind}_change", ref=change_key, at=now, points=amount_points, cashback=amount_cashback
        )
        return envelope(points_view(db, db.customer(customer.id)))


def change_points(rt: Runtime, call: Call) -> Reply:
    return _change_balance(rt, call, "points")


def change_cashback(rt: Runtime, call: Call) -> Reply:
    return _change_balance(rt, call, "cashback")


Row = TypeVar("Row")


def _customer_page(
    rt: Runtime,
    call: Call,
    fetch: Callable[[Db, int, int, int], tuple[int, list[Row]]],
    view: Callable[[Customer, Row], dict[str, Any]],
) -> Reply:
    """One page of the customer's rows: ``fetch(db, customer id, limit, offset)``, each shown by ``view``."""
    number, size = paging(call.query)
    with rt.store.read() as db:
        customer = customer_or_error(db, call.params["id"])
        total, rows = fetch(db, customer.id, size, (number - 1) * size)
    return page([view(customer, row) for row in rows], total, number, size)


def _coupon_view(customer: Customer, coupon: Coupon) -> dict[str, Any]:
    return {
        "CouponCode": coupon.code,
        "CreatedDate": coupon.created_at,
        "IsUsed": coupon.is_used,
        "CouponValue": coupon.value,
        "CustomerId": customer.id,
        "ValidDateStart": coupon.valid_start,
        "ValidDateEnd": coupon.valid_end,
        "CouponType": coupon.coupon_type,
    }


def _history_view(customer: Customer, entry: LedgerEntry) -> dict[str, Any]:
    return {
        "Date": entry.at,
        "Points": entry.points,
        "Title": entry.cause,
        "PointType": 0,
        "IsCanceled": False,
        "CouponCode": None,
        "CashbackDescription": entry.cause if entry.cashback else None,
        "CashbackValue": entry.cashback if entry.cashback else None,
        "IsTierHistory": False,
        "Metadatas": [{"Name": "ref", "Value": entry.ref or ""}],
    }


def available_coupons(rt: Runtime, call: Call) -> Reply:
    return _customer_page(rt, call, Db.unused_coupons_page, _coupon_view)


def history(rt: Runtime, call: Call) -> Reply:
    return _customer_page(rt, call, Db.ledger_page, _history_view)


HANDLERS: dict[str, Handler] = {
    f"GET {P}/{{id}}": get_customer,
    f"POST {P}/upsert": upsert_customer,
    f"GET {P}/{{id}}/points": get_points,
    f"POST {P}/{{id}}/points": change_points,
    f"POST {P}/{{id}}/cashback": change_cashback,
    f"POST {P}/{{id}}/availablecoupons": available_coupons,
    f"POST {P}/{{id}}/history": history,
}
