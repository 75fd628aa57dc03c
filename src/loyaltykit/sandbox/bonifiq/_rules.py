"""BonifiQ's business rules as the sandbox applies them: cashback caps, reward usability, bonus.

https://developers.bonifiq.com.br/api-reference/pos/returns-a-list-of-available-rewards-for-a-given-customer-and-purchase
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import ROUND_DOWN, Decimal
from typing import Any

from .._codes import CannotUseReason, RewardType
from .._config import SandboxConfig
from .._store import Customer, RewardConfig
from .._wire import CENTS, money, whole


def cashback_cap(config: SandboxConfig, balance: Decimal, eligible: Decimal) -> Decimal:
    """MaxCashbackForCurrentPurchase: the balance capped by the configured rule."""
    rule = config.cashback_rule
    cap = balance
    if rule.max_percent_of_purchase is not None:
        cap = min(cap, eligible * rule.max_percent_of_purchase / 100)
    if rule.min_purchase_per_cashback_unit:
        cap = min(cap, (eligible / rule.min_purchase_per_cashback_unit).to_integral_value(ROUND_DOWN))
    return max(Decimal(0), cap).quantize(CENTS, rounding=ROUND_DOWN)


def cannot_use_reason(
    config: SandboxConfig,
    reward: RewardConfig,
    customer: Customer | None,
    eligible: Decimal,
    discount: Decimal,
    cap: Decimal,
) -> CannotUseReason:
    """Why the reward cannot be used on this purchase; the first failing rule wins."""
    if customer is None:
        return CannotUseReason.NO_CUSTOMER
    if not customer.is_enrolled:
        return CannotUseReason.CUSTOMER_NOT_ENROLLED
    if reward.reward_type == RewardType.CASHBACK:
        if not config.cashback_enabled or customer.cashback <= 0:
            return CannotUseReason.CASHBACK_NOT_AVAILABLE
        if cap < config.cashback_rule.minimum_usable:
            return CannotUseReason.MINIMUM_VALUE_NOT_REACHED
        return CannotUseReason.CAN_USE
    if not reward.cumulative and discount > 0:
        return CannotUseReason.CANNOT_USE_CUMULATIVE_DISCOUNT
    if reward.min_purchase > eligible:
        return CannotUseReason.MINIMUM_VALUE_NOT_REACHED
    if reward.reward_type == RewardType.PRODUCT_DISCOUNT:
        if not reward.external_product_id:
            return CannotUseReason.PRODUCT_REWARD_INVALID_CONFIGURATION
        if (reward.product_available_quantity or 0) <= 0:
            return CannotUseReason.PRODUCT_REWARD_USAGE_LIMIT_REACHED
    if customer.points < reward.points:
        return CannotUseReason.NOT_ENOUGH_POINTS
    if reward.reward_type == RewardType.FIXED_VALUE_DISCOUNT and reward.value > eligible:
        return CannotUseReason.REWARD_VALUE_EXCEEDS_PURCHASE
    return CannotUseReason.CAN_USE


def line_value(line: Mapping[str, Any], *, where: str = "Products", price_field: str = "ProductPrice") -> Decimal:
    """A cart line's effective price (the promotional one if any) times its quantity.

    ``where`` and ``price_field`` name the list and its price in refusals: a POS cart's
    Products[].ProductPrice, a checkout's Items[].Value. No price or quantity is negative.
    """
    promotional = line.get("ProductDiscountPrice")
    if promotional is not None:
        price = money(promotional, f"{where}[].ProductDiscountPrice", non_negative=True)
    else:
        price = money(line.get(price_field, 0), f"{where}[].{price_field}", non_negative=True)
    quantity = line.get("Quantity")
    return price * (1 if quantity is None else whole(quantity, f"{where}[].Quantity", non_negative=True))


def estimated_bonus(config: SandboxConfig, total: Decimal) -> dict[str, Any]:
    """EstimatedBonus of an order: what it would earn at the configured rates."""
    points = int((total * config.earn_points_per_unit).to_integral_value(ROUND_DOWN))
    cashback = (total * config.earn_cashback_percent / 100).quantize(CENTS, rounding=ROUND_DOWN)
    formatted = f"R$ {cashback:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return {
        "GenerateBonus": points > 0 or cashback > 0,
        "EstimatedPoints": points,
        "EstimatedCashback": cashback if config.cashback_enabled else None,
        "EstimatedCashbackFormatted": formatted if config.cashback_enabled else None,
    }
