"""Sending calls: auth, timeouts, retries, error mapping and parsing, for both vendors.

``BaseClient`` holds every decision; ``SyncAPIClient`` and ``AsyncAPIClient`` only add the
I/O (``send`` and ``sleep``). Vendor specifics (auth headers, URL prefix, error body) come
from a ``Vendor`` object.
"""

from __future__ import annotations

import copy
import math
import os
import sys
import time
from collections.abc import Awaitable, Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeAlias, TypeVar

import httpx

from ._call import NO_BODY, Call, KeyedWrite
from ._json import encode_json
from ._logging import configure_from_env, logger
from ._operation import Operation, request_parser
from ._options import RequestOptions, check_options
from ._raw import RAW_MODE
from ._redaction import redact_headers, redact_text, secret_values
from ._resource import RawResponseView, is_resource
from ._response import RawResponse, parse_or_raise
from ._validation import InvalidSettingError, check_headers, check_operation_arguments, require_int
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    InvalidArgumentError,
    ResponseValidationError,
    VendorError,
    status_error_class,
)

if TYPE_CHECKING:
    from ._api_response import APIResponse
    from ._retry import RetryPolicy
    from .journal import Journal

T = TypeVar("T")

JournalArgument: TypeAlias = "str | os.PathLike[str] | Journal | None"
"""What a client's ``journal=`` takes: a file path, ``":memory:"``, a ``postgresql://`` URL, a
``Journal``, or None."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
# sys.version's first word is what platform.python_version() reads; importing platform for it
# was 3 ms of ``from loyaltykit import BonifiQ``.
USER_AGENT = f"loyaltykit/{__version__} (Python {sys.version.split()[0]}; httpx {httpx.__version__})"


class Vendor(Protocol):
    """What differs between BonifiQ and Gameball at the HTTP level."""

    name: str

    def auth_headers(self) -> dict[str, str]:
        """Headers that authenticate every request; read once, when the client is created."""
        ...

    own_auth_header: str | None
    """A header some operations carry as their own credential, in place of ``auth_headers()``."""

    def rewrite_url(self, url: str) -> str: ...

    def decode_error(self, raw: RawResponse) -> VendorError: ...

    def idempotency_key_of(self, body: Any) -> str | None:
        """The key in a request body that makes repeating the request safe, if any."""
        ...

    def check(self, parsed: Any, raw: RawResponse, operation: str) -> None:
        """Raise for an error the vendor reports inside a successful response."""
        ...


def _seconds(value: object) -> bool:
    """Whether ``value`` is a usable number of seconds: finite and positive (nan and inf never end)."""
    return not isinstance(value, bool) and isinstance(value, int | float) and 0 < value < math.inf


def _as_timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        raise InvalidSettingError("timeout", "must not be None: loyaltykit always sends with a timeout")
    if isinstance(value, httpx.Timeout):
        for phase in ("connect", "read", "write", "pool"):
            if not _seconds(getattr(value, phase)):
                raise InvalidSettingError(f"timeout.{phase}", "must be a finite number of seconds > 0")
        return value
    if not _seconds(value):
        raise InvalidSettingError("timeout", "must be a finite number of seconds > 0, or an httpx.Timeout")
    return httpx.Timeout(float(value), connect=min(float(value), DEFAULT_TIMEOUT.connect or 5.0))


class BaseClient:
    """Settings and every per-attempt decision, without I/O."""

    def __init__(
        self,
        *,
        vendor: Vendor,
        base_url: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        retry_policy: RetryPolicy | None = None,
        owns_http: bool,
        journal: JournalArgument = None,
    ) -> None:
        configure_from_env()
        # Imported here, not at the top: ``import loyaltykit`` stays free of sqlite3, and
        # ``from loyaltykit import BonifiQ`` of attrs (bench/NOTES.md).
        from ._retry import RetryPolicy
        from .journal import Journal, open_journal

        # The sales' durable state (loyaltykit.journal). A path, a URL or $LOYALTYKIT_JOURNAL
        # opens a journal this client closes; a Journal handed in stays its owner's to close.
        self._owns_journal = not isinstance(journal, Journal)
        self.journal: Journal = open_journal(journal)
        self._vendor = vendor
        self.base_url = base_url.rstrip("/")
        self.timeout = _as_timeout(timeout)
        self.max_retries = require_int("max_retries", max_retries, minimum=0)
        self._retry_policy = retry_policy or RetryPolicy()
        self._default_headers = {"User-Agent": USER_AGENT, "Accept": "application/json", **vendor.auth_headers()}
        self._auth_header_names = frozenset(name.lower() for name in vendor.auth_headers())
        # This client's own credential values, masked in every message and log line it writes.
        self._secrets = secret_values(vendor.auth_headers())
        # An httpx client this client creates carries the default headers and timeout, set once:
        # httpx normalises per-request headers on every call, about 14 µs for these three
        # (bench/NOTES.md). A client handed in by the caller is left as it is, and every
        # request carries them instead; so does every request of a ``with_options`` copy for
        # the settings it changed.
        self._owns_http = owns_http
        self._request_headers: dict[str, str] = {} if owns_http else dict(self._default_headers)
        self._request_timeout: httpx.Timeout | None = None if owns_http else self.timeout

    def _http_settings(self) -> dict[str, Any]:
        """Settings for the httpx client this client creates when none is handed in."""
        return {"timeout": self.timeout, "headers": self._default_headers}

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy of this client with other settings, over the same connections and journal.

        ``timeout`` and ``max_retries`` replace this client's (None keeps them);
        ``default_headers`` are added to every request of the copy (never replacing
        authentication). The copy shares this client's httpx client (its connection pool) and
        journal, so it is cheap to make per task (``bq.with_options(timeout=2).pos.available(...)``),
        and closing it closes neither: they stay this client's. Its resources, and the sales
        its ``pos.checkout()`` starts, use the copy's settings. The base URL and credentials are
        not options: another API or account is another client.
        """
        clone = copy.copy(self)
        # Resources already created are bound to this client; the copy creates its own.
        for name in [name for name, value in vars(clone).items() if is_resource(value)]:
            delattr(clone, name)
        clone._owns_http = False
        clone._owns_journal = False
        clone._request_headers = dict(self._request_headers)
        if timeout is not None:
            clone.timeout = clone._request_timeout = _as_timeout(timeout)
        if max_retries is not None:
            clone.max_retries = require_int("max_retries", max_retries, minimum=0)
            clone._retry_policy = self._retry_policy.with_max_retries(clone.max_retries)
        if default_headers is not None:
            check_headers(default_headers, "default_headers")
            self._check_not_auth("default_headers", default_headers)
            clone._default_headers = {**self._default_headers, **default_headers}
            clone._request_headers.update(default_headers)
        return clone

    # -- building ------------------------------------------------------------------------

    def _check_not_auth(self, field: str, headers: Mapping[str, str]) -> None:
        for name in headers:
            if name.lower() in self._auth_header_names:
                raise InvalidArgumentError(f"{field}.{name}", "cannot replace the client's authentication")

    def _headers(self, call: Call[Any], json: Any, options: RequestOptions | None) -> dict[str, str]:
        headers = dict(self._request_headers)
        if json is not NO_BODY:
            headers["Content-Type"] = "application/json"
        if call.headers:
            headers.update(call.headers)
        if options and (extra := options.get("extra_headers")):
            self._check_not_auth("extra_headers", extra)
            headers.update(extra)
        return headers

    def _request_args(self, call: Call[Any], options: RequestOptions | None) -> dict[str, Any]:
        options = check_options(options)
        params = {k: _query_value(v) for k, v in call.params.items() if v is not None} if call.params else None
        json = call.json
        if options:
            if extra_query := options.get("extra_query"):
                params = {**(params or {}), **{k: _query_value(v) for k, v in extra_query.items()}}
            if extra_body := options.get("extra_body"):
                json = _merged_body(json, extra_body)
        args: dict[str, Any] = {
            "method": call.method,
            "url": self.base_url + self._vendor.rewrite_url(call.url),
            # None, not {}: httpx parses the URL a second time for any params it is given, even
            # empty ones, which was the largest part of the facade's own cost per call.
            "params": params or None,
            "headers": self._headers(call, json, options),
            "content": None if json is NO_BODY else encode_json(json),
        }
        if options and options.get("timeout") is not None:
            args["timeout"] = _as_timeout(options["timeout"])
        elif self._request_timeout is not None:
            args["timeout"] = self._request_timeout
        return args

    def _build_request(
        self, http: httpx.Client | httpx.AsyncClient, call: Call[Any], args: dict[str, Any]
    ) -> httpx.Request:
        if args["params"] is None and not http.params and not http.cookies:
            request = request_without_merging(http, args)
        else:
            request = http.build_request(**args)
        own = self._vendor.own_auth_header
        if own is not None and own in call.headers:
            # An operation with its own credential (BonifiQ's public API: X-BQ-ApiToken) is sent
            # with that alone: the client's Basic credentials are not the public API's to see.
            for name in self._auth_header_names:
                request.headers.pop(name, None)
        return request

    def _policy(self, call: Call[Any], options: RequestOptions | None) -> RetryPolicy:
        retries = self.max_retries
        if options and options.get("max_retries") is not None:
            retries = require_int("max_retries", options["max_retries"], minimum=0)
        # A write without an idempotency key is never sent twice by loyaltykit.
        if not call.retry_safe:
            retries = 0
        if retries == self._retry_policy.max_retries:
            return self._retry_policy  # the same policy; evolve() would only copy it
        return self._retry_policy.with_max_retries(retries)

    def _low_level_call(self, operation: Operation[T], read_only: bool, kwargs: dict[str, Any]) -> Call[T]:
        """Any generated operation of this vendor, copied from its ``request(...)`` and read by its parser."""
        check_operation_arguments(kwargs)
        request = operation.request(**kwargs)
        call = Call.from_request(
            request,
            request_parser(request),
            read_only=read_only,
            idempotent=self._vendor.idempotency_key_of(request.json) is not None,
        )
        vendor, name = self._vendor, request.operation

        def check(parsed: T, raw: RawResponse) -> T:
            vendor.check(parsed, raw, name)
            return parsed

        return call.map(check)

    @property
    def with_raw_response(self) -> Any:
        """``client.with_raw_response.<resource>.<method>(...)`` -> ``APIResponse`` (status, headers, body)."""
        return RawResponseView(self)

    # -- deciding ------------------------------------------------------------------------

    def _log_request(self, call: Call[Any], request: httpx.Request, attempt: int) -> None:
        if logger.isEnabledFor(10):
            logger.debug(
                "%s %s %s attempt=%d headers=%s",
                call.operation,
                request.method,
                redact_text(str(request.url), self._secrets),
                attempt + 1,
                redact_headers(request.headers.items()),
            )

    def _log_retry(self, call: Call[Any], reason: str, delay: float, attempt: int) -> None:
        logger.info("%s: %s; retry %d in %.2fs", call.operation, redact_text(reason, self._secrets), attempt + 1, delay)

    def _log_response(self, call: Call[Any], response: httpx.Response) -> None:
        # The whole status line, errors included: "HTTP 404 Not Found" before any retry or raise.
        if logger.isEnabledFor(10):  # checked first: this runs for every response
            logger.debug(
                "%s -> HTTP %d %s (%d bytes)",
                call.operation,
                response.status_code,
                response.reason_phrase or httpx.codes.get_reason_phrase(response.status_code),
                len(response.content),
            )

    def _connection_error(self, call: Call[Any], exc: httpx.TransportError) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(f"{call.operation}: the request timed out ({type(exc).__name__})")
        reason = redact_text(str(exc), self._secrets)
        return APIConnectionError(f"{call.operation}: connection failed ({type(exc).__name__}: {reason})")

    def _status_error(self, call: Call[Any], raw: RawResponse) -> APIStatusError:
        try:
            vendor_error = self._vendor.decode_error(raw)
        except Exception:  # an unreadable error body still yields the status error
            vendor_error = VendorError()
        # Redacted before it is shortened: a cut through an e-mail or CPF would no longer match.
        detail = vendor_error.message or redact_text(raw.text)[:200] or httpx.codes.get_reason_phrase(raw.status_code)
        message = f"{call.operation} failed with HTTP {raw.status_code}{vendor_error.label}: {detail}"
        return status_error_class(raw.status_code)(message, response=raw, vendor=vendor_error)

    def _retry_delay(
        self,
        call: Call[Any],
        policy: RetryPolicy,
        attempt: int,
        response: httpx.Response | None,
        failure: httpx.TransportError | None = None,
    ) -> float:
        """After a failed attempt (an error status, or ``failure``): the wait before the next one.

        Raises the attempt's error, caused by ``failure``, when the policy allows no more.
        """
        error: APIError
        if failure is not None:
            error = self._connection_error(call, failure)
        else:
            assert response is not None
            error = self._status_error(call, RawResponse.from_httpx(response, attempts=attempt + 1))
        delay = policy.delay_for(attempt, response)
        if delay is None:
            raise error from failure
        self._log_retry(call, str(error), delay, attempt)
        return delay

    def _unreadable_delay(
        self, call: Call[Any], policy: RetryPolicy, attempt: int, error: ResponseValidationError
    ) -> float:
        """After a success whose body could not be read: the wait before sending again, or ``error``.

        The server may have applied the request, so only a call that is safe to repeat (a read,
        or a write carrying its idempotency key) is sent again; ``policy`` allows no retry otherwise.
        """
        delay = policy.delay_for(attempt, None)
        if delay is None:
            raise error
        self._log_retry(call, str(error), delay, attempt)
        return delay

    @staticmethod
    def _applied_before(write: KeyedWrite[T], error: APIError) -> T:
        """What a keyed write applied before, when ``error`` refuses it as a repeat; else ``error``.

        The refusal may come after an answer that could not be read (``execute`` then raises that
        one, caused by the refusal): it still says the write was applied.
        """
        refusal = error.__cause__ if isinstance(error, ResponseValidationError) else error
        if not isinstance(refusal, APIError) or not write.is_repeat(refusal):
            raise error
        return write.applied_before(refusal)

    def _finish(
        self, call: Call[T], response: httpx.Response, attempts: int, *, allow_raw: bool = True
    ) -> T | APIResponse[T]:
        """The parsed result of a response below 400 (``_send``'s), or its ``APIResponse`` in raw mode.

        ``allow_raw=False`` always parses: the pagers' pages (a pager has no raw mode; each page
        carries its ``raw_response``).
        """
        raw = RawResponse.from_httpx(response, attempts=attempts)
        if not 200 <= raw.status_code < 300:
            raise self._status_error(call, raw)
        if allow_raw and RAW_MODE.get():
            from ._api_response import APIResponse

            return APIResponse(raw, call.parse, call.operation)
        return parse_or_raise(call.parse, raw, call.operation)


