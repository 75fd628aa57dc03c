"""The redaction walk (issue 15): nothing loyaltykit shows carries personal data or a credential.

Real calls against the in-process sandbox (the pytest plugin's, demo seed), with the demo
customers, whose ids, e-mails, phones and CPFs are personal data, through every public result
type the facade returns (offers and their options, challenges, redemptions, sales, orders,
refunds, balance changes, pages and pagers, raw responses, outbox and reconcile reports) and every
error path (a refused argument, a sale step refused, 4xx, a 5xx whose body echoes the credentials
and the customer, a malformed body, a timeout, a dropped connection, a wrong PIN). Whatever they
render (``repr()``, ``str()``, the ``loyaltykit`` logger at DEBUG, and the command line's
``--debug`` output) must hold none of it.

The generated models (a result's ``.detail``, what generated methods such as
``bq.customers.get`` return) are walked apart: their reprs come from the model template
(``types.model_repr``), which masks personal fields by name and personal data in any text.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import timedelta
from decimal import Decimal
from typing import Any

import attrs
import httpx
import pytest
from typer.testing import CliRunner

from loyaltykit import AsyncBonifiQ, AsyncGameball, BonifiQ, Gameball, errors
from loyaltykit._response import RawResponse
from loyaltykit.bonifiq import Product
from loyaltykit.cli._app import app
from loyaltykit.sandbox import RunningSandbox
from loyaltykit.sandbox._seed import DEMO_CUSTOMERS

ANA, BRUNO, CARLA, DIEGO = "ana@example.com", "bruno@example.com", "carla@example.com", "00000000434"
GENERATED_PACKAGES = ("loyaltykit_bonifiq_api", "loyaltykit_gameball_api")


def _personal_data() -> tuple[str, ...]:
    """Every demo customer's e-mail, CPF and phone, as written and as a wire or a URL carries them."""
    found: set[str] = set()
    for customer in DEMO_CUSTOMERS:
        for email in (customer.email, customer.external_id if "@" in customer.external_id else None):
            if email:
                found |= {email, email.replace("@", "%40")}
        found.add(customer.document)
        if customer.phone:
            digits = "".join(c for c in customer.phone if c.isdigit())
            found |= {customer.phone, digits, digits[2:], customer.phone.split()[-1]}
    return tuple(sorted(found))


PERSONAL_DATA = _personal_data()


def _secrets(sandbox: RunningSandbox) -> tuple[str, ...]:
    import base64

    credentials = sandbox.credentials
    token, key = credentials.bonifiq_api_token, credentials.bonifiq_api_key
    basic = base64.b64encode(f"{token}:{key}".encode()).decode()
    return (token, key, basic, credentials.gameball_api_key, credentials.gameball_secret_key)


class Shown:
    """What the walk rendered, each piece labelled, checked at the end for leaks."""

    def __init__(self, forbidden: tuple[str, ...]) -> None:
        self.forbidden = forbidden
        self.pieces: list[tuple[str, str]] = []

    def add(self, label: str, value: Any) -> Any:
        """Render ``value`` (and, for loyaltykit's own types, what they hold) and return it."""
        self._walk(label, value, depth=0)
        return value

    def _walk(self, label: str, value: Any, depth: int) -> None:
        if depth > 4 or value is None or isinstance(value, bool | int | Decimal | str | bytes):
            return
        if type(value).__module__.split(".")[0] in GENERATED_PACKAGES:
            return  # walked by test_generated_models_show_no_personal_data
        if isinstance(value, list | tuple):  # a list's repr is its items' reprs: each is walked
            for index, item in enumerate(value):
                self._walk(f"{label}[{index}]", item, depth + 1)
            return
        self.pieces.append((label, f"{value!r}\n{value!s}"))
        if isinstance(value, RawResponse):
            return  # the raw body is the caller's escape hatch, kept whole; only its repr is shown
        if attrs.has(type(value)):
            for field in attrs.fields(type(value)):
                self._walk(f"{label}.{field.name}", getattr(value, field.name), depth + 1)
        elif isinstance(value, errors.APIError):
            self.pieces.append((f"{label}.vendor", repr(value.vendor)))
            self._walk(f"{label}.response", value.response, depth + 1)

    def raising(self, label: str, expected: type[BaseException], call: Callable[[], object]) -> BaseException:
        """Render the error ``call`` raises, which must be an ``expected``."""
        with pytest.raises(expected) as raised:
            call()
        return self.add(label, raised.value)  # type: ignore[no-any-return]

    def leaks(self, extra: Sequence[tuple[str, str]] = ()) -> list[str]:
        return [
            f"{label}: {secret!r} in {text[:300]!r}"
            for label, text in [*self.pieces, *extra]
            for secret in self.forbidden
            if secret in text
        ]


