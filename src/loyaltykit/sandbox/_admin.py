"""Sandbox-only endpoints under /_sandbox/: state, seed, ledger, PINs, clock, faults, and the
read views (orders, redeems, holds) a reconciliation compares its clients' beliefs with.

No authentication: the sandbox binds to loopback by default and these endpoints exist for
tests and for the developer at the keyboard; ``_admin_access`` keeps web pages out, and every
field is read typed and bounded (``_admin_input``).
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Awaitable, Callable, Collection
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._admin_access import is_json, refusal
from ._admin_input import (
    EARLIEST,
    LATEST,
    AdminInputError,
    boolean,
    choice,
    integer,
    moment,
    number,
    only,
    within_window,
)
from ._clock import iso, parse_iso
from ._codes import HoldState
from ._faults import FaultSpecError, check_scope
from ._runtime import Runtime
from ._seed import SEEDS, apply_seed
from ._store import Customer, Db, Order
from ._wire import Reply, decode_json
from .gameball import expire_holds, last_otp

Endpoint = Callable[[Request], Awaitable[Response]]

# Bounds of what the admin API may set (the CLI's --hold-ttl uses the same).
MAX_HOLD_TTL_SECONDS = 366 * 24 * 3600
MAX_RATE_LIMIT_SCALE = Decimal(1000)
# No single clock move may exceed the sandbox's whole time window.
_SPAN = Decimal(int((LATEST - EARLIEST).total_seconds()))


def _no_floats(value: Any) -> Any:
    """Admin data may hold floats (fault probabilities, delays); the wire encoder refuses them."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {key: _no_floats(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_no_floats(item) for item in value]
    return value


def _json(body: Any, status: int = 200) -> Response:
    return Response(Reply(status, _no_floats(body)).encode(), status_code=status, media_type="application/json")


class _NotJson(Exception):
    pass


async def _json_body(request: Request) -> Any:
    """The body's JSON (None when empty); a body not declared JSON is refused (415)."""
    raw = await request.body()
    if not raw.strip():
        return None
    if not is_json(request.headers.get("content-type", "")):
        raise _NotJson
    try:
        return decode_json(raw)
    except (ValueError, RecursionError) as error:
        raise AdminInputError("body", f"not valid JSON ({error})") from None


async def _body(request: Request, allowed: Collection[str]) -> dict[str, Any]:
    """A JSON object body (empty: no fields) holding only the ``allowed`` fields."""
    loaded = await _json_body(request)
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise AdminInputError("body", "must be a JSON object")
    only(loaded, allowed)
    return loaded


def _guard(handler: Callable[[Runtime, Request], Awaitable[Response]], rt: Runtime) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        refused = refusal(request.headers, rt.config.admin_hosts)
        if refused is not None:
            status, reason = refused
            return _json({"error": reason}, status)
        try:
            return await handler(rt, request)
        except AdminInputError as exc:
            return _json({"error": str(exc), "field": exc.field}, 400)
        except _NotJson:
            return _json({"error": "the body must be JSON (Content-Type: application/json)"}, 415)
        except (ValueError, TypeError, LookupError) as exc:
            return _json({"error": str(exc)}, 400)

    return endpoint


def _vendor_of(request: Request) -> str:
    vendor = str(request.path_params["vendor"])
    if vendor not in ("bonifiq", "gameball"):
        raise LookupError(f"unknown vendor {vendor!r}")
    return vendor


def _customer_of(db: Db, request: Request, vendor: str | None = None) -> Customer:
    """The path's customer, of the path's vendor unless the route is for one vendor only."""
    vendor = vendor or _vendor_of(request)
    return db.require_customer(
        vendor, request.path_params["id"], lambda ident: LookupError(f"no {vendor} customer {ident!r}")
    )


async def health(rt: Runtime, request: Request) -> Response:
    return _json({"ok": True, "now": rt.clock.now_iso()})


