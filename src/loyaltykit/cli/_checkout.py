"""Running a POS sale step by step and showing each step (``checkout`` commands and the demo)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from rich.console import Console
from rich.table import Table

from .._money import money
from .._sale import choose as choose_reward
from ..checkout import Checkout, Offer, RewardOption
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
            "-" if option.value is None else shown(option.value),
            "yes" if option.can_use else f"no ({option.cannot_use_reason})",
        )
    return table


def choose(offer: Offer, reward: str | None, cashback: Decimal | None) -> RewardOption | None:
    if reward is not None:
        # ASCII digits only: "\u0661".isdigit() too, and int() reads it as 1. The SDK's own choice
        # refuses a reward the offer does not have with an InvalidArgumentError.
        return choose_reward(offer, int(reward) if reward.isascii() and reward.isdigit() else reward)
    if cashback is not None:
        return offer.cashback_reward
    return None


def run_sale(
    console: Console,
    sale: Checkout,
    *,
    purchase: Decimal,
    reward: str | None,
    cashback: Decimal | None,
    pin: Callable[[], str],
) -> Decimal:
    """Rewards -> PIN (when required) -> redeem -> order; returns the net total paid."""
    with sale:
        console.rule("1. Rewards")
        offer = sale.rewards()
        console.print(rewards_table(offer))
        console.print(
            f"points {offer.available_points}  cashback {shown(offer.available_cashback)}  "
            f"max for this purchase {shown(offer.max_cashback_for_current_purchase)}  "
            f"PIN required: {'yes' if sale.validation_required else 'no'}"
        )
        if sale.validation_required:
            console.rule("2. Validation")
            challenge = sale.send_challenge()
            if challenge.needs_phone or challenge.needs_email:
                console.print("the customer has no contact on file for the PIN", style="yellow")
            code = pin()
            sale.validate(code)
            console.print("PIN accepted", style="green")
        option = choose(offer, reward, cashback)
        discount = Decimal(0)
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
    return total