@pytest.fixture
def shown(loyaltykit_sandbox: RunningSandbox) -> Shown:
    return Shown(PERSONAL_DATA + _secrets(loyaltykit_sandbox))


@pytest.fixture
def bq(bonifiq_client: BonifiQ) -> BonifiQ:
    """The plugin's client on its sandbox (in-memory journal: the outbox works there too)."""
    return bonifiq_client


@pytest.fixture
def gb(gameball_client: Gameball) -> Gameball:
    return gameball_client


def _admin(sandbox: RunningSandbox, method: str, path: str, **body: Any) -> Any:
    response = httpx.request(method, sandbox.admin_url + path, json=body or None, timeout=10)
    response.raise_for_status()
    return response.json()


def _fault(sandbox: RunningSandbox, route: str, kind: str, **options: Any) -> None:
    _admin(sandbox, "POST", "/faults", route=route, kind=kind, **options)


def _clear_faults(sandbox: RunningSandbox) -> None:
    httpx.delete(sandbox.admin_url + "/faults", timeout=10).raise_for_status()


def _assert_clean(shown: Shown, caplog: pytest.LogCaptureFixture) -> None:
    leaks = shown.leaks([("debug log", caplog.text)])
    assert not leaks, "\n".join(leaks)
    assert shown.pieces, "the walk rendered nothing"


def test_bonifiq_results_show_no_personal_data(
    bq: BonifiQ, loyaltykit_sandbox: RunningSandbox, shown: Shown, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="loyaltykit")
    shown.add("client", bq)
    # A sale with a PIN, by e-mail: the sale, its offer and options, the challenge, the redeem, the order.
    sale = shown.add("sale", bq.pos.checkout(BRUNO, "walk-bq-1", Decimal("80.00")))
    offer = shown.add("offer", sale.rewards())
    challenge = shown.add("challenge", sale.send_challenge())
    assert challenge.sent
    pin = _admin(loyaltykit_sandbox, "GET", f"/bonifiq/customers/{BRUNO}/pin")["Pin"]
    sale.validate(pin)
    shown.add("redemption", sale.redeem(1))
    order = shown.add("order", sale.complete(total="70.00"))
    shown.add("order again", sale.complete(total="70.00"))
    shown.add("sale done", sale)
    assert offer.rewards and order.external_code
    # A sale by CPF whose customer has no contact: the challenge says what is missing.
    with bq.pos.checkout(DIEGO, "walk-bq-2", Decimal("60.00")) as by_cpf:
        shown.add("offer by CPF", by_cpf.rewards())
        shown.add("challenge without contact", by_cpf.send_challenge())
        shown.add("challenge with contact", by_cpf.send_challenge(phone="+55 11 90000-0004", email="d@example.com"))
        by_cpf.abandon()
    shown.add("abandoned", by_cpf)
    # Outside a sale: a keyed redeem, refunds, balance changes, pages, raw responses.
    shown.add("redeem", bq.pos.redeem(3, ANA, original_key="walk-r-1", value=Decimal("5.00")))
    with bq.pos.checkout(
        ANA, "walk-bq-3", Decimal("100.00"), products=[Product("SKU-100", Decimal("100.00"), 1, "Camiseta")]
    ) as cart:
        cart.rewards()
        cart.redeem(cart.offer.cashback_reward if cart.offer else 3, cashback=Decimal("10.00"))
        shown.add("order with products", cart.complete(total="90.00"))
    shown.add(
        "partial cancel",
        bq.pos.partial_cancel("walk-bq-3", Decimal("10.00"), refund_id="ret-1", products={"SKU-100": Decimal("10.00")}),
    )
    shown.add("cancel", bq.pos.cancel_order("walk-bq-1"))
    shown.add("add points", bq.customers.add_points(ANA, 10, change_key="walk-c-1", reason="walk"))
    shown.add("add points again", bq.customers.add_points(ANA, 10, change_key="walk-c-1", reason="walk"))
    shown.add("add cashback", bq.customers.add_cashback(DIEGO, Decimal("1.00"), change_key="walk-c-2", reason="walk"))
    pager = shown.add("pager", bq.customers.coupons(ANA))
    for number, page in enumerate(pager.iter_pages()):
        shown.add(f"page {number}", page)
    shown.add("history pager", bq.customers.history(DIEGO))
    shown.add("raw", bq.with_raw_response.customers.points(ANA))
    shown.add("with_options copy", bq.with_options(timeout=3))
    # Offline: an order queued, the outbox's reports, and reconcile's.
    _fault(loyaltykit_sandbox, "POST /v1/pvt/POS/orders", "status_503")
    with bq.with_options(max_retries=0).pos.checkout(ANA, "walk-bq-4", Decimal("30.00")) as offline:
        offline.rewards()
        assert shown.add("queued order", offline.complete(total="30.00", offline=True)).queued
    shown.add("outbox status", bq.outbox.status())
    _clear_faults(loyaltykit_sandbox)
    shown.add("outbox flush", bq.outbox.flush())
    shown.add("reconcile", bq.pos.reconcile(older_than=timedelta(0)))
    _assert_clean(shown, caplog)