async def reset(rt: Runtime, request: Request) -> Response:
    """Wipe every table, then apply ``seed`` (default: the configured one; null for none)."""
    body = await _body(request, ("seed",))
    seed = choice(body, "seed", (*SEEDS, None)) if "seed" in body else rt.config.seed
    rt.store.reset()
    rt.faults.clear()
    rt.faults.clear_log()
    rt.webhooks.clear_log()
    rt.clock.reset()
    if seed:
        apply_seed(rt, seed)
    return _json({"reset": True, "seed": seed})


async def seed(rt: Runtime, request: Request) -> Response:
    """Seed an empty database; one that holds data is a 409 (seeds add fixed ids and the
    demo customers, which would collide): ``/_sandbox/reset`` replaces the data instead."""
    body = await _body(request, ("seed",))
    name = choice(body, "seed", SEEDS) if "seed" in body else "demo"
    conflict = _json({"error": 'the database already holds data: POST /_sandbox/reset {"seed": ...} replaces it'}, 409)
    if not rt.store.is_empty():
        return conflict
    try:
        apply_seed(rt, name or "demo")
    except sqlite3.IntegrityError:  # another seed won the race
        return conflict
    return _json({"seeded": name})


async def customer_state(rt: Runtime, request: Request) -> Response:
    """Balances plus every movement with its cause: the reconciliation view."""
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        customer = _customer_of(db, request)
        ledger = db.ledger(customer.id)
        holds = db.holds_of(customer.id)
    return _json(
        {
            "vendor": customer.vendor,
            "customer_id": customer.external_id,
            "points": customer.points,
            "cashback": customer.cashback,
            "should_validate": customer.should_validate,
            "is_enrolled": customer.is_enrolled,
            "otp_required": customer.otp_required,
            "held_points": sum(h.points for h in holds if h.state == HoldState.ACTIVE),
            "holds": [
                {"reference": h.reference, "points": h.points, "state": h.state, "expires_at": h.expires_at}
                for h in holds
            ],
            "ledger": [
                {
                    "id": e.id,
                    "at": e.at,
                    "points": e.points,
                    "cashback": e.cashback,
                    "cause": e.cause,
                    "ref": e.ref,
                    "points_after": e.points_after,
                    "cashback_after": e.cashback_after,
                }
                for e in ledger
            ],
            "ledger_sums": {
                "points": sum(e.points for e in ledger),
                "cashback": sum((e.cashback for e in ledger), Decimal(0)),
            },
        }
    )


async def customer_flags(rt: Runtime, request: Request) -> Response:
    """Set ShouldValidateCustomer / enrolment / Gameball's OTP requirement of one customer."""
    flags = ("should_validate", "is_enrolled", "otp_required")
    body = await _body(request, flags)
    values: dict[str, Any] = {column: boolean(body, column) for column in flags if column in body}
    with rt.store.transaction() as db:
        customer = _customer_of(db, request)
        if values:
            db.update("customers", "id", customer.id, values)
    return await customer_state(rt, request)


async def pin(rt: Runtime, request: Request) -> Response:
    """The last PIN sent to a BonifiQ customer, as BonifiQ's preview environments show it."""
    with rt.store.read() as db:
        customer = _customer_of(db, request, "bonifiq")
        found = db.last_challenge(customer.id)
    if found is None:
        raise LookupError("no challenge was sent to this customer")
    return _json(
        {
            "CustomerId": customer.external_id,
            "TransactionId": found.transaction_id,
            "Pin": found.pin,
            "CreatedAt": found.created_at,
            "ValidatedAt": found.validated_at,
        }
    )


async def otp(rt: Runtime, request: Request) -> Response:
    """The last OTP made for a Gameball customer (what Gameball would have texted them)."""
    with rt.store.read() as db:
        customer = _customer_of(db, request, "gameball")
        found = last_otp(db, customer)
    if found is None:
        raise LookupError("no OTP was made for this customer")
    expires = parse_iso(found.created_at) + timedelta(seconds=rt.config.otp_ttl_seconds)
    return _json(
        {"CustomerId": customer.external_id, "Otp": found.otp, "CreatedAt": found.created_at, "ExpiresAt": iso(expires)}
    )


