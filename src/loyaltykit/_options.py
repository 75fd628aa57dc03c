"""Per-call options: what one call may change of its client's settings.

Every named method takes them as keyword arguments (``**options: Unpack[RequestOptions]``), and
``client.call(...)`` as ``options=RequestOptions(...)``; both reach ``execute(call, options)``.
A TypedDict, so that a method's signature lists them for type checkers and editors, and a call
that passes none costs nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, cast

import httpx

from ._validation import check_headers, require_int
from .errors import InvalidArgumentError

__all__ = ["RequestOptions", "check_options"]


class RequestOptions(TypedDict, total=False):
    """Overrides of the client's settings for one call."""

    timeout: float | httpx.Timeout
    """Seconds (or an ``httpx.Timeout``) for this call's attempts, instead of the client's."""
    max_retries: int
    """Retries for this call; a write without an idempotency key is never retried, whatever this says."""
    extra_headers: Mapping[str, str]
    """Headers added to the request (they win over the client's, never over authentication)."""
    extra_query: Mapping[str, Any]
    """Query parameters added to the request (they win over the method's)."""
    extra_body: Mapping[str, Any]
    """Fields merged into a JSON object body (they win over the method's); for fields the spec lacks."""


_NAMES = frozenset(RequestOptions.__annotations__)


def check_options(options: RequestOptions | Mapping[str, Any] | None) -> RequestOptions | None:
    """The options as given, refused by field before any request when a name or value is wrong."""
    if not options:
        return None
    if not isinstance(options, Mapping):
        raise InvalidArgumentError("options", f"must be a RequestOptions mapping, got {type(options).__name__}")
    unknown = sorted(str(name) for name in options if name not in _NAMES)
    if unknown:
        raise InvalidArgumentError(unknown[0], f"is not a request option (the options are {', '.join(sorted(_NAMES))})")
    if "max_retries" in options:
        require_int("max_retries", options["max_retries"], minimum=0)
    if options.get("extra_headers"):
        check_headers(options["extra_headers"])
    for name in ("extra_query", "extra_body"):
        value = options.get(name)
        if value is not None and not isinstance(value, Mapping):
            raise InvalidArgumentError(name, f"must be a mapping, got {type(value).__name__}")
        if value and not all(isinstance(key, str) for key in value):
            raise InvalidArgumentError(name, "keys must be strings")
    return cast(RequestOptions, options)
