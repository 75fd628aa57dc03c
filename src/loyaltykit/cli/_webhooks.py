"""``loyaltykit webhooks listen --forward-to URL``: a local sandbox's webhooks, shown and forwarded.

Like ``stripe listen``: it registers a receiver of its own with the sandbox (``/_sandbox/webhooks``),
prints each event as it arrives, personal data masked, and forwards it, same body and same
headers (Gameball's signature included), to the developer's app. The app's status goes back
to the sandbox, so a failing app sees the vendor's retries. Ctrl-C unregisters.
"""

from __future__ import annotations

import contextlib
import enum
import json
import threading
from collections.abc import Callable, Iterator, Mapping
from typing import Annotated, Any

import attrs
import httpx
import typer
from rich.markup import escape

from .._redaction import REDACTED, redact_text
from ..errors import LoyaltyError
from ._context import console, fail_cleanly

app = typer.Typer(help="Webhooks from a local sandbox.", no_args_is_help=True)

DEFAULT_SANDBOX_URL = "http://127.0.0.1:8080"
# Headers of the sandbox's call that describe that one connection, not the event.
_HOP_HEADERS = frozenset(
    {"host", "content-length", "connection", "keep-alive", "transfer-encoding", "accept-encoding", "te", "upgrade"}
)
# Fields of either vendor's events that hold a name or a contact, masked whatever their format
# (redact_text's patterns miss names, and phone formats such as "+20 100 123 4567"); it still
# finds e-mails, phones and CPF/CNPJ elsewhere (an e-mail as a customer id).
_PERSONAL_FIELDS = frozenset(
    {"name", "displayname", "firstname", "lastname", "email", "phone", "mobile", "mobile_number", "mobilenumber",
     "document"}
)  # fmt: skip
# What the sandbox is told when the app could not be reached (it then retries, as the vendor would).
BAD_GATEWAY = 502


class VendorChoice(enum.StrEnum):
    GAMEBALL = "gameball"
    BONIFIQ = "bonifiq"
    ALL = "all"


class ListenError(LoyaltyError):
    """The sandbox could not be reached or refused the registration (no personal data in it)."""


@attrs.frozen
class Forwarded:
    """What the app answered: its status, or the kind of failure (never its message)."""

    status: int | None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status is not None and 200 <= self.status < 300

    def shown(self) -> str:
        return f"{self.status}" if self.status is not None else f"failed ({self.error})"


def forward(client: httpx.Client, url: str, body: bytes, headers: Mapping[str, str]) -> Forwarded:
    """Post the event to the app exactly as the sandbox sent it: same bytes, same headers."""
    kept = {name: value for name, value in headers.items() if name.lower() not in _HOP_HEADERS}
    try:
        response = client.post(url, content=body, headers=kept)
    except httpx.HTTPError as error:
        return Forwarded(None, type(error).__name__)
    return Forwarded(response.status_code)


