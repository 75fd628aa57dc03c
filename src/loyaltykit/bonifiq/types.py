"""Result types of the BonifiQ facade that add to the generated models."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import attrs

from .._response import RawResponse
from .._validation import require_int, require_money, require_text


@attrs.frozen
class BusinessWarning:
    """A ``Severity=Warning`` outcome: a valid 200 that is informational or non-ideal."""

    code: str | None
    code_name: str | None
    message: str | None


@attrs.frozen(repr=False)
class Redemption:
    """The result of ``bq.pos.redeem``: pass ``external_code`` to the order's ``Coupon``."""

    external_code: str
    reward_id: int | None
    original_key: str | None
    points: int | None
    external_product_id: str | None
    coupon_code: str | None
    warnings: tuple[BusinessWarning, ...]
    result: Any = attrs.field(eq=False)
    """The generated ``CouponlessRewardRedeemResponse``, with every field the server sent."""
    raw_response: RawResponse | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        return (
            f"Redemption(external_code={self.external_code!r}, reward_id={self.reward_id!r}, "
            f"points={self.points!r}, warnings={len(self.warnings)})"
        )


def _price(value: object) -> Decimal:
    return require_money("Product.price", value, allow_zero=True)


def _discount_price(value: object) -> Decimal | None:
    return None if value is None else require_money("Product.discount_price", value, allow_zero=True)


def _quantity(value: object) -> int:
    return require_int("Product.quantity", value, minimum=1)


def _sku(value: object) -> str:
    return require_text("Product.original_id", value)


@attrs.frozen
class Product:
    """A cart line, as POS calls send it (rewards/available, orders, partial cancels).

    ``price`` is the unit price; amounts are Decimal (a float is refused).
    """

    original_id: str = attrs.field(converter=_sku)
    price: Decimal = attrs.field(converter=_price)
    quantity: int = attrs.field(default=1, converter=_quantity)
    title: str | None = None
    line_id: str | None = None
    discount_price: Decimal | None = attrs.field(default=None, converter=_discount_price)

    @property
    def total(self) -> Decimal:
        return (self.discount_price if self.discount_price is not None else self.price) * self.quantity
