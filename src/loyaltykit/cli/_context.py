"""What every command shares: where the API is, how to print, and how errors end."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Annotated, Any, ParamSpec, TypeVar

import attrs
import httpx
import typer
from rich.console import Console
from rich.markup import escape

from .. import BonifiQ, Gameball
from .._base_client import JournalArgument
from .._json import encode_json
from .._redaction import redact_text
from .._validation import require_money
from ..errors import InvalidArgumentError, LoyaltyError
from ._trace import Tracer

P = ParamSpec("P")
R = TypeVar("R")

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)

JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON for scripts instead of tables.")]
SandboxOption = Annotated[
    bool, typer.Option("--sandbox", help="Start an embedded sandbox (demo seed) and use it instead of the real API.")
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show the HTTP exchange, secrets redacted.")]


def parse_money(text: str) -> Decimal:
    """An amount typed on the command line, read as the SDK reads a string amount (whole cents, digits)."""
    try:
        return require_money("amount", text, allow_zero=True)
    except InvalidArgumentError as error:
        raise typer.BadParameter(f"{text!r} is not an amount: it {error.rule}") from None


# The checkout commands' options that mean the same on both vendors.
OrderOption = Annotated[str, typer.Option("--order", help="Your order id.")]
ValueOption = Annotated[Decimal, typer.Option("--value", parser=parse_money, help="Purchase value.")]


def missing_extra(extra: str, error: ImportError) -> str:
    """What an ImportError of an optional part means: which module is missing and what to install."""
    module = (error.name or "?").split(".")[0]
    return f"the {extra} extra ({module} is missing): pip install 'loyaltykit[{extra}]'"


def fail_cleanly(command: Callable[P, R]) -> Callable[P, R]:
    """One clear line and a non-zero exit for any loyaltykit error."""

    @functools.wraps(command)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except LoyaltyError as error:
            errors.print(f"[red]error:[/] {type(error).__name__}: {escape(str(error))}", soft_wrap=True)
            raise typer.Exit(1) from None

    return run


@attrs.define
class Target:
    """The API a command talks to: the real one (env credentials) or an embedded sandbox.

    The httpx clients it makes for the tracer are its own: ``close()`` closes them (a facade
    client leaves a client it was handed open).
    """

    sandbox: Any = None
    tracer: Tracer | None = None
    _clients: contextlib.ExitStack = attrs.field(factory=contextlib.ExitStack, init=False)

    def http(self) -> httpx.Client | None:
        if self.tracer is None:
            return None
        return self._clients.enter_context(httpx.Client(event_hooks=self.tracer.hooks(), timeout=30))

    def close(self) -> None:
        self._clients.close()

    def bonifiq(self, journal: JournalArgument = None) -> BonifiQ:
        if self.sandbox is None:
            return BonifiQ(http_client=self.http(), journal=journal)
        credentials = self.sandbox.credentials
        return BonifiQ(
            credentials.bonifiq_api_token,
            credentials.bonifiq_api_key,
            base_url=self.sandbox.base_url,
            http_client=self.http(),
            journal=journal,
        )

    def gameball(self, journal: JournalArgument = None) -> Gameball:
        if self.sandbox is None:
            return Gameball(http_client=self.http(), journal=journal)
        credentials = self.sandbox.credentials
        return Gameball(
            credentials.gameball_api_key,
            credentials.gameball_secret_key,
            base_url=self.sandbox.base_url,
            http_client=self.http(),
            journal=journal,
        )

    def sandbox_get(self, path: str) -> Any:
        return self._sandbox_admin("GET", path)

    def sandbox_post(self, path: str, body: dict[str, object]) -> Any:
        return self._sandbox_admin("POST", path, body)

    def _sandbox_admin(self, method: str, path: str, body: dict[str, object] | None = None) -> Any:
        if self.sandbox is None:
            raise typer.BadParameter("this needs --sandbox")
        response = httpx.request(method, self.sandbox.admin_url + path, json=body, timeout=10)
        if response.is_error:
            # Not raise_for_status(): its message carries the URL, and the URL the customer's id.
            raise SandboxAdminError(f"the sandbox refused {method} /_sandbox{path}: {_reason(response)}")
        return response.json()


class SandboxAdminError(LoyaltyError):
    """The embedded sandbox's admin API said no (e.g. no PIN was sent to that customer); personal data masked."""

    def __init__(self, message: str) -> None:
        super().__init__(redact_text(message))


