"""Argument checks that run before any request: each failure names the field and the rule.

The bounds are the vendors' where their specs give them (``format: int32``, ``maxLength``,
``maximum``) and loyaltykit's own, documented here, where they do not. A message never repeats
a text argument: it may be a customer's e-mail or CPF, or a secret.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, TypeVar

from ._money import CENT, MAX_AMOUNT
from ._patterns import LazyPattern
from .errors import ConfigurationError, InvalidArgumentError

# The widest integers the specs type: BonifiQ's ids, points, quantities and page numbers are all
# ``format: int32``; int64 is the widest either spec has.
INT32_MAX = 2**31 - 1
INT64_MAX = 2**63 - 1

MAX_TEXT_LENGTH = 255
"""Ids and keys (customer and order ids, OriginalKey, ChangeKey, CancelKey, SKUs...), in characters.

BonifiQ documents no length for them; 255 is the one limit its pages give a text field
(``CustomerReason``) and far more than any id, e-mail or derived key (30 characters) needs. A
longer value is refused here, not cut or refused by the server after being retried.
"""

# Lone surrogates cannot be encoded (UnicodeEncodeError deep in a send); control characters in an
# id end up in a URL path or a header-like key. One search finds either.
_BAD_TEXT = LazyPattern("(?P<control>[\x00-\x1f\x7f-\x9f])|(?P<surrogate>[\ud800-\udfff])")
_TEXT_RULES = {
    "control": "must not contain control characters",
    "surrogate": "must be valid Unicode text (it has a lone surrogate)",
}

# A numeric string as people write amounts: ASCII digits and a decimal point. ``Decimal()`` also
# takes "1_000", "1e30", " 10 " and other scripts' digits, none of which a POS means as money.
_PLAIN_NUMBER = LazyPattern(r"-?[0-9]+(?:\.[0-9]+)?", re.ASCII)


# RFC 9110: a header name is a token; a value is visible ASCII, spaces and tabs. A CR or LF would
# end the header (an injection), and httpx refuses other text only while sending, as an error
# that would be retried.
_HEADER_NAME = LazyPattern(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_HEADER_VALUE = LazyPattern(r"[\t\x20-\x7e]*")


class InvalidSettingError(InvalidArgumentError, ConfigurationError):
    """A bad client setting (base_url, timeout): an ``InvalidArgumentError`` naming the setting
    and its rule, and a ``ConfigurationError`` as bad settings always were."""


def text_rule(value: str, *, controls: bool = True) -> str | None:
    """The rule ``value`` breaks as text sent to an API, if any (``controls=False``: only encoding)."""
    if value.isprintable():
        # Control characters and surrogates are never printable; this check is a tenth of the scan.
        return None
    for match in _BAD_TEXT.compiled.finditer(value):
        if controls or match.lastgroup == "surrogate":
            return _TEXT_RULES[str(match.lastgroup)]
    return None


def require_text(field: str, value: object, *, max_length: int = MAX_TEXT_LENGTH) -> str:
    if not isinstance(value, str):
        raise InvalidArgumentError(field, f"must be a string, got {type(value).__name__}")
    if not value.strip():
        raise InvalidArgumentError(field, "must not be empty")
    if len(value) > max_length:
        raise InvalidArgumentError(field, f"must be at most {max_length} characters, got {len(value)}")
    if (rule := text_rule(value)) is not None:
        raise InvalidArgumentError(field, rule)
    return value


def optional_text(field: str, value: object, *, max_length: int = MAX_TEXT_LENGTH) -> str | None:
    return None if value is None else require_text(field, value, max_length=max_length)


M = TypeVar("M")


def require_model(field: str, value: object, model: type[M]) -> M:
    """A request model the caller built: of that class (a dict would fail inside the generated code)."""
    if not isinstance(value, model):
        raise InvalidArgumentError(field, f"must be a {model.__name__}")
    return value


def require_int(field: str, value: object, *, minimum: int | None = None, maximum: int = INT32_MAX) -> int:
    """A whole number (never a bool, float or string), by default within int32 as the specs type them."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidArgumentError(field, f"must be a whole number, got {type(value).__name__}")
    if minimum is not None and value < minimum:
        raise InvalidArgumentError(field, f"must be >= {minimum}, got {value}")
    if value > maximum:
        raise InvalidArgumentError(field, f"must be <= {maximum}, got {value}")
    return value


