"""Fault injection per operation, deterministic under a seed.

A rule names an operation ("POST /v1/pvt/POS/rewards/{id}/redeem", an operationId such as
"POS_Redeem", or "*" for every vendor operation) and a kind. It fires always, for the next
``times`` matching requests, or with ``probability`` drawn from a seeded generator. A rule with
a ``scope`` matches only requests whose ``X-Sandbox-Fault-Scope`` header holds that value: many
clients (a soak's terminals) share one sandbox at once, each with faults of its own.

Cutting a connection: uvicorn (h11) writes the status line and headers at
``http.response.start``; if the app then returns without finishing the declared body, uvicorn
closes the socket. The client has a Content-Length it never gets, which httpx reports as
``httpx.RemoteProtocolError`` - a transport error, never an HTTP status.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
import math
import random
import threading
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ._clock import Clock
from ._routing import Operation
from ._wire import JSON_CONTENT_TYPE, ApiError, ClientGone, Reply, read_body, send_body, send_reply

SCOPE_HEADER = "X-Sandbox-Fault-Scope"
_SCOPE_HEADER_KEY = SCOPE_HEADER.lower().encode("latin-1")
MAX_SCOPE_LENGTH = 255

KINDS = ("delay", "status_500", "status_503", "status_429", "drop_before_commit", "drop_after_commit", "malformed_body")

_cutting: contextvars.ContextVar[bool] = contextvars.ContextVar("sandbox_cutting", default=False)


class _HideDeliberateCuts(logging.Filter):
    """uvicorn logs "returned without completing response" for every cut we make on purpose."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not _cutting.get()


_FILTER = _HideDeliberateCuts()


def install_log_filter() -> None:
    logger = logging.getLogger("uvicorn.error")
    if _FILTER not in logger.filters:
        logger.addFilter(_FILTER)


@dataclass
class FaultRule:
    id: int
    route: str
    kind: str
    times: int | None = None  # None: no limit
    probability: float | None = None  # None: always
    seconds: float = 0.0  # delay
    retry_after: int = 1  # status_429
    scope: str | None = None  # None: every request; else only those with this X-Sandbox-Fault-Scope

    @classmethod
    def parse(cls, spec: Mapping[str, Any], rule_id: int) -> FaultRule:
        unknown = set(spec) - _SPEC_FIELDS
        if unknown:
            raise FaultSpecError(sorted(unknown)[0], f"unknown field; expected {', '.join(sorted(_SPEC_FIELDS))}")
        kind = spec.get("kind")
        route = spec.get("route") or spec.get("operation")
        if kind not in KINDS:
            raise FaultSpecError("kind", f"must be one of {', '.join(KINDS)}")
        if not isinstance(route, str) or not route:
            raise FaultSpecError("route", "is required: 'METHOD /path/{template}', an operationId, or '*'")
        times = spec.get("times")
        if times is not None and not _is_int(times, 1, 10**9):
            raise FaultSpecError("times", "must be a positive integer")
        # Admin bodies are decoded with Decimal for every non-integer number.
        probability = spec.get("probability")
        if probability is not None and not (_is_number(probability) and 0 <= probability <= 1):
            raise FaultSpecError("probability", "must be a number between 0 and 1")
        seconds = spec.get("seconds", 0)
        if not _is_number(seconds) or not 0 <= seconds <= 300 or (kind == "delay" and not seconds > 0):
            raise FaultSpecError("seconds", "a delay needs seconds above 0 and at most 300")
        retry_after = spec.get("retry_after", 1)
        if not _is_int(retry_after, 0, 86400):
            raise FaultSpecError("retry_after", "must be an integer between 0 and 86400")
        scope = check_scope(spec["scope"]) if "scope" in spec else None
        return cls(
            id=rule_id,
            route=route,
            kind=kind,
            times=times,
            probability=None if probability is None else float(probability),
            seconds=float(seconds),
            retry_after=retry_after,
            scope=scope,
        )


_SPEC_FIELDS = {"kind", "route", "operation", "times", "probability", "seconds", "retry_after", "scope"}