def _reason(response: httpx.Response) -> str:
    try:
        found = response.json()
    except ValueError:
        found = None
    reason = found.get("error") if isinstance(found, dict) else None
    return f"{response.status_code} {reason or response.reason_phrase}"


# What a customer is sent to validate a sale, per vendor: the sandbox admin path, its JSON key
# and what people call it.
_CODES = {"bonifiq": ("pin", "Pin", "PIN"), "gameball": ("otp", "Otp", "OTP")}


def code_name(vendor: str) -> str:
    """What people call the code: PIN (BonifiQ) or OTP (Gameball)."""
    return _CODES[vendor][2]


def sandbox_code(where: Target, vendor: str, customer: str) -> str:
    """The PIN (BonifiQ) or OTP (Gameball) the sandbox sent ``customer``, read from its admin API."""
    path, key, _ = _CODES[vendor]
    return str(where.sandbox_get(f"/{vendor}/customers/{customer}/{path}")[key])


def code_reader(
    where: Target, vendor: str, customer: str, *, from_sandbox: bool, shown_on: Console = console
) -> Callable[[], str]:
    """A checkout's ``pin()``: the code read from the sandbox, or typed by the cashier (asked on ``shown_on``)."""
    name = code_name(vendor)

    def read() -> str:
        if from_sandbox:
            code = sandbox_code(where, vendor, customer)
            shown_on.print(f"{name} read from the sandbox")
            return code
        return str(typer.prompt(f"{name} sent to the customer", err=shown_on.stderr))

    return read


@contextlib.contextmanager
def target(*, sandbox: bool, debug: bool) -> Iterator[Target]:
    tracer = Tracer(errors, headers=True) if debug else None
    if not sandbox:
        with contextlib.closing(Target(tracer=tracer)) as where:
            yield where
        return
    try:
        from ..sandbox import Credentials, SandboxConfig, start_in_thread
    except ImportError as error:
        # Escaped: rich would read "[sandbox]" as markup and print "pip install 'loyaltykit'".
        errors.print(f"[red]error:[/] --sandbox needs {escape(missing_extra('sandbox', error))}", soft_wrap=True)
        raise typer.Exit(2) from None
    with (
        start_in_thread(SandboxConfig(credentials=Credentials())) as running,
        contextlib.closing(Target(sandbox=running, tracer=tracer)) as where,
    ):
        yield where


def plain(value: Any) -> Any:
    """A value as JSON-ready data: generated models by ``to_dict``, attrs classes field by field."""
    if hasattr(value, "to_dict") and callable(value.to_dict):
        return value.to_dict()
    if attrs.has(type(value)):
        return {
            field.name: plain(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if field.name not in ("raw_response", "detail")
        }
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, Decimal | int | str | bool) or value is None:
        return value
    return str(value)


def print_json(value: Any) -> None:
    # Written as encoded, not through rich's print_json: that one parses the text again with
    # floats, so 25.00 came out as 25.0 (and a long amount could lose digits).
    typer.echo(encode_json(plain(value)).decode())


def money(value: object) -> str:
    """An amount for people; "-" when the server sent none (None or a generated model's UNSET)."""
    return f"{value:,.2f}" if isinstance(value, Decimal | int) and not isinstance(value, bool) else "-"


def yes_no(value: object) -> str:
    """A flag for people, as every table says it: yes, no, or "-" when the server sent none."""
    return ("yes" if value else "no") if isinstance(value, bool) else "-"


def amount_or_rate(value: object, *, percent: bool) -> str:
    """A reward's or coupon's value: a percent one is a rate ("15%"), not money ("15.00")."""
    if percent and isinstance(value, Decimal | int) and not isinstance(value, bool):
        return f"{value}%"
    return money(value)
