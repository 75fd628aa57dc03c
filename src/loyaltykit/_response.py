"""The raw side of a call: what came back on the wire, kept for errors and raw access."""

from __future__ import annotations

from typing import Any

import attrs
import httpx

from ._json import decode_json
from ._redaction import redact_headers


@attrs.frozen(repr=False)
class RawResponse:
    """Status, headers and body of one HTTP response, plus what was asked.

    ``method`` and ``url`` describe the request; the body of the request is not kept.
    """

    status_code: int
    headers: httpx.Headers
    content: bytes
    method: str
    _url: str | None = attrs.field(default=None, alias="url")
    attempts: int = 1
    http_response: httpx.Response | None = attrs.field(default=None, eq=False)

    @classmethod
    def from_httpx(cls, response: httpx.Response, *, attempts: int = 1) -> RawResponse:
        # The URL is read from the httpx response when asked for: rendering it is most of
        # what building this object costs, and few responses are ever asked for it.
        return cls(
            status_code=response.status_code,
            headers=response.headers,
            content=response.content,
            method=response.request.method,
            attempts=attempts,
            http_response=response,
        )

    @property
    def url(self) -> str:
        if self._url is not None:
            return self._url
        return str(self.http_response.request.url) if self.http_response is not None else ""

    def as_httpx(self) -> httpx.Response:
        """The response as httpx has it (rebuilt when this one was made by hand)."""
        if self.http_response is not None:
            return self.http_response
        return httpx.Response(self.status_code, headers=self.headers, content=self.content)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body decoded with exact Decimals; raises ``ValueError`` when it is not JSON."""
        return decode_json(self.content)

    def __repr__(self) -> str:
        # No URL (customer ids live in paths) and no body (personal data): only the shape.
        return f"<RawResponse {self.method} {self.status_code} {len(self.content)} bytes>"

    def redacted_headers(self) -> dict[str, str]:
        return redact_headers(self.headers.items())