def request_without_merging(http: httpx.Client | httpx.AsyncClient, args: dict[str, Any]) -> httpx.Request:
    """The request ``http.build_request(**args)`` builds: for a call without a query, on a
    client without cookies or default params.

    The same request (tests/facade/test_request_building.py) for less work: ``build_request``
    parses the URL once to merge it with the client's base URL and again into the request, and
    copies the client's headers through a normalising merge. Our URL is absolute, and the
    client's headers are already normalised. The benchmark's redeem was 1-1.5 % faster
    (bench/NOTES.md).
    """
    headers = http.headers.copy()
    headers.update(args["headers"])
    timeout: httpx.Timeout = args.get("timeout") or http.timeout
    return httpx.Request(
        args["method"], args["url"], headers=headers, content=args["content"], extensions={"timeout": timeout.as_dict()}
    )


def _release(response: httpx.Response) -> httpx.Response:
    """Break httpx's response <-> stream reference cycle once the body has been read.

    httpx binds every response's stream to the response (``BoundSyncStream._response``), so a
    finished response is freed only by the cyclic garbage collector, with its body, headers and
    request. Paging through 100,000 items left dozens of read pages waiting for a full
    collection, so peak memory grew with the item count (bench/results.md). ``send`` has read
    and closed the stream already; an in-memory stream of the same bytes is what httpx itself
    gives a response built from content, and reads, ``elapsed`` and ``is_closed`` are unchanged.
    """
    response.stream = httpx.ByteStream(response.content)
    return response


