"""Typed, bounded reading of the admin API's JSON bodies.

Every value an admin call can set ends up in arithmetic on dates or in a limit: a number out
of range there would break every later call, not just this one. So each field is read with its
type and bounds, and a refusal names the field (400).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from ._clock import parse_iso

# The sandbox's time stays within this century-wide window: far enough for any test, and
# every stored time keeps four year digits (they are compared as text).
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


class AdminInputError(ValueError):
    """A field of an admin body that is missing its type or its bounds."""

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field}: {rule}")
        self.field = field
        self.rule = rule


def only(body: Mapping[str, Any], allowed: Collection[str]) -> None:
    """Refuse fields the call does not know: a misspelt one would otherwise be ignored silently."""
    for name in body:
        if name not in allowed:
            raise AdminInputError(name, f"unknown field; expected one of {', '.join(sorted(allowed))}")


def boolean(body: Mapping[str, Any], field: str) -> bool:
    value = body[field]
    if not isinstance(value, bool):
        raise AdminInputError(field, "must be true or false")
    return value


def integer(body: Mapping[str, Any], field: str, low: int, high: int) -> int:
    value = body[field]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise AdminInputError(field, f"must be an integer between {low} and {high}")
    return value


def number(body: Mapping[str, Any], field: str, low: Decimal, high: Decimal, *, exclusive_low: bool = False) -> Decimal:
    """A JSON number within bounds (the body decoder made non-integers Decimal already)."""
    value = body[field]
    if isinstance(value, bool) or not isinstance(value, int | Decimal | float):
        raise AdminInputError(field, f"must be a number between {low} and {high}")
    amount = Decimal(value)
    too_low = amount <= low if exclusive_low else amount < low
    if not amount.is_finite() or too_low or amount > high:
        bound = f"above {low}" if exclusive_low else f"at least {low}"
        raise AdminInputError(field, f"must be a number {bound} and at most {high}")
    return amount


def choice(body: Mapping[str, Any], field: str, choices: Collection[str | None]) -> str | None:
    value = body[field]
    if value not in choices or not (value is None or isinstance(value, str)):
        shown = ", ".join("null" if c is None else repr(c) for c in choices)
        raise AdminInputError(field, f"must be one of {shown}")
    result: str | None = value
    return result


def moment(body: Mapping[str, Any], field: str) -> datetime:
    """An ISO-8601 time with its offset, within the sandbox's window."""
    value = body[field]
    try:
        parsed = parse_iso(value) if isinstance(value, str) else None
    except ValueError:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise AdminInputError(field, "must be an ISO-8601 time with an offset, e.g. 2030-01-01T00:00:00Z")
    return within_window(field, parsed)


def within_window(field: str, when: datetime) -> datetime:
    if not EARLIEST <= when < LATEST:
        raise AdminInputError(field, f"would put the sandbox's time outside {EARLIEST.year}-{LATEST.year - 1}")
    return when
