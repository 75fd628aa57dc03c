"""``loyaltykit demo`` (``make demo``): the main job, on an embedded sandbox, every step shown.

A POS sale on BonifiQ, then on Gameball: rewards, PIN validation, a redeem of cashback (points on
Gameball), the order carrying the ExternalCode / hold reference, then a partial refund, with the
customer's balances before and after and each HTTP exchange (secrets and personal data masked).
"""

from __future__ import annotations

from decimal import Decimal

import httpx
from rich.console import Console
from rich.panel import Panel

from .. import BonifiQ, Gameball
from ..sandbox import Credentials, RunningSandbox, SandboxConfig, start_in_thread
from ._checkout import run_sale
from ._context import money
from ._trace import Tracer

CUSTOMER = "ana@example.com"  # a seed customer of the sandbox: fake data only
PURCHASE = Decimal("120.00")
CASHBACK = Decimal("10.00")
REFUND = Decimal("20.00")


def _admin(sandbox: RunningSandbox, path: str, body: dict[str, object] | None = None) -> dict[str, object]:
    url = sandbox.admin_url + path
    response = httpx.post(url, json=body, timeout=10) if body is not None else httpx.get(url, timeout=10)
    return dict(response.raise_for_status().json())


def _bonifiq(console: Console, sandbox: RunningSandbox, tracer: Tracer) -> None:
    credentials = sandbox.credentials
    # This customer validates with a PIN at the POS, as BonifiQ's ShouldValidateCustomer asks.
    _admin(sandbox, f"/bonifiq/customers/{CUSTOMER}/flags", {"should_validate": True})
    http = httpx.Client(event_hooks=tracer.hooks(), timeout=30)
    with BonifiQ(
        credentials.bonifiq_api_token, credentials.bonifiq_api_key, base_url=sandbox.base_url, http_client=http
    ) as bq:
        before = bq.customers.points(CUSTOMER)
        console.print(f"before: {before.points_balance} points, cashback {money(before.cashback_balance)}")
        sale = bq.pos.checkout(CUSTOMER, "DEMO-BQ-1", PURCHASE)

        def pin() -> str:
            code = str(_admin(sandbox, f"/bonifiq/customers/{CUSTOMER}/pin")["Pin"])
            console.print(f"the customer reads the PIN from their phone: {code}")
            return code

        run_sale(console, sale, purchase=PURCHASE, reward=None, cashback=CASHBACK, pin=pin)
        console.rule("5. Partial refund")
        refund = bq.pos.partial_cancel("DEMO-BQ-1", REFUND)
        console.print(f"refunded {money(refund.value)} (CancelKey {refund.key})")
        after = bq.customers.points(CUSTOMER)
        console.print(f"after: {after.points_balance} points, cashback {money(after.cashback_balance)}")


def _gameball(console: Console, sandbox: RunningSandbox, tracer: Tracer) -> None:
    credentials = sandbox.credentials
    http = httpx.Client(event_hooks=tracer.hooks(), timeout=30)
    with Gameball(
        credentials.gameball_api_key, credentials.gameball_secret_key, base_url=sandbox.base_url, http_client=http
    ) as gb:
        before = gb.customers.balance(CUSTOMER)
        console.print(
            f"before: {before.available_points_balance} points (worth {money(before.available_points_value)})"
        )
        sale = gb.pos.checkout(CUSTOMER, "DEMO-GB-1", PURCHASE, otp_required=True)

        def otp() -> str:
            code = str(_admin(sandbox, f"/gameball/customers/{CUSTOMER}/otp")["Otp"])
            console.print(f"the customer reads the OTP from their phone: {code}")
            return code

        run_sale(console, sale, purchase=PURCHASE, reward=None, cashback=CASHBACK, pin=otp)
        console.rule("5. Partial refund")
        refund = gb.pos.refund(CUSTOMER, "DEMO-GB-1", REFUND)
        console.print(f"refunded {money(refund.value)} (refundTransactionId {refund.key})")
        after = gb.customers.balance(CUSTOMER)
        worth = money(after.available_points_value)
        console.print(f"after: {after.available_points_balance} points (worth {worth})")


def run_demo() -> int:
    console = Console(highlight=False)
    tracer = Tracer(console, headers=False)
    with start_in_thread(SandboxConfig(credentials=Credentials())) as sandbox:
        console.print(Panel(f"loyaltykit demo on an embedded sandbox at {sandbox.base_url}", style="bold"))
        console.print(Panel("BonifiQ: a POS sale", style="magenta"))
        _bonifiq(console, sandbox, tracer)
        console.print(Panel("Gameball: the same sale through the same interface", style="magenta"))
        _gameball(console, sandbox, tracer)
    console.print("[green]demo finished[/]")
    return 0
