"""Types of the BonifiQ facade that add to the generated models.

``Redemption`` and ``BusinessWarning`` are shared with Gameball (``loyaltykit.checkout``).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

import attrs

from .._response import RawResponse
from .._validation import optional_money, optional_text, require_int, require_money, require_text
from ..checkout import BusinessWarning, Redemption
from ..errors import InvalidArgumentError
from ._values import optional_flag

if TYPE_CHECKING:
    from loyaltykit_bonifiq_api.models.customer_points_response import CustomerPointsResponse


def _price(value: object) -> Decimal:
    return require_money("Product.price", value, allow_zero=True)


def _discount_price(value: object) -> Decimal | None:
    return optional_money("Product.discount_price", value, allow_zero=True)


def _quantity(value: object) -> int:
    return require_int("Product.quantity", value, minimum=1)


def _sku(value: object) -> str:
    return require_text("Product.original_id", value)


def _title(value: object) -> str | None:
    return optional_text("Product.title", value)


def _line_id(value: object) -> str | None:
    return optional_text("Product.line_id", value)


def _is_active(value: object) -> bool:
    flag = optional_flag("Product.is_active", value)
    if flag is None:
        raise InvalidArgumentError("Product.is_active", "must be True or False")
    return flag


@attrs.frozen
class Product:
    """A cart line, as POS calls send it (rewards/available, orders, partial cancels).

    ``price`` is the unit price; amounts are Decimal (a float is refused). ``is_active``: whether
    the product is active in the store's catalogue, which BonifiQ's contracts require on every line.
    """

    original_id: str = attrs.field(converter=_sku)
    price: Decimal = attrs.field(converter=_price)
    quantity: int = attrs.field(default=1, converter=_quantity)
    title: str | None = attrs.field(default=None, converter=_title)
    line_id: str | None = attrs.field(default=None, converter=_line_id)
    discount_price: Decimal | None = attrs.field(default=None, converter=_discount_price)
    is_active: bool = attrs.field(default=True, converter=_is_active)

    @property
    def effective_price(self) -> Decimal:
        """The unit price BonifiQ counts: the promotional price if there is one, else the list price."""
        return self.discount_price if self.discount_price is not None else self.price

    @property
    def total(self) -> Decimal:
        return self.effective_price * self.quantity


@attrs.frozen(repr=False)
class BalanceChange:
    """The result of adding or removing points or cashback with a ChangeKey."""

    customer_id: str
    kind: str
    """``"points"`` or ``"cashback"``."""
    amount: Decimal
    """Signed: negative for a removal."""
    change_key: str
    already_applied: bool = False
    """True when BonifiQ had already applied this ChangeKey: the change was not made twice."""
    detail: CustomerPointsResponse | None = attrs.field(default=None, eq=False)
    """The balance after the change (generated), as BonifiQ returned it."""
    raw_response: RawResponse | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        return f"BalanceChange(kind={self.kind!r}, amount={self.amount}, already_applied={self.already_applied})"


__all__ = ["BalanceChange", "BusinessWarning", "Product", "Redemption"]