def redact_event(value: Any) -> Any:
    """An event's JSON with names, e-mails, phone numbers and CPF/CNPJ masked, for the screen."""
    if isinstance(value, dict):
        return {
            key: REDACTED if str(key).lower() in _PERSONAL_FIELDS and value_present(item) else redact_event(item)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [redact_event(item) for item in value]
    if isinstance(value, str):
        return redact_text(value)
    return value


def value_present(item: Any) -> bool:
    return item is not None and item != ""


def describe(vendor: str, body: bytes) -> tuple[str, str]:
    """(event name, the body redacted as one line of JSON) of one delivery."""
    try:
        parsed = json.loads(body)
    except ValueError:
        return "(not JSON)", f"{len(body)} bytes"
    if vendor == "gameball" and isinstance(parsed, dict):
        name = str(parsed.get("event", "?"))
    elif isinstance(parsed, dict):
        name = str(parsed.get("TopicName") or parsed.get("Topic") or "?")
    else:
        name = "?"
    return redact_text(name), json.dumps(redact_event(parsed), ensure_ascii=False, separators=(",", ":"))


class Listener:
    """A receiver on a free loopback port, registered with the sandbox for each vendor."""

    def __init__(
        self,
        sandbox_url: str,
        forward_to: str,
        vendors: tuple[str, ...],
        show: Callable[[str], None],
        bonifiq_headers: Mapping[str, str] | None = None,
    ) -> None:
        self.admin_url = sandbox_url.rstrip("/") + "/_sandbox/webhooks"
        self.forward_to = forward_to
        self.vendors = vendors
        self.show = show
        self.bonifiq_headers = dict(bonifiq_headers or {})
        self.client = httpx.Client(timeout=30, trust_env=False)
        self._endpoints: list[int] = []
        self._lock = threading.Lock()  # one event at a time on the screen
        listener = self
        # Here, not at module level: every `loyaltykit` command imports this module.
        from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                status = listener.handle(self.path.strip("/"), body, dict(self.headers.items()))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def handle(self, vendor: str, body: bytes, headers: Mapping[str, str]) -> int:
        name, shown = describe(vendor, body)
        with self._lock:
            result = forward(self.client, self.forward_to, body, headers)
            self.show(f"{vendor:<8} {name}  -> {result.shown()}\n         {shown}")
        return result.status if result.status is not None else BAD_GATEWAY

    def register(self) -> None:
        for vendor in self.vendors:
            registration: dict[str, object] = {"vendor": vendor, "url": f"{self.url}/{vendor}"}
            if vendor == "bonifiq" and self.bonifiq_headers:
                registration["headers"] = self.bonifiq_headers
            found = self._admin("POST", self.admin_url, registration)
            self._endpoints.append(int(found["endpoint"]["id"]))

    def unregister(self) -> None:
        for endpoint_id in self._endpoints:
            with contextlib.suppress(ListenError):  # the sandbox may be gone already
                self._admin("DELETE", f"{self.admin_url}/{endpoint_id}")
        self._endpoints.clear()

    def _admin(self, method: str, url: str, body: dict[str, object] | None = None) -> Any:
        try:
            response = self.client.request(method, url, json=body, timeout=10)
        except httpx.HTTPError as error:
            raise ListenError(f"no sandbox at {self.admin_url} ({type(error).__name__})") from None
        if response.is_error:
            raise ListenError(f"the sandbox refused {method} /_sandbox/webhooks: {_refusal(response)}")
        return response.json()

    def close(self) -> None:
        self.unregister()
        self.server.server_close()
        self.client.close()

    @contextlib.contextmanager
    def registered(self) -> Iterator[Listener]:
        try:
            self.register()
            yield self
        finally:
            self.close()


def _refusal(response: httpx.Response) -> str:
    """The status and the admin API's reason (it names a field and a rule, never a value)."""
    try:
        reason = response.json().get("error")
    except (ValueError, AttributeError):
        reason = None
    return f"{response.status_code} {reason}" if isinstance(reason, str) else str(response.status_code)


def parse_header(text: str) -> tuple[str, str]:
    name, colon, value = text.partition(":")
    if not colon or not name.strip():
        # The text is not echoed: it may be the token itself.
        raise typer.BadParameter("write each header as 'Name: value'", param_hint="--header")
    return name.strip(), value.strip()


@app.command()
@fail_cleanly
def listen(
    forward_to: Annotated[str, typer.Option("--forward-to", help="Your app's webhook URL.")],
    vendor: Annotated[VendorChoice, typer.Option("--vendor", help="Whose events.")] = VendorChoice.ALL,
    sandbox_url: Annotated[
        str, typer.Option("--sandbox-url", help="The running sandbox (python -m loyaltykit.sandbox).")
    ] = DEFAULT_SANDBOX_URL,
    header: Annotated[
        list[str] | None,
        typer.Option(
            "--header",
            help="'Name: value' the sandbox adds to BonifiQ events, as a subscription's custom headers (repeatable).",
        ),
    ] = None,
) -> None:
    """Forward a local sandbox's webhook events to your app and show them (personal data masked)."""
    if not forward_to.startswith(("http://", "https://")):
        raise typer.BadParameter("must be an http:// or https:// URL", param_hint="--forward-to")
    vendors = ("gameball", "bonifiq") if vendor is VendorChoice.ALL else (vendor.value,)

    def show(line: str) -> None:
        console.print(escape(line), soft_wrap=True)

    headers = dict(parse_header(text) for text in header or ())
    with Listener(sandbox_url, forward_to, vendors, show, headers).registered() as listener:
        show(f"Ready: {', '.join(vendors)} events from {sandbox_url} go to {forward_to} (Ctrl-C to stop)")
        with contextlib.suppress(KeyboardInterrupt):
            listener.server.serve_forever()
    show("Stopped; the sandbox forgot this listener.")
