"""``loyaltykit gameball ...``."""

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
    fail_cleanly,
    parse_money,
    print_json,
    target,
    yes_no,
)
from ._context import money as shown

app = typer.Typer(help="Gameball API v4 ($GAMEBALL_API_KEY, $GAMEBALL_SECRET_KEY).", no_args_is_help=True)


@app.command()
@fail_cleanly
def balance(
    customer: str, json: JsonOption = False, sandbox: SandboxOption = False, debug: DebugOption = False
) -> None:
    """Points balance of a customer and what it is worth."""
    with target(sandbox=sandbox, debug=debug) as where, where.gameball() as gb:
        result = gb.customers.balance(customer)
    if json:
        print_json(result)
        return
    table = Table(title="Gameball balance")
    for column in ("available points", "worth", "pending"):
        table.add_column(column)
    table.add_row(
        str(result.available_points_balance), shown(result.available_points_value), str(result.pending_points)
    )
    console.print(table)


@app.command()
@fail_cleanly
def coupons(
    customer: str, json: JsonOption = False, sandbox: SandboxOption = False, debug: DebugOption = False
) -> None:
    """The customer's coupons."""
    with target(sandbox=sandbox, debug=debug) as where, where.gameball() as gb:
        found = gb.customers.coupons(customer)
    if json:
        print_json(found)
        return
    table = Table(title=f"{len(found)} coupons")
    for column in ("code", "name", "value", "usable"):
        table.add_column(column)
    for coupon in found:
        # A percentage coupon's value is a rate; so is a "Percentage-based ..." one's.
        value = amount_or_rate(coupon.value, percent=str(getattr(coupon.type_, "value", "")).startswith("Percentage"))
        table.add_row(str(coupon.code), str(coupon.name), value, yes_no(coupon.is_available_to_use))
    console.print(table)


@app.command()
@fail_cleanly
def checkout(
    customer: Annotated[str, typer.Option("--customer", help="Customer id.")],
    order: OrderOption,
    value: ValueOption,
    cashback: Annotated[
        Decimal | None, typer.Option("--cashback", parser=parse_money, help="Amount to pay with points.")
    ] = None,
    reward: Annotated[str | None, typer.Option("--reward", help="Redemption rule id.")] = None,
    otp: Annotated[bool, typer.Option("--otp", help="The account requires an OTP before holding points.")] = False,
    pin_from_sandbox: Annotated[
        bool, typer.Option("--pin-from-sandbox", help="Read the OTP from the sandbox instead of asking.")
    ] = False,
    json: JsonOption = False,
    sandbox: SandboxOption = False,
    debug: DebugOption = False,
) -> None:
    """Run a POS sale step by step: balance, OTP, hold, order."""
    with target(sandbox=sandbox, debug=debug) as where, where.gameball() as gb:
        sale = gb.pos.checkout(customer, order, value, otp_required=otp)
        checkout_command(
            where,
            "gameball",
            customer,
            sale,
            purchase=value,
            reward=reward,
            cashback=cashback,
            pin_from_sandbox=pin_from_sandbox,
            as_json=json,
        )
