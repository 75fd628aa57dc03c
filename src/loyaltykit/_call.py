"""A ``Call``: one API request and how to read its answer, described without doing any I/O.

Resources build calls (validating arguments first); the sync and async clients execute them.
Keeping the description apart from the sending is what lets the twins share everything but
``send`` and ``sleep``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Generic, TypeVar

import attrs

from ._response import RawResponse
from .errors import APIError

T = TypeVar("T")
U = TypeVar("U")

# Methods that never change state on the server.
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class _NoBody:
    def __repr__(self) -> str:
        return "NO_BODY"


NO_BODY: Any = _NoBody()
_NO_PARAMS: Mapping[str, Any] = MappingProxyType({})


# Not frozen, though nothing changes a Call once built: a frozen attrs __init__ costs twice as
# much, and two Calls are built for most requests (bench/NOTES.md).
@attrs.define(repr=False)
class Call(Generic[T]):
    """One request plus the function that turns its successful response into ``T``.

    ``retry_safe`` says the request may be sent again after a failure: a read, or a write the
    server applies once however often it is sent (it carries a key the server deduplicates on,
    or repeating it changes nothing more).
    """

    operation: str
    method: str
    url: str
    parse: Callable[[RawResponse], T]
    params: Mapping[str, Any] = attrs.field(factory=dict)
    json: Any = NO_BODY
    retry_safe: bool = False

    @classmethod
    def from_generated(
        cls,
        operation: str,
        kwargs: Mapping[str, Any],
        parse: Callable[[RawResponse], T],
        *,
        read_only: bool = False,
        idempotent: bool = False,
    ) -> Call[T]:
        """A call from a generated operation's ``_get_kwargs(...)`` (method, url, params, json).

        ``read_only`` marks a POST that only reads (BonifiQ uses POST for several queries);
        ``idempotent`` a write the server applies once, however often it is sent.
        """
        method = str(kwargs["method"]).upper()
        return cls(
            operation=operation,
            method=method,
            url=str(kwargs["url"]),
            parse=parse,
            params=dict(params) if (params := kwargs.get("params")) else _NO_PARAMS,
            json=kwargs.get("json", NO_BODY),
            retry_safe=read_only or idempotent or method in SAFE_METHODS,
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
        )

    def __repr__(self) -> str:
        # The URL and body can hold customer data; the operation name is enough to identify it.
        return f"<Call {self.operation} {self.method} retry_safe={self.retry_safe}>"


@attrs.frozen
class KeyedWrite(Generic[T]):
    """A write keyed by a CancelKey, ChangeKey or transaction id, whose repeat the vendor refuses.

    Refused as a repeat means applied before (an earlier attempt whose answer was lost, or a
    restarted terminal): the client returns ``applied_before(error)`` instead of raising.
    """

    call: Call[T]
    is_repeat: Callable[[APIError], bool]
    applied_before: Callable[[APIError], T]
