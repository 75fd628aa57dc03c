"""Showing the HTTP exchange (``--debug``, the demo), with secrets and personal data masked."""

from __future__ import annotations

from typing import Any

import httpx
from rich.console import Console
from rich.markup import escape

from .._json import decode_json, encode_json
from .._redaction import redact_codes, redact_headers, redact_text, secret_values


def _body(content: bytes, request: httpx.Request) -> str:
    """A body of ``request``'s exchange as shown: no one-time code, credential or personal data."""
    if not content:
        return ""
    try:
        # Re-encoded as loyaltykit sends it: amounts stay JSON numbers with their exact digits.
        text = encode_json(redact_codes(decode_json(content), request.url.path)).decode()
    except ValueError:
        text = content.decode("utf-8", errors="replace")
    # Redacted before it is shortened: a cut through an e-mail or a token would no longer match.
    text = redact_text(text, secret_values(request.headers.items()))
    return text if len(text) <= 600 else text[:600] + " …"


class Tracer:
    """httpx event hooks that print each request and response."""

    def __init__(self, console: Console, *, headers: bool) -> None:
        self.console = console
        self.headers = headers

    def on_request(self, request: httpx.Request) -> None:
        path = escape(redact_text(request.url.path))
        self.console.print(f"  [cyan]→ {request.method} {path}[/]", highlight=False, soft_wrap=True)
        if self.headers:
            shown = str(redact_headers(request.headers.items()))
            self.console.print(f"    {shown}", style="dim", highlight=False, markup=False, soft_wrap=True)
        body = _body(request.content, request)
        if body:
            self.console.print(f"    {body}", style="dim", highlight=False, markup=False, soft_wrap=True)

    def on_response(self, response: httpx.Response) -> None:
        response.read()
        colour = "green" if response.status_code < 400 else "red"
        body = escape(_body(response.content, response.request))
        # The whole status line: "404 Not Found" says what an error is before its body does.
        status = f"{response.status_code} {escape(response.reason_phrase)}".rstrip()
        self.console.print(f"  [{colour}]← {status}[/] {body}", highlight=False, soft_wrap=True)

    def hooks(self) -> dict[str, list[Any]]:
        return {"request": [self.on_request], "response": [self.on_response]}