def _merged_body(json: Any, extra_body: Mapping[str, Any]) -> Any:
    """``extra_body`` merged into the call's JSON object body (or as the body of a call without one)."""
    if json is NO_BODY:
        return dict(extra_body)
    if not isinstance(json, Mapping):
        raise InvalidArgumentError("extra_body", "needs a call whose body is a JSON object")
    return {**json, **extra_body}


def _query_value(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


class SyncAPIClient(BaseClient):
    # An attribute so that tests (and applications with their own clocks) can replace it.
    _sleep: Callable[[float], None] = staticmethod(time.sleep)

    def __init__(self, *, http_client: httpx.Client | None, **settings: Any) -> None:
        super().__init__(owns_http=http_client is None, **settings)
        self._http = http_client if http_client is not None else httpx.Client(**self._http_settings())

    def execute(self, call: Call[T], options: RequestOptions | None = None) -> T:
        """Send ``call`` with retries and return its parsed result."""
        policy = self._policy(call, options)
        attempts = 0
        unreadable: ResponseValidationError | None = None
        while True:
            try:
                response, attempts = self._send(call, options, policy=policy, attempt=attempts)
            except APIStatusError as refusal:
                # An earlier attempt may have been applied though its answer was unreadable: a
                # refusal now (a repeat, or a body that cannot be read either) cannot say it was
                # not, so the outcome stays unknown.
                if unreadable is None:
                    raise
                raise unreadable from refusal
            try:
                return self._finish(call, response, attempts)  # type: ignore[return-value]
            except ResponseValidationError as error:
                unreadable = error
                self._sleep(self._unreadable_delay(call, policy, attempts - 1, unreadable))

    def _send(
        self,
        call: Call[Any],
        options: RequestOptions | None = None,
        *,
        policy: RetryPolicy | None = None,
        attempt: int = 0,
    ) -> tuple[httpx.Response, int]:
        """Send ``call`` with retries: the first response below 400 and how many attempts it took.

        Apart from ``_finish`` so that the concurrent pager can start the next request before
        it parses this one. ``attempt``: how many were made already (``execute`` sends again
        after an unreadable answer, within the same policy).
        """
        policy = policy or self._policy(call, options)
        args = self._request_args(call, options)
        while True:
            request = self._build_request(self._http, call, args)
            self._log_request(call, request, attempt)
            try:
                response = _release(self._http.send(request))
            except httpx.TransportError as failure:
                self._sleep(self._retry_delay(call, policy, attempt, None, failure))
            else:
                self._log_response(call, response)
                if response.status_code < 400:
                    return response, attempt + 1
                self._sleep(self._retry_delay(call, policy, attempt, response))
            attempt += 1

    def execute_keyed(self, write: KeyedWrite[T], options: RequestOptions | None = None) -> T:
        """Send a keyed write; a refusal as a repeat gives what was applied before."""
        try:
            return self.execute(write.call, options)
        except APIError as error:
            return self._applied_before(write, error)

    def call(
        self,
        operation: Operation[T],
        /,
        *,
        read_only: bool = False,
        options: RequestOptions | None = None,
        **kwargs: Any,
    ) -> T:
        """Call any generated operation with this client's auth, retries and errors.

        ``operation`` is a module of the vendor's generated package, e.g.
        ``bq.call(customer_change_status, original_id="c1", body=ChangeCustomerStatusRequest(...))``;
        ``kwargs`` are its arguments. It is retried only when it is a GET, when
        ``read_only=True``, or when its body carries an idempotency key.
        """
        return self.execute(self._low_level_call(operation, read_only, kwargs), options)

    def close(self) -> None:
        if self._owns_http:
            self._http.close()
        if self._owns_journal:
            self.journal.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()


async def _async_sleep(seconds: float) -> None:
    # asyncio (with subprocess, signal, concurrent.futures) is imported when an async client
    # first waits, not with loyaltykit: it was a sixth of ``from loyaltykit import BonifiQ``,
    # paid by sync applications that never use it. An async client runs in a loop that has it.
    import asyncio

    await asyncio.sleep(seconds)


class AsyncAPIClient(BaseClient):
    _sleep: Callable[[float], Awaitable[None]] = staticmethod(_async_sleep)

    def __init__(self, *, http_client: httpx.AsyncClient | None, **settings: Any) -> None:
        super().__init__(owns_http=http_client is None, **settings)
        self._http = http_client if http_client is not None else httpx.AsyncClient(**self._http_settings())

    async def execute(self, call: Call[T], options: RequestOptions | None = None) -> T:
        """Send ``call`` with retries and return its parsed result."""
        policy = self._policy(call, options)
        attempts = 0
        unreadable: ResponseValidationError | None = None
        while True:
            try:
                response, attempts = await self._send(call, options, policy=policy, attempt=attempts)
            except APIStatusError as refusal:
                if unreadable is None:
                    raise
                raise unreadable from refusal  # as in the sync execute: the outcome stays unknown
            try:
                return self._finish(call, response, attempts)  # type: ignore[return-value]
            except ResponseValidationError as error:
                unreadable = error
                await self._sleep(self._unreadable_delay(call, policy, attempts - 1, unreadable))

    async def _send(
        self,
        call: Call[Any],
        options: RequestOptions | None = None,
        *,
        policy: RetryPolicy | None = None,
        attempt: int = 0,
    ) -> tuple[httpx.Response, int]:
        """Send ``call`` with retries: the first response below 400 and how many attempts it took (see the sync one)."""
        policy = policy or self._policy(call, options)
        args = self._request_args(call, options)
        while True:
            request = self._build_request(self._http, call, args)
            self._log_request(call, request, attempt)
            try:
                response = _release(await self._http.send(request))
            except httpx.TransportError as failure:
                await self._sleep(self._retry_delay(call, policy, attempt, None, failure))
            else:
                self._log_response(call, response)
                if response.status_code < 400:
                    return response, attempt + 1
                await self._sleep(self._retry_delay(call, policy, attempt, response))
            attempt += 1

    async def execute_keyed(self, write: KeyedWrite[T], options: RequestOptions | None = None) -> T:
        """Send a keyed write; a refusal as a repeat gives what was applied before."""
        try:
            return await self.execute(write.call, options)
        except APIError as error:
            return self._applied_before(write, error)

    async def call(
        self,
        operation: Operation[T],
        /,
        *,
        read_only: bool = False,
        options: RequestOptions | None = None,
        **kwargs: Any,
    ) -> T:
        """Call any generated operation with this client's auth, retries and errors (see the sync ``call``)."""
        return await self.execute(self._low_level_call(operation, read_only, kwargs), options)

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()
        if self._owns_journal:
            self.journal.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        await self.close()
