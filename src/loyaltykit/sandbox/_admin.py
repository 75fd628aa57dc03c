"""Sandbox-only endpoints under /_sandbox/: state, seed, ledger, PINs, clock, faults.

No authentication: the sandbox binds to loopback by default and these endpoints exist for
tests and for the developer at the keyboard.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import timedelta
from decimal import Decimal
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ._clock import iso, parse_iso
from ._codes import HoldState
from ._runtime import Runtime
from ._seed import apply_seed
from ._store import Customer, Db
from ._wire import Reply, decode_json
from .gameball import expire_holds, last_otp

Endpoint = Callable[[Request], Awaitable[Response]]


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


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    if not raw.strip():
        return {}
    loaded = decode_json(raw)
    if not isinstance(loaded, dict):
        raise ValueError("the body must be a JSON object")
    return loaded


def _guard(handler: Callable[[Runtime, Request], Awaitable[Response]], rt: Runtime) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        try:
            return await handler(rt, request)
        except (ValueError, TypeError, LookupError) as exc:
            return _json({"error": str(exc)}, 400)

    return endpoint


def _customer_of(db: Db, request: Request, vendor: str | None = None) -> Customer:
    """The path's customer, of the path's vendor unless the route is for one vendor only."""
    vendor = vendor or request.path_params["vendor"]
    if vendor not in ("bonifiq", "gameball"):
        raise LookupError(f"unknown vendor {vendor!r}")
    return db.require_customer(
        vendor, request.path_params["id"], lambda ident: LookupError(f"no {vendor} customer {ident!r}")
    )


async def health(rt: Runtime, request: Request) -> Response:
    return _json({"ok": True, "now": rt.clock.now_iso()})


async def reset(rt: Runtime, request: Request) -> Response:
    """Wipe every table, then apply ``seed`` (default: the configured one; null for none)."""
    body = await _body(request)
    seed = body.get("seed", rt.config.seed)
    rt.store.reset()
    rt.faults.clear()
    rt.faults.clear_log()
    rt.clock.reset()
    if seed:
        apply_seed(rt, seed)
    return _json({"reset": True, "seed": seed})


async def seed(rt: Runtime, request: Request) -> Response:
    body = await _body(request)
    apply_seed(rt, body.get("seed") or "demo")
    return _json({"seeded": body.get("seed") or "demo"})


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
    body = await _body(request)
    flags = ("should_validate", "is_enrolled", "otp_required")
    values: dict[str, Any] = {column: bool(body[column]) for column in flags if column in body}
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
        body = await _body(request)
        if body.get("reset"):
            rt.clock.reset()
        if "now" in body:
            rt.clock.set(parse_iso(str(body["now"])))
        if "advance_seconds" in body:
            rt.clock.advance(float(body["advance_seconds"]))
    with rt.store.transaction() as db:
        expired = expire_holds(rt, db)
    return _json({"now": rt.clock.now_iso(), "expired_holds": expired})


async def gameball_settings(rt: Runtime, request: Request) -> Response:
    """{"hold_ttl_seconds": n, "rate_limits": bool, "rate_limit_scale": x}; GET reads them."""
    if request.method == "POST":
        body = await _body(request)
        if "hold_ttl_seconds" in body:
            ttl = int(body["hold_ttl_seconds"])
            if ttl < 1:
                raise ValueError("hold_ttl_seconds must be >= 1")
            rt.hold_ttl_seconds = ttl
        if "rate_limits" in body or "rate_limit_scale" in body:
            scale = body.get("rate_limit_scale")
            rt.limiter.configure(
                enabled=bool(body.get("rate_limits", rt.limiter.enabled)),
                scale=None if scale is None else Decimal(str(scale)),
            )
    return _json(
        {
            "hold_ttl_seconds": rt.hold_ttl_seconds,
            "rate_limits": rt.limiter.enabled,
            "rate_limit_scale": rt.limiter.scale,
        }
    )


async def faults(rt: Runtime, request: Request) -> Response:
    """POST a rule, a list of rules, or {"faults": [...], "seed": n}; DELETE clears; GET lists."""
    if request.method == "DELETE":
        rt.faults.clear()
    elif request.method == "POST":
        raw = await request.body()
        loaded = decode_json(raw) if raw.strip() else {}
        seed_value = None
        if isinstance(loaded, dict) and "faults" in loaded:
            seed_value = loaded.get("seed")
            loaded = loaded["faults"]
        specs = loaded if isinstance(loaded, list) else [loaded]
        if not all(isinstance(spec, dict) for spec in specs):
            raise ValueError("each fault must be a JSON object")
        rt.faults.add(specs, None if seed_value is None else int(seed_value))
    return _json({"faults": rt.faults.rules()})


async def fault_log(rt: Runtime, request: Request) -> Response:
    if request.method == "DELETE":
        rt.faults.clear_log()
    return _json({"log": rt.faults.log()})


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
    ]
