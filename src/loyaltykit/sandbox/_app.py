"""The ASGI app: both vendors on one port, admin under /_sandbox/, faults outermost."""

from __future__ import annotations

import logging
import sqlite3
from decimal import Decimal
from typing import Any

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Mount, Route

from . import _bonifiq, _gameball
from ._admin import admin_routes
from ._auth import check_bonifiq, check_gameball
from ._clock import Clock
from ._config import SandboxConfig
from ._faults import FaultInjector, FaultMiddleware, install_log_filter
from ._ratelimit import RateLimiter
from ._routing import GAMEBALL_V40, Match, Operation, OperationIndex, vendor_of_path
from ._runtime import Call, Handler, Runtime
from ._seed import apply_seed
from ._store import Store
from ._validation import first_error
from ._wire import ApiError, Reply, decode_json

log = logging.getLogger("loyaltykit.sandbox")

_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"]


def render_error(operation: Operation, error: ApiError) -> Reply:
    if operation.vendor == "gameball":
        return _gameball.render_error(operation, error)
    return _bonifiq.render_error(operation, error)


def _as_vendor_error(operation: Operation, error: ApiError) -> ApiError:
    """Validation errors raised by shared helpers, in the vendor's vocabulary."""
    if operation.vendor == "gameball" and not error.name.isupper():
        code = error.code if isinstance(error.code, int) else (3016 if error.status == 400 else None)
        return ApiError(error.status, error.message, name="PAYLOAD_ERROR", code=code)
    return error


class Dispatcher:
    def __init__(self, rt: Runtime, index: OperationIndex, handlers: dict[str, Handler]) -> None:
        self.rt = rt
        self.index = index
        self.handlers = handlers

    async def endpoint(self, request: Request) -> Response:
        path = bytes(request.scope.get("raw_path") or request.scope["path"].encode()).decode("latin-1").split("?", 1)[0]
        match: Match | None = request.scope.get("sandbox.match") or self.index.match(request.method, path)
        if match is None:
            return self._not_found(request.method, path)
        operation = match.operation
        try:
            reply = await self._handle(request, match)
        except ApiError as error:
            reply = render_error(operation, _as_vendor_error(operation, error))
        except (UnicodeEncodeError, sqlite3.IntegrityError, OverflowError) as error:
            reply = render_error(operation, ApiError(400, f"Invalid value: {error}", name="ValidationError"))
        except Exception as error:  # a bug: still answer in the vendor's shape
            log.exception("sandbox handler failed")
            reply = render_error(operation, ApiError(500, f"Internal error: {error}", name="InternalServerError"))
        return Response(reply.encode(), status_code=reply.status, headers=reply.headers, media_type="application/json")

    async def _handle(self, request: Request, match: Match) -> Reply:
        operation = match.operation
        credentials = self.rt.config.credentials
        if operation.vendor == "bonifiq":
            check_bonifiq(request.headers, credentials)
        else:
            check_gameball(request.headers, credentials, needs_secret=operation.needs_secret or match.secure_mode)
            retry_after = self.rt.limiter.check(
                request.headers.get("apikey", ""), request.method, operation.template[len(GAMEBALL_V40) :]
            )
            if retry_after is not None:
                reply = render_error(
                    operation, ApiError(429, "Too Many Requests: rate limit exceeded.", name="REQUEST_ERROR")
                )
                reply.headers["Retry-After"] = str(retry_after)
                return reply
        body = await self._body(request, operation)
        call = Call(params=match.params, query=request.query_params, body=body, secure_mode=match.secure_mode)
        return self.handlers[operation.key](self.rt, call)

    @staticmethod
    async def _body(request: Request, operation: Operation) -> Any:
        if operation.body_validator is None:
            return None
        raw = await request.body()
        if not raw.strip():
            raise ApiError(400, "A JSON request body is required.", name="ValidationError", code=3000)
        try:
            body = decode_json(raw)
        except (ValueError, RecursionError) as error:
            raise ApiError(400, f"The request body is not valid JSON: {error}", name="ValidationError") from None
        problem = first_error(operation.body_validator, body)
        if problem is not None:
            raise ApiError(400, f"Invalid request body: {problem}", name="ValidationError")
        return body

    def _not_found(self, method: str, path: str) -> Response:
        vendor = vendor_of_path(path)
        if vendor is None:
            reply = Reply(404, {"error": f"no such sandbox route: {method} {path}"})
        else:
            operation = Operation(vendor, method, path, None, None)
            error = ApiError(404, f"No such operation: {method} {path}", name="NotFound", code=4004)
            reply = render_error(operation, _as_vendor_error(operation, error))
        return Response(reply.encode(), status_code=reply.status, media_type="application/json")


def build_runtime(config: SandboxConfig) -> Runtime:
    clock = Clock()
    rt = Runtime(
        config=config,
        store=Store(config.db),
        clock=clock,
        faults=FaultInjector(clock, config.fault_seed),
        limiter=RateLimiter(enabled=config.gameball_rate_limits, scale=Decimal(config.gameball_rate_limit_scale)),
        hold_ttl_seconds=config.hold_ttl_seconds,
    )
    if config.faults:
        rt.faults.add(list(config.faults))
    # A database file that already holds state is kept as it is: that is the point of --db.
    if config.seed and rt.store.is_empty():
        apply_seed(rt, config.seed)
    return rt


def create_app(config: SandboxConfig | None = None) -> Starlette:
    """The sandbox as an ASGI app; ``app.state.runtime`` holds its state (store, clock, faults)."""
    config = config or SandboxConfig()
    rt = build_runtime(config)
    index = OperationIndex()
    index.add_vendor("bonifiq", _bonifiq.HANDLERS, strict=config.strict_unknown_fields)
    index.add_vendor("gameball", _gameball.HANDLERS, strict=config.strict_unknown_fields)
    dispatcher = Dispatcher(rt, index, {**_bonifiq.HANDLERS, **_gameball.HANDLERS})
    install_log_filter()
    app = Starlette(
        routes=[
            Mount("/_sandbox", routes=admin_routes(rt)),
            Route("/{path:path}", dispatcher.endpoint, methods=_METHODS),
        ],
        middleware=[Middleware(FaultMiddleware, injector=rt.faults, index=index, render=render_error)],
    )
    app.state.runtime = rt
    return app
