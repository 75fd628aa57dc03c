"""The ASGI app: both vendors on one port, admin under /_sandbox/, faults outermost."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from decimal import Decimal
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route
from starlette.types import Receive, Scope, Send

from . import bonifiq, gameball
from ._admin import admin_routes
from ._auth import check_bonifiq, check_gameball
from ._body_limit import limit_body
from ._clock import Clock
from ._config import SandboxConfig
from ._faults import FaultInjector, apply_fault, install_log_filter
from ._ratelimit import RateLimiter
from ._routing import GAMEBALL_V40, Match, Operation, OperationIndex, vendor_of_path
from ._runtime import Call, Handler, Runtime
from ._seed import apply_seed
from ._store import Store
from ._validation import body_problem
from ._webhook_admin import webhook_routes
from ._webhooks import Webhooks
from ._wire import ApiError, ClientGone, Reply, decode_json, read_body, require_json_body_type, send_reply

log = logging.getLogger("loyaltykit.sandbox")

_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def render_error(operation: Operation, error: ApiError) -> Reply:
    if operation.vendor == "gameball":
        return gameball.render_error(operation, error)
    return bonifiq.render_error(operation, error)


def raw_path(scope: Scope) -> str:
    """The path as sent (percent-encoding kept), without the query string."""
    raw: bytes | None = scope.get("raw_path")
    path: str = raw.decode("latin-1") if raw else scope["path"]
    return path.split("?", 1)[0]


class Dispatcher:
    """One vendor call, straight on ASGI: auth, rate limit, body validation, handler, reply.

    No framework runs per request (routing is ``OperationIndex``): this is the sandbox's hot
    path, and a POS sale makes three of these calls.
    """

    def __init__(self, rt: Runtime, handlers: dict[str, Handler]) -> None:
        self.rt = rt
        self.handlers = handlers

    async def __call__(self, scope: Scope, receive: Receive, send: Send, match: Match) -> None:
        operation = match.operation
        try:
            reply = await self._handle(scope, receive, match)
        except ClientGone:
            return
        except ApiError as error:
            reply = render_error(operation, error)
        except (UnicodeEncodeError, sqlite3.IntegrityError, OverflowError) as error:
            reply = render_error(operation, ApiError(400, f"Invalid value: {error}", name="ValidationError"))
        except Exception as error:  # a bug: still answer in the vendor's shape
            log.exception("sandbox handler failed")
            reply = render_error(operation, ApiError(500, f"Internal error: {error}", name="InternalServerError"))
        await send_reply(send, reply)

    async def _handle(self, scope: Scope, receive: Receive, match: Match) -> Reply:
        operation = match.operation
        credentials = self.rt.config.credentials
        # ASGI header names are lower-case; the first of repeated headers wins (as Starlette's).
        headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in reversed(scope["headers"])}
        if operation.vendor == "bonifiq":
            check_bonifiq(headers, credentials)
            if operation.body_validator is not None:
                require_json_body_type(headers.get("content-type"))
        else:
            check_gameball(headers, credentials, needs_secret=operation.needs_secret or match.secure_mode)
            retry_after = self.rt.limiter.check(
                headers.get("apikey", ""), scope["method"], operation.template[len(GAMEBALL_V40) :]
            )
            if retry_after is not None:
                reply = render_error(
                    operation, ApiError(429, "Too Many Requests: rate limit exceeded.", name="REQUEST_ERROR")
                )
                reply.headers["Retry-After"] = str(retry_after)
                return reply
        body = await self._body(receive, operation)
        query_string = scope.get("query_string", b"")
        query = dict(parse_qsl(query_string.decode("latin-1"), keep_blank_values=True)) if query_string else {}
        call = Call(params=match.params, query=query, body=body)
        return self.handlers[operation.key](self.rt, call)

    @staticmethod
    async def _body(receive: Receive, operation: Operation) -> Any:
        if operation.body_validator is None:
            return None
        raw = await read_body(receive)
        if not raw.strip():
            raise ApiError(400, "A JSON request body is required.", name="ValidationError", code=3000)
        try:
            body = decode_json(raw)
        except (ValueError, RecursionError) as error:
            raise ApiError(400, f"The request body is not valid JSON: {error}", name="ValidationError") from None
        problem = body_problem(operation.body_validator, operation.body_check, body)
        if problem is not None:
            raise ApiError(400, f"Invalid request body: {problem}", name="ValidationError")
        return body

    async def not_found(self, send: Send, vendor: str, method: str, path: str) -> None:
        operation = Operation(vendor, method, path, None, None)
        error = ApiError(404, f"No such operation: {method} {path}", name="NotFound", code=4004)
        await send_reply(send, render_error(operation, error))


class SandboxApp:
    """The sandbox's ASGI app.

    Vendor calls (``/v1/pvt/...``, ``/api/v4.x/integrations/...``) are routed once, pass the
    fault injector (outermost: a fault is decided before authentication, like a failing load
    balancer) and go to the ``Dispatcher``. Everything else, the admin API under ``/_sandbox``
    included, is a small Starlette app. ``state.runtime`` holds the instance's state.
    """

    def __init__(self, rt: Runtime, index: OperationIndex, dispatcher: Dispatcher, other: Starlette) -> None:
        self.rt = rt
        self.index = index
        self.dispatcher = dispatcher
        self.other = other
        self.state = other.state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.other(scope, receive, send)
            return
        await limit_body(self._route, scope, receive, send, self.rt.config.max_body_bytes, self._too_large(scope))

    def _too_large(self, scope: Scope) -> Callable[[str], Reply]:
        def reply(message: str) -> Reply:
            path = raw_path(scope)
            vendor = vendor_of_path(path)
            if vendor is None:
                return Reply(413, {"error": message})
            return render_error(
                Operation(vendor, scope["method"], path, None, None), ApiError(413, message, name="TooLarge")
            )

        return reply

    async def _route(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = raw_path(scope)
        vendor = vendor_of_path(path)
        if vendor is None:
            await self.other(scope, receive, send)
            return
        method = scope["method"]
        match = self.index.match(method, path)
        if match is None:
            await self.dispatcher.not_found(send, vendor, method, path)
            return
        rule = self.rt.faults.decide(match.operation, method, path)
        if rule is None:
            await self.dispatcher(scope, receive, send, match)
            return

        async def handle(scope: Scope, receive: Receive, send: Send) -> None:
            await self.dispatcher(scope, receive, send, match)

        await apply_fault(rule, match.operation, handle, scope, receive, send, render_error)


async def _no_route(request: Request) -> Response:
    reply = Reply(404, {"error": f"no such sandbox route: {request.method} {raw_path(request.scope)}"})
    return Response(reply.encode(), status_code=404, media_type="application/json")


def build_runtime(config: SandboxConfig) -> Runtime:
    clock = Clock()
    store = Store(config.db)
    rt = Runtime(
        config=config,
        store=store,
        clock=clock,
        faults=FaultInjector(clock, config.fault_seed),
        limiter=RateLimiter(enabled=config.gameball_rate_limits, scale=Decimal(config.gameball_rate_limit_scale)),
        hold_ttl_seconds=config.hold_ttl_seconds,
        webhooks=Webhooks(store, clock, config),
    )
    if config.faults:
        rt.faults.add(list(config.faults))
    # A database file that already holds state is kept as it is: that is the point of --db.
    if config.seed and rt.store.is_empty():
        apply_seed(rt, config.seed)
    return rt


def create_app(config: SandboxConfig | None = None) -> SandboxApp:
    """The sandbox as an ASGI app; ``app.state.runtime`` holds its state (store, clock, faults)."""
    config = config or SandboxConfig()
    rt = build_runtime(config)
    index = OperationIndex()
    index.add_vendor("bonifiq", bonifiq.HANDLERS, strict=config.strict_unknown_fields)
    index.add_vendor(
        "gameball", gameball.HANDLERS, strict=config.strict_unknown_fields, null_optionals=not config.strict
    )
    dispatcher = Dispatcher(rt, {**bonifiq.HANDLERS, **gameball.HANDLERS})
    install_log_filter()
    other = Starlette(
        routes=[
            Mount("/_sandbox", routes=[*admin_routes(rt), *webhook_routes(rt)]),
            Route("/{path:path}", _no_route, methods=_METHODS),
        ]
    )
    other.state.runtime = rt
    return SandboxApp(rt, index, dispatcher, other)
