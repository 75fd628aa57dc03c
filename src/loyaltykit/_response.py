"""The raw side of a call: what came back on the wire, kept for errors and raw access."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from ._json import decode_json
from .errors import LoyaltyError, ResponseValidationError

T = TypeVar("T")


class RawResponse:
    """Status, headers and body of one HTTP response, plus what was asked.

    ``method`` and ``url`` describe the request; the body of the request is not kept. Read-only:
    its fields cannot be set once made. A plain slotted class rather than attrs, for the same
    reason as ``Call``: it is built for every response, and the import of attrs is left to the
    first call.
    """

    __slots__ = ("attempts", "content", "headers", "http_response", "method", "status_code")

    status_code: int
    headers: httpx.Headers
    content: bytes
    method: str
    http_response: httpx.Response
    attempts: int

    def __init__(
        self,
        status_code: int,
        headers: httpx.Headers,
        content: bytes,
        method: str,
        http_response: httpx.Response,
        attempts: int = 1,
    ) -> None:
        _set = object.__setattr__
        _set(self, "status_code", status_code)
        _set(self, "headers", headers)
        _set(self, "content", content)
        _set(self, "method", method)
        _set(self, "http_response", http_response)
        _set(self, "attempts", attempts)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"RawResponse is read-only: {name} cannot be set")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"RawResponse is read-only: {name} cannot be deleted")

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt through __init__: pickle's default would set the slots one by one.
        fields = (self.status_code, self.headers, self.content, self.method, self.http_response, self.attempts)
        return (RawResponse, fields)

    @classmethod
    def from_httpx(cls, response: httpx.Response, *, attempts: int = 1) -> RawResponse:
        return cls(
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
            method=response.request.method,
            http_response=response,
            attempts=attempts,
        )

    @property
    def url(self) -> str:
        # Rendered when asked for: it is most of what building this object would cost, and few
        # responses are ever asked for it.
        return str(self.http_response.request.url)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body decoded with exact Decimals; raises ``ValueError`` when it is not JSON."""
        return decode_json(self.content)

    def __repr__(self) -> str:
        # No URL (customer ids live in paths) and no body (personal data): only the shape.
        return f"<RawResponse {self.method} {self.status_code} {len(self.content)} bytes>"


def parse_or_raise(parse: Callable[[RawResponse], T], raw: RawResponse, operation: str) -> T:
    """``parse(raw)``; any failure to read the body becomes a ``ResponseValidationError`` carrying it."""
    try:
        return parse(raw)
    except LoyaltyError:
        raise
    except Exception as exc:  # any failure to read the body is a validation error, with the body
        raise ResponseValidationError(
            f"{operation}: the response (HTTP {raw.status_code}) could not be parsed ({type(exc).__name__}: {exc})",
            response=raw,
        ) from exc