def check_scope(value: Any) -> str:
    """A scope as a rule or a query names it: the header's value, so printable and bounded."""
    if not isinstance(value, str) or not 0 < len(value) <= MAX_SCOPE_LENGTH or not value.isprintable():
        raise FaultSpecError("scope", f"must be a printable string of 1 to {MAX_SCOPE_LENGTH} characters")
    return value


class FaultSpecError(ValueError):
    """A fault rule's field that is missing its type or bounds."""

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}")
        self.field = field
        self.rule = rule


def _is_number(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, int | float | Decimal) and math.isfinite(value)


def _is_int(value: Any, low: int, high: int) -> bool:
    return not isinstance(value, bool) and isinstance(value, int) and low <= value <= high


def parse_cli_fault(text: str) -> dict[str, Any]:
    """``KIND@ROUTE[,key=value...]``, e.g. ``drop_after_commit@POS_Redeem,times=1``, or JSON."""
    import json

    if text.lstrip().startswith("{"):
        loaded = json.loads(text)
        if not isinstance(loaded, dict):
            raise ValueError("a JSON fault must be an object")
        return loaded
    kind, sep, rest = text.partition("@")
    if not sep:
        raise ValueError(f"fault {text!r}: expected KIND@ROUTE[,key=value...]")
    route, *options = rest.split(",")
    spec: dict[str, Any] = {"kind": kind.strip(), "route": route.strip()}
    for option in options:
        key, _, value = option.partition("=")
        key = key.strip()
        if key == "times" or key == "retry_after":
            spec[key] = int(value)
        elif key in ("probability", "seconds"):
            spec[key] = float(value)
        elif key == "scope":
            spec[key] = value.strip()
        else:
            raise ValueError(f"fault {text!r}: unknown option {key!r}")
    return spec


class FaultInjector:
    def __init__(self, clock: Clock, seed: int = 0) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._rules: list[FaultRule] = []
        self._log: list[dict[str, Any]] = []
        self._logged = 0  # entries ever logged since the log was last cleared whole (their seq)
        self._next_id = 1
        self._random = random.Random(seed)

    def add(self, specs: list[Mapping[str, Any]], seed: int | None = None) -> list[FaultRule]:
        with self._lock:
            rules = []
            for spec in specs:
                rules.append(FaultRule.parse(spec, self._next_id))
                self._next_id += 1
            if seed is not None:
                self._random = random.Random(seed)
            self._rules.extend(rules)
            return rules

    # ``scope``, in what follows: None for every rule or entry, else only those of that scope.

    def clear(self, scope: str | None = None) -> None:
        with self._lock:
            self._rules[:] = [rule for rule in self._rules if scope is not None and rule.scope != scope]

    def clear_log(self, scope: str | None = None) -> None:
        with self._lock:
            self._log[:] = [entry for entry in self._log if scope is not None and entry["scope"] != scope]
            if scope is None:
                self._logged = 0

    def rules(self, scope: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [asdict(rule) for rule in self._rules if scope is None or rule.scope == scope]

    def log(self, scope: str | None = None) -> list[dict[str, Any]]:
        with self._lock:
            return [entry for entry in self._log if scope is None or entry["scope"] == scope]

    def decide(
        self, operation: Operation, method: str, path: str, request: Scope | None = None
    ) -> FaultRule | Deferred | None:
        """The rule that fires on this call, if any.

        Without the ASGI ``request`` a scoped rule cannot be judged: the answer is then a
        ``Deferred``, which ``apply_fault`` settles with the request's headers.
        """
        if not self._rules:  # the common case, without the lock (a list's truth is read atomically)
            return None
        names = operation.names()
        with self._lock:
            candidates = [rule for rule in self._rules if rule.route == "*" or rule.route in names]
            if request is None and any(rule.scope is not None for rule in candidates):
                return Deferred(self, operation, method, path)
            header = None if request is None else _scope_header(request)
            for rule in candidates:
                if rule.scope is not None and rule.scope != header:
                    continue
                if rule.probability is not None and self._random.random() >= rule.probability:
                    continue
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times == 0:
                        self._rules.remove(rule)
                self._logged += 1
                self._log.append(
                    {
                        "seq": self._logged,
                        "at": self._clock.now_iso(),
                        "rule_id": rule.id,
                        "kind": rule.kind,
                        "route": rule.route,
                        "operation": operation.key,
                        "operation_id": operation.operation_id,
                        "method": method,
                        "path": path,
                        "scope": rule.scope,
                    }
                )
                return rule
        return None


@dataclass(frozen=True)
class Deferred:
    """A call that a scoped rule may fault: decided once its headers are read."""

    injector: FaultInjector
    operation: Operation
    method: str
    path: str

    def settle(self, request: Scope) -> FaultRule | None:
        decided = self.injector.decide(self.operation, self.method, self.path, request)
        assert not isinstance(decided, Deferred)  # the request was given
        return decided


def _scope_header(request: Scope) -> str | None:
    for name, value in request.get("headers", ()):
        if name == _SCOPE_HEADER_KEY:
            return bytes(value).decode("latin-1")
    return None


ErrorRenderer = Callable[[Operation, ApiError], Reply]


async def _buffered(receive: Receive) -> Receive | None:
    """The request body, read now and handed to the app later; None if the client left first.

    A delayed call is handled after the wait even if its client gave up meanwhile, body or
    not: read after the wait, the body would be gone with the client, and only bodyless calls
    (GET, DELETE) would still commit late.
    """
    try:
        body = await read_body(receive)
    except ClientGone:
        return None
    pending: list[Message] = [{"type": "http.request", "body": body, "more_body": False}]

    async def replay() -> Message:
        # The body once, then whatever the connection says next (a disconnect, at the end).
        return pending.pop() if pending else await receive()

    return replay


async def _cut(send: Send) -> None:
    _cutting.set(True)
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-type", JSON_CONTENT_TYPE), (b"content-length", b"4096")],
        }
    )
    await send({"type": "http.response.body", "body": b'{"', "more_body": True})


