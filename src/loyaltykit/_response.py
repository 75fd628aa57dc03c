"""The raw side of a call: what came back on the wire, kept for errors and raw access."""

from __future__ import annotations

from typing import Any

import attrs
import httpx

from ._json import decode_json


@attrs.frozen(repr=False)
class RawResponse:
    """Status, headers and body of one HTTP response, plus what was asked.

    ``method`` and ``url`` describe the request; the body of the request is not kept.
    """

    status_code: int
    headers: httpx.Headers
    content: bytes
    method: str
    http_response: httpx.Response = attrs.field(eq=False)
    attempts: int = 1

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
