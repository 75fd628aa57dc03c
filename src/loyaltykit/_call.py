"""A ``Call``: one API request and how to read its answer, described without doing any I/O.

Resources build calls (validating arguments first); the sync and async clients execute them.
Keeping the description apart from the sending is what lets the twins share everything but
``send`` and ``sleep``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from .errors import APIError

if TYPE_CHECKING:
    from ._operation import OperationRequest
    from ._response import RawResponse

T = TypeVar("T")
U = TypeVar("U")


class _NoBody:
    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY: Any = _NoBody()
_NO_PARAMS: Mapping[str, Any] = MappingProxyType({})
_NO_HEADERS: Mapping[str, str] = MappingProxyType({})


class Call(Generic[T]):
    """One request plus the function that turns its successful response into ``T``.

    ``retry_safe`` says the request may be sent again after a failure: a read, or a write the
    server applies once however often it is sent (it carries a key the server deduplicates on,
    or repeating it changes nothing more).

    A plain slotted class, not attrs: most requests build two Calls, and ``import attrs``
    (~30 ms, more than the rest of loyaltykit) is left to the first call's generated models
    instead of every ``from loyaltykit import BonifiQ`` (bench/NOTES.md).
    """

    __slots__ = ("headers", "json", "method", "operation", "params", "parse", "retry_safe", "url")

    def __init__(
        self,
        operation: str,
        method: str,
        url: str,
        parse: Callable[[RawResponse], T],
        params: Mapping[str, Any] | None = None,
        json: Any = NO_BODY,
        retry_safe: bool = False,
        headers: Mapping[str, str] = _NO_HEADERS,
    ) -> None:
        self.operation = operation
        self.method = method
        self.url = url
        self.parse = parse
        self.params: Mapping[str, Any] = {} if params is None else params
        self.json = json
        self.retry_safe = retry_safe
        self.headers = headers

    @classmethod
    def from_request(
        cls,
        request: OperationRequest[Any],
        parse: Callable[[RawResponse], T],
        *,
        read_only: bool = False,
        idempotent: bool = False,
    ) -> Call[T]:
        """A call copying a generated operation's ``request(...)`` whole, read by ``parse``.

        ``read_only`` marks a POST that only reads (BonifiQ uses POST for several queries);
        ``idempotent`` a write the server applies once, however often it is sent. The request's
        own ``retry_safe`` (a GET) holds either way.
        """
        return cls(
            operation=request.operation,
            method=request.method,
            url=request.url,
            parse=parse,
            params=request.params or _NO_PARAMS,
            json=NO_BODY if request.json is None else request.json,
            retry_safe=read_only or idempotent or request.retry_safe,
            headers=request.headers or _NO_HEADERS,
        )

    def map(self, transform: Callable[[T, RawResponse], U]) -> Call[U]:
        """The same request, with ``transform(parsed, raw)`` applied to its result.

        Post-processing belongs here, not after ``execute``: ``with_raw_response`` returns the
        response before any parsing, so nothing may run between the two.
        """
        parse = self.parse

        def mapped(raw: RawResponse) -> U:
            return transform(parse(raw), raw)

        return Call(
            operation=self.operation,
            method=self.method,
            url=self.url,
            parse=mapped,
            params=self.params,
            json=self.json,
            retry_safe=self.retry_safe,
            headers=self.headers,
        )

    def __repr__(self) -> str:
        # The URL and body can hold customer data; the operation name is enough to identify it.
        return f"<Call {self.operation} {self.method} retry_safe={self.retry_safe}>"


class KeyedWrite(Generic[T]):
    """A write keyed by a CancelKey, ChangeKey or transaction id, whose repeat the vendor refuses.

    Refused as a repeat means applied before (an earlier attempt whose answer was lost, or a
    restarted terminal): the client returns ``applied_before(error)`` instead of raising.
    """

    __slots__ = ("applied_before", "call", "is_repeat")

    def __init__(
        self, call: Call[T], is_repeat: Callable[[APIError], bool], applied_before: Callable[[APIError], T]
    ) -> None:
        self.call = call
        self.is_repeat = is_repeat
        self.applied_before = applied_before