async def clock(rt: Runtime, request: Request) -> Response:
    """GET: the sandbox time. POST {"advance_seconds": n} | {"now": iso} | {"reset": true}."""
    if request.method == "POST":
        body = await _body(request, ("reset", "now", "advance_seconds"))
        # Everything is checked before anything moves.
        reset = "reset" in body and boolean(body, "reset")
        now = moment(body, "now") if "now" in body else None
        advance = number(body, "advance_seconds", -_SPAN, _SPAN) if "advance_seconds" in body else None
        start = rt.clock.now() if now is None and not reset else (now or datetime.now(UTC))
        if advance is not None:
            within_window("advance_seconds", start + timedelta(seconds=float(advance)))
        if reset:
            rt.clock.reset()
        if now is not None:
            rt.clock.set(now)
        if advance is not None:
            rt.clock.advance(float(advance))
    with rt.store.transaction() as db:
        expired = expire_holds(rt, db)
    return _json({"now": rt.clock.now_iso(), "expired_holds": expired})


async def gameball_settings(rt: Runtime, request: Request) -> Response:
    """{"hold_ttl_seconds": n, "rate_limits": bool, "rate_limit_scale": x}; GET reads them."""
    if request.method == "POST":
        body = await _body(request, ("hold_ttl_seconds", "rate_limits", "rate_limit_scale"))
        ttl = integer(body, "hold_ttl_seconds", 1, MAX_HOLD_TTL_SECONDS) if "hold_ttl_seconds" in body else None
        enabled = boolean(body, "rate_limits") if "rate_limits" in body else rt.limiter.enabled
        scale = None
        if "rate_limit_scale" in body:
            scale = number(body, "rate_limit_scale", Decimal(0), MAX_RATE_LIMIT_SCALE, exclusive_low=True)
        if ttl is not None:
            rt.hold_ttl_seconds = ttl
        if "rate_limits" in body or scale is not None:
            rt.limiter.configure(enabled=enabled, scale=scale)
    return _json(
        {
            "hold_ttl_seconds": rt.hold_ttl_seconds,
            "rate_limits": rt.limiter.enabled,
            "rate_limit_scale": rt.limiter.scale,
        }
    )


def _fault_scope(request: Request) -> str | None:
    """``?scope=``: only the rules or log entries of that scope (every one without it)."""
    only(request.query_params, ("scope",))
    if "scope" not in request.query_params:
        return None
    try:
        return check_scope(request.query_params["scope"])
    except FaultSpecError as error:
        raise AdminInputError(error.field, error.rule) from None


async def faults(rt: Runtime, request: Request) -> Response:
    """POST a rule, a list of rules, or {"faults": [...], "seed": n}; DELETE clears; GET lists.

    ``?scope=`` narrows GET and DELETE to one scope's rules.
    """
    scope = _fault_scope(request)
    if request.method == "DELETE":
        rt.faults.clear(scope)
    elif request.method == "POST":
        loaded = await _json_body(request)
        seed_value = None
        if isinstance(loaded, dict) and "faults" in loaded:
            only(loaded, ("faults", "seed"))
            seed_value = integer(loaded, "seed", 0, 2**63 - 1) if loaded.get("seed") is not None else None
            loaded = loaded["faults"]
        specs = loaded if isinstance(loaded, list) else [loaded]
        if not all(isinstance(spec, dict) for spec in specs):
            raise AdminInputError("faults", "each fault must be a JSON object")
        try:
            rt.faults.add(specs, seed_value)
        except FaultSpecError as error:
            raise AdminInputError(error.field, error.rule) from None
    return _json({"faults": rt.faults.rules(scope)})


async def fault_log(rt: Runtime, request: Request) -> Response:
    """GET the injected faults in order; DELETE forgets them; ``?scope=`` narrows both."""
    scope = _fault_scope(request)
    if request.method == "DELETE":
        rt.faults.clear_log(scope)
    return _json({"log": rt.faults.log(scope)})


def _view(row: Any, *hidden: str) -> dict[str, Any]:
    """A stored row as JSON, without the columns that are internal or may hold personal data."""
    return {name: value for name, value in dataclasses.asdict(row).items() if name not in hidden}


