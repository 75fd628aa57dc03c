"""Argument checks that run before any request: each failure names the field and the rule."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from .errors import InvalidArgumentError


def require_text(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise InvalidArgumentError(field, f"must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InvalidArgumentError(field, "must not be empty")
    return value


def optional_text(field: str, value: object) -> str | None:
    return None if value is None else require_text(field, value)


def require_int(field: str, value: object, *, minimum: int | None = None, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(field, f"must be a whole number, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise InvalidArgumentError(field, f"must be >= {minimum}, got {value}")
    if maximum is not None and value > maximum:
        raise InvalidArgumentError(field, f"must be <= {maximum}, got {value}")
    return value


def require_money(field: str, value: object, *, allow_zero: bool = False) -> Decimal:
    """An amount as an exact Decimal: Decimal, int or a numeric string; never a float."""
    if isinstance(value, float):
        raise InvalidArgumentError(field, "must be a decimal.Decimal, int or numeric string, not a float")
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise InvalidArgumentError(
            field, f"must be a decimal.Decimal, int or numeric string, got {type(value).__name__}"
        )
    try:
        amount = value if isinstance(value, Decimal) else Decimal(value)
    except InvalidOperation:
        raise InvalidArgumentError(field, f"must be a number, got {value!r}") from None
    if not amount.is_finite():
        raise InvalidArgumentError(field, "must be a finite number")
    if amount < 0 or (amount == 0 and not allow_zero):
        raise InvalidArgumentError(field, "must be >= 0" if allow_zero else "must be > 0")
    return amount


def optional_money(field: str, value: object, *, allow_zero: bool = False) -> Decimal | None:
    return None if value is None else require_money(field, value, allow_zero=allow_zero)
