"""Running a POS sale step by step and showing each step (``checkout`` commands and the demo)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import attrs
from rich.console import Console
from rich.table import Table

from .._money import money
from .._sale import choose as choose_reward
from ..checkout import Checkout, CompletedOrder, Offer, Redemption, RewardKind, RewardOption
from ..errors import InvalidArgumentError
from ._context import Target, amount_or_rate, code_reader, console, errors, print_json
from ._context import money as shown


def rewards_table(offer: Offer) -> Table:
    table = Table(title="Rewards", show_lines=False)
    for column in ("id", "reward", "kind", "points", "value", "can use"):
        table.add_column(column)
    for option in offer.rewards:
        table.add_row(
            str(option.id),
            option.title or "",
            option.kind.value,
            "-" if option.points is None else str(option.points),
            amount_or_rate(option.value, percent=option.kind is RewardKind.PERCENT),
            "yes" if option.can_use else f"no ({option.cannot_use_reason})",
        )
    return table


def choose(offer: Offer, reward: str | None, cashback: Decimal | None) -> RewardOption | None:
    """The option the cashier asked for; what cannot be done is refused before the PIN is sent."""
    if reward is not None:
        # ASCII digits only: "\u0661".isdigit() too, and int() reads it as 1. The SDK's own choice
        # refuses a reward the offer does not have with an InvalidArgumentError.
        option = choose_reward(offer, int(reward) if reward.isascii() and reward.isdigit() else reward)
        if cashback is not None and not option.is_cashback:
            raise InvalidArgumentError("--cashback", f"reward {option.id} is not a cashback reward")
        return option
    if cashback is None:
        return None
    usable = offer.cashback_reward
    if usable is None:
        # Completing the sale without it would charge the customer the full price, silently.
        raise InvalidArgumentError("--cashback", "the customer has no cashback usable on this purchase")
    return usable


@attrs.frozen
class SaleSummary:
    """What a sale did, for ``--json``: the offer, the redeem (if any), the order, and the amounts."""

    purchase: Decimal
    discount: Decimal
    total: Decimal
    offer: Offer
    redemption: Redemption | None
    order: CompletedOrder


def run_sale(
    console: Console,
    sale: Checkout,
    *,
    purchase: Decimal,
    reward: str | None,
    cashback: Decimal | None,
    pin: Callable[[], str],
) -> SaleSummary:
    """Rewards -> PIN (when required) -> redeem -> order."""
    with sale:
        console.rule("1. Rewards")
        offer = sale.rewards()
        console.print(rewards_table(offer))
        console.print(
            f"points {offer.available_points}  cashback {shown(offer.available_cashback)}  "
            f"max for this purchase {shown(offer.max_cashback_for_current_purchase)}  "
            f"PIN required: {'yes' if sale.validation_required else 'no'}"
        )
        option = choose(offer, reward, cashback)
        if sale.validation_required:
            console.rule("2. Validation")
            challenge = sale.send_challenge()
            if challenge.needs_phone or challenge.needs_email:
                console.print("the customer has no contact on file for the PIN", style="yellow")
            code = pin()
            sale.validate(code)
            console.print("PIN accepted", style="green")
        discount = Decimal(0)
        redemption = None
        if option is not None:
            console.rule("3. Redeem")
            redemption = sale.redeem(option, cashback=cashback if option.is_cashback else None)
            discount = option.discount_on(purchase, cashback)
            console.print(
                f"redeemed {option.title!r}: external code [bold]{redemption.external_code}[/] "
                f"(discount {shown(discount)})"
            )
        console.rule("4. Order")
        total = money(purchase - discount)
        order = sale.complete(total=total)
        console.print(f"order {order.order_id} paid {shown(total)}, linked to {order.external_code or 'no redeem'}")
    return SaleSummary(purchase, discount, total, offer, redemption, order)


def checkout_command(
    where: Target,
    vendor: str,
    customer: str,
    sale: Checkout,
    *,
    purchase: Decimal,
    reward: str | None,
    cashback: Decimal | None,
    pin_from_sandbox: bool,
    as_json: bool,
) -> None:
    """A vendor's ``checkout`` command: the steps on stdout, or with ``--json`` on stderr and the summary on stdout."""
    shown_on = errors if as_json else console
    pin = code_reader(where, vendor, customer, from_sandbox=pin_from_sandbox, shown_on=shown_on)
    summary = run_sale(shown_on, sale, purchase=purchase, reward=reward, cashback=cashback, pin=pin)
    if as_json:
        print_json(summary)