def _order_view(order: Order, customer: str) -> dict[str, Any]:
    # ``payload`` is the request as sent (names, e-mails); ``id`` is what redeems link to.
    return {
        "order_id": order.original_id,
        "customer_id": customer,
        **_view(order, "original_id", "customer_id", "payload"),
    }


async def order_state(rt: Runtime, request: Request) -> Response:
    """One order by the store's id for it (``OriginalId`` / ``orderId``); 404 when there is none."""
    vendor = _vendor_of(request)
    with rt.store.read() as db:
        found = db.order(vendor, request.path_params["id"])
        if found is None:
            return _json({"error": f"no {vendor} order {request.path_params['id']!r}"}, 404)
        customer = db.customer(found.customer_id)
    return _json(_order_view(found, customer.external_id))


async def customer_orders(rt: Runtime, request: Request) -> Response:
    with rt.store.read() as db:
        customer = _customer_of(db, request)
        orders = db.orders_of(customer.id)
    return _json({"orders": [_order_view(order, customer.external_id) for order in orders]})


async def customer_redeems(rt: Runtime, request: Request) -> Response:
    """A BonifiQ customer's redeems, oldest first; ``order_id`` is the linked order's ``id``."""
    with rt.store.read() as db:
        customer = _customer_of(db, request, "bonifiq")
        redeems = db.redeems_of(customer.id)
    return _json({"redeems": [_view(redeem, "customer_id", "response") for redeem in redeems]})


async def customer_holds(rt: Runtime, request: Request) -> Response:
    """A Gameball customer's holds, with the order that used each (expired ones released first)."""
    with rt.store.transaction() as db:
        expire_holds(rt, db)
        customer = _customer_of(db, request, "gameball")
        holds = db.holds_of(customer.id)
    return _json({"holds": [_view(hold, "customer_id") for hold in holds]})


MAX_CUSTOMER_ID = 255


async def copy_customer(rt: Runtime, request: Request) -> Response:
    """{"to": id}: a new customer with this one's profile, flags and balances (no history); 409 if taken."""
    body = await _body(request, ("to",))
    target = body.get("to")
    if not isinstance(target, str) or not 0 < len(target) <= MAX_CUSTOMER_ID or not target.isprintable():
        raise AdminInputError("to", f"must be a printable customer id of 1 to {MAX_CUSTOMER_ID} characters")
    try:
        with rt.store.transaction() as db:
            source = _customer_of(db, request)
            db.copy_customer(source, target, rt.clock.now_iso())
    except sqlite3.IntegrityError:
        return _json({"error": f"{source.vendor} customer {target!r} already exists"}, 409)
    request.path_params["id"] = target
    return await customer_state(rt, request)


def admin_routes(rt: Runtime) -> list[Route]:
    def route(path: str, handler: Callable[[Runtime, Request], Awaitable[Response]], methods: list[str]) -> Route:
        return Route(path, _guard(handler, rt), methods=methods)

    return [
        route("/health", health, ["GET"]),
        route("/reset", reset, ["POST"]),
        route("/seed", seed, ["POST"]),
        route("/clock", clock, ["GET", "POST"]),
        route("/faults", faults, ["GET", "POST", "DELETE"]),
        route("/faults/log", fault_log, ["GET", "DELETE"]),
        route("/gameball/settings", gameball_settings, ["GET", "POST"]),
        route("/bonifiq/customers/{id}/pin", pin, ["GET"]),
        route("/gameball/customers/{id}/otp", otp, ["GET"]),
        route("/{vendor}/customers/{id}", customer_state, ["GET"]),
        route("/{vendor}/customers/{id}/flags", customer_flags, ["POST"]),
        route("/{vendor}/customers/{id}/copy", copy_customer, ["POST"]),
        route("/{vendor}/customers/{id}/orders", customer_orders, ["GET"]),
        route("/bonifiq/customers/{id}/redeems", customer_redeems, ["GET"]),
        route("/gameball/customers/{id}/holds", customer_holds, ["GET"]),
        route("/{vendor}/orders/{id}", order_state, ["GET"]),
    ]