class _Captured:
    def __init__(self) -> None:
        self.status = 200
        self.headers: list[tuple[bytes, bytes]] = []
        self.body = b""

    async def __call__(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.status = message["status"]
            self.headers = list(message.get("headers", []))
        elif message["type"] == "http.response.body":
            self.body += message.get("body", b"")


async def apply_fault(
    rule: FaultRule | Deferred,
    operation: Operation,
    app: ASGIApp,
    scope: Scope,
    receive: Receive,
    send: Send,
    render: ErrorRenderer,
) -> None:
    """Answer one vendor call as ``rule`` says; ``app`` handles it when the fault lets it through.

    Faults are decided before authentication, like a failing load balancer would.
    """
    if isinstance(rule, Deferred):
        settled = rule.settle(scope)
        if settled is None:
            await app(scope, receive, send)
            return
        rule = settled
    kind = rule.kind
    if kind == "delay":
        replay = await _buffered(receive)
        if replay is None:
            return  # the client left before its request arrived: there is nothing to handle
        await asyncio.sleep(rule.seconds)
        await app(scope, replay, send)
    elif kind.startswith("status_"):
        status = int(kind.removeprefix("status_"))
        name, code = _status_name(operation, status)
        error = ApiError(status, f"Injected fault: HTTP {status}", name=name, code=code)
        reply = render(operation, error)
        if status == 429:
            reply.headers["Retry-After"] = str(rule.retry_after)
        await send_reply(send, reply)
    elif kind == "drop_before_commit":
        await _cut(send)
    elif kind == "drop_after_commit":
        await app(scope, receive, _Captured())
        await _cut(send)
    else:  # malformed_body: the handler's answer (status, headers) with its body cut in half
        captured = _Captured()
        await app(scope, receive, captured)
        body = captured.body[: max(1, len(captured.body) // 2)]
        # The handler's headers, with the Content-Length of the body actually sent.
        await send_body(send, captured.status, body, captured.headers)


def _status_name(operation: Operation, status: int) -> tuple[str, int | None]:
    if operation.vendor == "gameball":
        # 5000/5003 per https://docs.gameball.co/api-reference/overview/status-error-codes; none is documented for 429.
        return ("SERVER_ERROR", {500: 5000, 503: 5003}.get(status)) if status >= 500 else ("REQUEST_ERROR", None)
    return {500: "InternalServerError", 503: "ServiceUnavailable", 429: "TooManyRequests"}[status], None