def test_gameball_results_show_no_personal_data(
    gb: Gameball, loyaltykit_sandbox: RunningSandbox, shown: Shown, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="loyaltykit")
    shown.add("client", gb)
    sale = shown.add("sale", gb.pos.checkout(ANA, "walk-gb-1", Decimal("80.00"), otp_required=True))
    shown.add("offer", sale.rewards())
    shown.add("challenge", sale.send_challenge())
    otp = _admin(loyaltykit_sandbox, "GET", f"/gameball/customers/{ANA}/otp")["Otp"]
    sale.validate(otp)
    shown.add("sale validated", sale)
    shown.add("redemption", sale.redeem(sale.offer.cashback_reward if sale.offer else 0, cashback=Decimal("10.00")))
    shown.add("order", sale.complete(total="70.00"))
    shown.add("refund", gb.pos.refund(ANA, "walk-gb-1", Decimal("5.00"), refund_id="ret-1"))
    shown.add("refund again", gb.pos.refund(ANA, "walk-gb-1", Decimal("5.00"), refund_id="ret-1"))
    with gb.pos.checkout(CARLA, "walk-gb-2", Decimal("20.00")) as abandoned:
        shown.add("offer, few points", abandoned.rewards())
        abandoned.abandon()
    shown.add("abandoned", abandoned)
    pager = shown.add("transactions pager", gb.transactions.list(customer_id=ANA))
    for number, page in enumerate(pager.iter_pages()):
        shown.add(f"page {number}", page)
    shown.add("raw", gb.with_raw_response.customers.balance(ANA))
    _fault(loyaltykit_sandbox, "POST /api/v4.0/integrations/orders", "status_503")
    with gb.with_options(max_retries=0).pos.checkout(ANA, "walk-gb-3", Decimal("30.00")) as offline:
        offline.rewards()
        assert shown.add("queued order", offline.complete(total="30.00", offline=True)).queued
    _clear_faults(loyaltykit_sandbox)
    shown.add("outbox flush", gb.outbox.flush())
    shown.add("reconcile", gb.pos.reconcile(older_than=timedelta(0)))
    _assert_clean(shown, caplog)


