"""``loyaltykit demo`` (``make demo``): the main job, on an embedded sandbox, every step shown.

A POS sale on BonifiQ, then on Gameball: rewards, PIN validation, a redeem of cashback (points on
Gameball), the order carrying the ExternalCode / hold reference, then a partial refund, with the
customer's balances before and after and each HTTP exchange (secrets and personal data masked).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from decimal import Decimal

from rich.console import Console
from rich.panel import Panel

from ..sandbox import Credentials, SandboxConfig, start_in_thread
from ._checkout import run_sale
from ._context import Target, code_name, money, sandbox_code
from ._trace import Tracer

CUSTOMER = "ana@example.com"  # a seed customer of the sandbox: fake data only
PURCHASE = Decimal("120.00")
CASHBACK = Decimal("10.00")
REFUND = Decimal("20.00")


def _from_the_phone(console: Console, where: Target, vendor: str) -> Callable[[], str]:
    """The sale's ``pin()``: the code the sandbox sent, shown as the customer reads it out."""

    def read() -> str:
        code = sandbox_code(where, vendor, CUSTOMER)
        console.print(f"the customer reads the {code_name(vendor)} from their phone: {code}")
        return code

    return read


def _bonifiq(console: Console, where: Target) -> None:
    # This customer validates with a PIN at the POS, as BonifiQ's ShouldValidateCustomer asks.
    where.sandbox_post(f"/bonifiq/customers/{CUSTOMER}/flags", {"should_validate": True})
    with where.bonifiq() as bq:
        before = bq.customers.points(CUSTOMER)
        console.print(f"before: {before.points_balance} points, cashback {money(before.cashback_balance)}")
        sale = bq.pos.checkout(CUSTOMER, "DEMO-BQ-1", PURCHASE)
        pin = _from_the_phone(console, where, "bonifiq")
        run_sale(console, sale, purchase=PURCHASE, reward=None, cashback=CASHBACK, pin=pin)
        console.rule("5. Partial refund")
        refund = bq.pos.partial_cancel("DEMO-BQ-1", REFUND)
        console.print(f"refunded {money(refund.value)} (CancelKey {refund.key})")
        after = bq.customers.points(CUSTOMER)
        console.print(f"after: {after.points_balance} points, cashback {money(after.cashback_balance)}")


def _gameball(console: Console, where: Target) -> None:
    with where.gameball() as gb:
        before = gb.customers.balance(CUSTOMER)
        console.print(
            f"before: {before.available_points_balance} points (worth {money(before.available_points_value)})"
        )
        sale = gb.pos.checkout(CUSTOMER, "DEMO-GB-1", PURCHASE, otp_required=True)
        otp = _from_the_phone(console, where, "gameball")
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
    with (
        start_in_thread(SandboxConfig(credentials=Credentials())) as sandbox,
        contextlib.closing(Target(sandbox=sandbox, tracer=tracer)) as where,
    ):
        console.print(Panel(f"loyaltykit demo on an embedded sandbox at {sandbox.base_url}", style="bold"))
        console.print(Panel("BonifiQ: a POS sale", style="magenta"))
        _bonifiq(console, where)
        console.print(Panel("Gameball: the same sale through the same interface", style="magenta"))
        _gameball(console, where)
    console.print("[green]demo finished[/]")
    return 0
