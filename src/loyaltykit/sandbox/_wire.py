"""What travels on the wire: exact JSON in and out, replies and vendor-neutral errors."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from loyaltykit._json import encode_json

CENTS = Decimal("0.01")
# Larger amounts are refused: they are never real and would only overflow arithmetic.
MAX_AMOUNT = Decimal("1000000000")
MAX_INT32 = 2**31 - 1


class ApiError(Exception):
    """A refusal that each vendor module renders in its own error shape.

    ``name`` is BonifiQ's CodeName or Gameball's error ``type``; ``code`` is BonifiQ's
    two-digit Code (only where documented) or Gameball's numeric code.
    """

    def __init__(self, status: int, message: str, *, name: str, code: str | int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.name = name
        self.code = code


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        return encode_json(self.body)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def decode_json(raw: bytes) -> Any:
    """Decode a request body; non-integers become Decimal and NaN/Infinity are refused."""
    return json.loads(raw, parse_float=Decimal, parse_constant=_refuse_constant)


def money(value: Any, field_name: str, *, places: Decimal = CENTS) -> Decimal:
    """A request amount as a Decimal rounded to ``places``; refuses what is not an amount."""
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise ApiError(400, f"{field_name} must be a number", name="ValidationError")
    try:
        amount = Decimal(value)
        exponent = amount.as_tuple().exponent
        # Exact digits are kept as sent; only finer-than-``places`` amounts are rounded.
        wanted = places.as_tuple().exponent
        too_fine = not isinstance(exponent, int) or not isinstance(wanted, int) or exponent < wanted
        if too_fine or abs(amount) > MAX_AMOUNT:
            amount = amount.quantize(places, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise ApiError(400, f"{field_name} is out of range", name="ValidationError") from None
    if not amount.is_finite() or abs(amount) > MAX_AMOUNT:
        raise ApiError(400, f"{field_name} is out of range", name="ValidationError")
    return amount


def whole(value: Any, field_name: str) -> int:
    """A request integer within int32, or a 400."""
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_INT32:
        raise ApiError(400, f"{field_name} must be an integer (int32)", name="ValidationError")
    return value
