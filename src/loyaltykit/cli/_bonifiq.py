"""``loyaltykit bonifiq ...``."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

import typer
from rich.table import Table

from ._checkout import checkout_command
from ._context import (
    DebugOption,
    JsonOption,
    OrderOption,
    SandboxOption,
    ValueOption,
    amount_or_rate,
    console,
    errors,
    fail_cleanly,
    parse_money,
    print_json,
    target,
)
from ._context import money as shown

app = typer.Typer(help="BonifiQ Private API ($BONIFIQ_API_TOKEN, $BONIFIQ_API_KEY).", no_args_is_help=True)


@app.command()
@fail_cleanly
def points(customer: str, json: JsonOption = False, sandbox: SandboxOption = False, debug: DebugOption = False) -> None:
    """Points and cashback balance of a customer."""
    with target(sandbox=sandbox, debug=debug) as where, where.bonifiq() as bq:
        balance = bq.customers.points(customer)
    if json:
        print_json(balance)
        return
    table = Table(title="BonifiQ balance")
    table.add_column("points")
    table.add_column("cashback")
    table.add_row(str(balance.points_balance), shown(balance.cashback_balance))
    console.print(table)


@app.command()
@fail_cleanly
def coupons(
    customer: str, json: JsonOption = False, sandbox: SandboxOption = False, debug: DebugOption = False
) -> None:
    """Every unused coupon of a customer, across all pages."""
    found = []
    with (
        target(sandbox=sandbox, debug=debug) as where,
        where.bonifiq() as bq,
        errors.status("fetching coupons…") as status,
    ):
        for page in bq.customers.coupons(customer).iter_pages():
            found.extend(page.items)
            status.update(f"fetched {len(found)} of {page.total} coupons…")
    if json:
        print_json(found)
        return
    table = Table(title=f"{len(found)} coupons")
    for column in ("code", "type", "value", "valid until"):
        table.add_column(column)
    for coupon in found:
        kind = getattr(coupon.coupon_type, "name", "-")
        value = amount_or_rate(coupon.coupon_value, percent=kind == "PERCENT")
        table.add_row(str(coupon.coupon_code), kind, value, str(coupon.valid_date_end))
    console.print(table)


@app.command()
@fail_cleanly
def checkout(
    customer: Annotated[str, typer.Option("--customer", help="Customer id (e-mail or CPF).")],
    order: OrderOption,
    value: ValueOption,
    reward: Annotated[str | None, typer.Option("--reward", help="Reward id to redeem.")] = None,
    cashback: Annotated[Decimal | None, typer.Option("--cashback", parser=parse_money, help="Cashback to use.")] = None,
    pin_from_sandbox: Annotated[
        bool, typer.Option("--pin-from-sandbox", help="Read the PIN from the sandbox instead of asking.")
    ] = False,
    json: JsonOption = False,
    sandbox: SandboxOption = False,
    debug: DebugOption = False,
) -> None:
    """Run a POS sale step by step: rewards, PIN, redeem, order."""
    with target(sandbox=sandbox, debug=debug) as where, where.bonifiq() as bq:
        sale = bq.pos.checkout(customer, order, value)
        checkout_command(
            where,
            "bonifiq",
            customer,
            sale,
            purchase=value,
            reward=reward,
            cashback=cashback,
            pin_from_sandbox=pin_from_sandbox,
            as_json=json,
        )