def require_money(field: str, value: object, *, allow_zero: bool = False) -> Decimal:
    """An amount as an exact Decimal in whole cents: Decimal, int or a plain numeric string; never a float."""
    if isinstance(value, float):
        raise InvalidArgumentError(field, "must be a decimal.Decimal, int or numeric string, not a float")
    if isinstance(value, bool) or not isinstance(value, Decimal | int | str):
        raise InvalidArgumentError(
            field, f"must be a decimal.Decimal, int or numeric string, got {type(value).__name__}"
        )
    if isinstance(value, str) and not _PLAIN_NUMBER.compiled.fullmatch(value):
        raise InvalidArgumentError(field, "must be a number written with digits and an optional decimal point")
    amount = value if isinstance(value, Decimal) else Decimal(value)
    if not amount.is_finite():
        raise InvalidArgumentError(field, "must be a finite number")
    if amount < 0 or (amount == 0 and not allow_zero):
        raise InvalidArgumentError(field, "must be >= 0" if allow_zero else "must be > 0")
    if amount > MAX_AMOUNT:
        raise InvalidArgumentError(field, f"must be <= {MAX_AMOUNT}")
    # Whole cents: a sub-cent amount would be sent as is, or rounded to another amount than asked.
    if amount != amount.quantize(CENT):
        raise InvalidArgumentError(field, "must have at most 2 decimal places (whole cents)")
    return abs(amount) if amount.is_zero() else amount  # no "-0.00" on the wire


def optional_money(field: str, value: object, *, allow_zero: bool = False) -> Decimal | None:
    return None if value is None else require_money(field, value, allow_zero=allow_zero)


def optional_discount(value: object, purchase_value: Decimal) -> Decimal | None:
    """``discount_value``: a discount on the purchase, so no more than ``purchase_value``."""
    discount = optional_money("discount_value", value, allow_zero=True)
    if discount is not None and discount > purchase_value:
        raise InvalidArgumentError("discount_value", f"must be <= purchase_value ({purchase_value})")
    return discount


def check_operation_arguments(arguments: Mapping[str, Any]) -> None:
    """``client.call``'s arguments, which the generated code would send as they are.

    Only what the wire cannot carry is refused: floats (money is Decimal), numbers that are not
    finite or beyond int64, text that cannot be encoded, and control characters in a path or query
    parameter. Bodies are walked through their ``to_dict()``.
    """
    for name, value in arguments.items():
        _check_value(name, value, top=True)


def _check_value(field: str, value: Any, *, top: bool = False) -> None:
    if isinstance(value, str):
        if (rule := text_rule(value, controls=top)) is not None:
            raise InvalidArgumentError(field, rule)
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if not -INT64_MAX - 1 <= value <= INT64_MAX:
            raise InvalidArgumentError(field, "must be within the 64-bit integer range")
    elif isinstance(value, float):
        raise InvalidArgumentError(field, "must not be a float: use decimal.Decimal")
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidArgumentError(field, "must be a finite number")
    elif isinstance(value, Mapping):
        for key, child in value.items():
            _check_value(f"{field}.{key}", child)
    elif isinstance(value, list | tuple):
        for index, child in enumerate(value):
            _check_value(f"{field}[{index}]", child)
    elif callable(getattr(value, "to_dict", None)):
        _check_value(field, value.to_dict())


def check_headers(headers: Mapping[str, object], field: str = "extra_headers") -> None:
    """Headers to send (``RequestOptions["extra_headers"]``, ``with_options(default_headers=...)``):
    names that are tokens, values of printable ASCII (never shown)."""
    if not isinstance(headers, Mapping):
        raise InvalidArgumentError(field, f"must be a mapping, got {type(headers).__name__}")
    for name, value in headers.items():
        if not isinstance(name, str) or not _HEADER_NAME.compiled.fullmatch(name):
            raise InvalidArgumentError(field, "header names must be HTTP tokens (letters, digits, -)")
        if not isinstance(value, str) or not _HEADER_VALUE.compiled.fullmatch(value):
            raise InvalidArgumentError(f"{field}.{name}", "must be a string of printable ASCII characters")
