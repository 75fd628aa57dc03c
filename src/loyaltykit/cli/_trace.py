"""Showing the HTTP exchange (``--debug``, the demo), with secrets and personal data masked."""

from __future__ import annotations

import json
from typing import Any

import httpx
from rich.console import Console

from .._json import decode_json
from .._redaction import redact_headers, redact_text


def _body(content: bytes) -> str:
    if not content:
        return ""
    try:
        text = json.dumps(decode_json(content), ensure_ascii=False, default=str)
    except ValueError:
        text = content.decode("utf-8", errors="replace")
    return redact_text(text if len(text) <= 600 else text[:600] + " …")


class Tracer:
    """httpx event hooks that print each request and response."""

    def __init__(self, console: Console, *, headers: bool) -> None:
        self.console = console
        self.headers = headers

    def on_request(self, request: httpx.Request) -> None:
        self.console.print(f"  [cyan]→ {request.method} {redact_text(request.url.path)}[/]", highlight=False)
        if self.headers:
            self.console.print(f"    {redact_headers(request.headers.items())}", style="dim", highlight=False)
        body = _body(request.content)
        if body:
            self.console.print(f"    {body}", style="dim", highlight=False, markup=False)

    def on_response(self, response: httpx.Response) -> None:
        response.read()
        colour = "green" if response.status_code < 400 else "red"
        self.console.print(f"  [{colour}]← {response.status_code}[/] {_body(response.content)}", highlight=False)

    def hooks(self) -> dict[str, list[Any]]:
        return {"request": [self.on_request], "response": [self.on_response]}

    async def _async_request(self, request: httpx.Request) -> None:
        self.on_request(request)

    async def _async_response(self, response: httpx.Response) -> None:
        await response.aread()
        self.on_response(response)

    def async_hooks(self) -> dict[str, list[Any]]:
        return {"request": [self._async_request], "response": [self._async_response]}