async def test_async_results_show_no_personal_data(
    async_bonifiq_client: AsyncBonifiQ,
    async_gameball_client: AsyncGameball,
    shown: Shown,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # The async clients' own types: their sales and pagers; the results are the sync ones'.
    caplog.set_level(logging.DEBUG, logger="loyaltykit")
    bq, gb = shown.add("client", async_bonifiq_client), shown.add("client", async_gameball_client)
    async with bq.pos.checkout(ANA, "walk-a-1", Decimal("60.00")) as sale:
        shown.add("sale", sale)
        shown.add("offer", await sale.rewards())
        shown.add("redemption", await sale.redeem(3, cashback=Decimal("5.00")))
        shown.add("order", await sale.complete(total="55.00"))
    pager = shown.add("pager", bq.customers.coupons(ANA))
    async for page in pager.iter_pages():
        shown.add("page", page)
    shown.add("gameball pager", gb.transactions.list(customer_id=ANA))
    async with gb.pos.checkout(ANA, "walk-a-2", Decimal("60.00")) as held:
        shown.add("gameball sale", held)
        await held.rewards()
        shown.add("hold", await held.redeem(held.offer.cashback_reward if held.offer else 0, cashback=Decimal("5.00")))
        await held.abandon()
    with pytest.raises(errors.NotFoundError) as raised:
        await gb.customers.balance("zoe.walk@example.com")
    shown.add("gameball 404", raised.value)
    _assert_clean(shown, caplog)


class EchoingProxy(httpx.HTTPTransport):
    """A misconfigured proxy in front of the sandbox: for a path containing ``echo-me`` it answers
    500 quoting the request's credentials and URL (the customer's id) instead of forwarding it."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if "echo-me" not in request.url.path and b"echo-me" not in request.read():
            return super().handle_request(request)
        quoted = "; ".join(f"{name}: {value}" for name, value in request.headers.items())
        body = f"proxy error for {request.url} ({quoted}) customer {ANA} phone +55 11 90000-0001"
        return httpx.Response(500, json={"ErrorMessage": body, "message": body}, request=request)


def test_error_paths_show_no_personal_data(
    bq: BonifiQ, gb: Gameball, loyaltykit_sandbox: RunningSandbox, shown: Shown, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="loyaltykit")
    quick_bq, quick_gb = bq.with_options(max_retries=0), gb.with_options(max_retries=0)
    # Refused before anything is sent.
    shown.raising("control character", errors.InvalidArgumentError, lambda: bq.customers.points(ANA + "\x00"))
    shown.raising("too long", errors.InvalidArgumentError, lambda: gb.customers.balance("+55 11 90000-0001" * 10))
    float_amount: Any = 12.5
    shown.raising("float amount", errors.InvalidArgumentError, lambda: bq.pos.checkout(ANA, "walk-e-0", float_amount))
    # A sale's steps refused.
    with bq.pos.checkout(BRUNO, "walk-e-1", Decimal("80.00")) as sale:
        sale.rewards()
        shown.raising("validation required", errors.ValidationRequiredError, lambda: sale.redeem(1))
        sale.send_challenge()
        pin = _admin(loyaltykit_sandbox, "GET", f"/bonifiq/customers/{BRUNO}/pin")["Pin"]
        wrong = "".join(str((int(digit) + 1) % 10) for digit in pin)  # every digit wrong
        shown.raising("wrong PIN", errors.ChallengeFailedError, lambda: sale.validate(wrong))
        sale.abandon()
    shown.raising("completing an abandoned sale", errors.SaleStateError, lambda: sale.complete(total="80.00"))
    with bq.pos.checkout(CARLA, "walk-e-2", Decimal("80.00")) as poor:
        poor.rewards()
        shown.raising("reward not usable", errors.CheckoutError, lambda: poor.redeem(1))
        poor.abandon()
    shown.raising(
        "an abandoned order id", errors.SaleStateError, lambda: bq.pos.checkout(ANA, "walk-e-1", Decimal("80.00"))
    )
    # 4xx from the API, quoting the customer's id.
    shown.raising("gameball 404", errors.NotFoundError, lambda: gb.customers.balance("zoe.walk@example.com"))
    shown.raising("bonifiq unknown CPF", errors.APIStatusError, lambda: bq.customers.get("00000000999"))
    # 5xx and what the wire does wrong.
    _fault(loyaltykit_sandbox, "Customer_Points", "status_500")
    shown.raising("injected 500", errors.InternalServerError, lambda: quick_bq.customers.points(DIEGO))
    _clear_faults(loyaltykit_sandbox)
    _fault(loyaltykit_sandbox, "Customer_Points", "malformed_body")
    shown.raising("malformed body", errors.ResponseValidationError, lambda: quick_bq.customers.points(ANA))
    _clear_faults(loyaltykit_sandbox)
    _fault(loyaltykit_sandbox, "getCustomerBalance", "delay", seconds=1)
    shown.raising(
        "timeout", errors.APITimeoutError, lambda: gb.with_options(max_retries=0, timeout=0.2).customers.balance(ANA)
    )
    _clear_faults(loyaltykit_sandbox)
    _fault(loyaltykit_sandbox, "getCustomerBalance", "drop_before_commit")
    shown.raising("dropped connection", errors.APIConnectionError, lambda: quick_gb.customers.balance(ANA))
    _clear_faults(loyaltykit_sandbox)
    # A 5xx whose body echoes the credentials and the customer.
    credentials = loyaltykit_sandbox.credentials
    with httpx.Client(transport=EchoingProxy()) as http:
        behind_proxy: dict[str, Any] = {"base_url": loyaltykit_sandbox.base_url, "http_client": http, "max_retries": 0}
        echo_bq = BonifiQ(credentials.bonifiq_api_token, credentials.bonifiq_api_key, **behind_proxy)
        echo_gb = Gameball(credentials.gameball_api_key, credentials.gameball_secret_key, **behind_proxy)
        echoed = shown.raising(
            "bonifiq echoing 500", errors.InternalServerError, lambda: echo_bq.customers.points(f"echo-me-{ANA}")
        )
        assert "proxy error for" in str(echoed)  # the message still quotes the body, masked
        shown.raising(
            "gameball echoing 500", errors.InternalServerError, lambda: echo_gb.customers.balance(f"echo-me-{ANA}")
        )
        echoing_sale = echo_bq.pos.checkout(f"echo-me-{DIEGO}", "walk-e-3", Decimal("10.00"))
        shown.raising("sale step echoing 500", errors.InternalServerError, lambda: echoing_sale.rewards())
        shown.add("sale after a 500", echoing_sale)
        echo_bq.close()
        echo_gb.close()
    _assert_clean(shown, caplog)


@pytest.mark.parametrize(
    "args",
    [
        ("bonifiq", "points", DIEGO),
        ("bonifiq", "coupons", ANA),
        (
            "bonifiq",
            "checkout",
            "--customer",
            BRUNO,
            "--order",
            "walk-cli-1",
            "--value",
            "80",
            "--reward",
            "1",
            "--pin-from-sandbox",
        ),
        (
            "gameball",
            "checkout",
            "--customer",
            ANA,
            "--order",
            "walk-cli-2",
            "--value",
            "80",
            "--cashback",
            "10",
            "--otp",
            "--pin-from-sandbox",
        ),
        ("gameball", "balance", "zoe.walk@example.com"),
        (
            "bonifiq",
            "checkout",
            "--customer",
            DIEGO,
            "--order",
            "walk-cli-3",
            "--value",
            "80",
            "--reward",
            "1",
            "--pin-from-sandbox",
        ),
    ],
    ids=["points by CPF", "coupons", "bonifiq checkout", "gameball checkout", "gameball 404", "no contact"],
)
def test_cli_debug_shows_no_personal_data(args: tuple[str, ...], loyaltykit_sandbox: RunningSandbox) -> None:
    result = CliRunner().invoke(app, [*args, "--sandbox", "--debug"])
    text = result.stdout + result.stderr
    assert "→ " in text and "Traceback" not in text, text[-2000:]
    forbidden = PERSONAL_DATA + _secrets(loyaltykit_sandbox)  # the CLI's sandbox has the same default credentials
    leaks = [secret for secret in forbidden if secret in text]
    assert not leaks, f"{leaks} in {text[-3000:]}"


def test_generated_models_show_no_personal_data(
    bq: BonifiQ, gb: Gameball, shown: Shown, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[tuple[str, Any]] = [
        ("bq.customers.get", bq.customers.get(ANA)),
        ("bq.customers.points", bq.customers.points(ANA)),
        ("bq.pos.available by CPF", bq.pos.available("00000000191", Decimal("120.00"))),
        ("bq.customers.coupons", bq.customers.coupons(ANA).first_page().items[:2]),
        ("gb.customers.balance", gb.customers.balance(ANA)),
        ("gb.customers.coupons", gb.customers.coupons(ANA)),
        ("gb.transactions.list", list(gb.transactions.list(customer_id=ANA))[:2]),
    ]
    with bq.pos.checkout(ANA, "walk-g-1", Decimal("80.00")) as sale:
        offer = sale.rewards()
        seen.append(("offer.detail", offer.detail))
        seen.append(("redemption.detail", sale.redeem(1).detail))
        seen.append(("order.detail", sale.complete(total="70.00").detail))
    leaks = [
        f"{label}: {secret!r}"
        for label, value in seen
        for secret in shown.forbidden
        if secret in f"{value!r}\n{value!s}"
    ]
    assert not leaks, "\n".join(leaks)
