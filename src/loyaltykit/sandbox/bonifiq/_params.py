"""Request values BonifiQ's operations share: path ids, dates and paging."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._clock import iso, parse_iso
from .._wire import ApiError


def int_param(value: str, name: str) -> int:
    """A path id declared int32 (RewardId): a 400 rather than a lookup that cannot match."""
    try:
        number = int(value)
    except ValueError:
        raise ApiError(400, f"{name} must be an integer", name="ValidationError") from None
    if not 0 <= number < 2**31:
        raise ApiError(400, f"{name} is out of range", name="ValidationError")
    return number


def date(value: Any, field_name: str) -> str | None:
    """An optional ISO-8601 date-time, stored in the sandbox's own fixed-width form."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(400, f"{field_name} must be a date-time", name="ValidationError")
    try:
        return iso(parse_iso(value.upper()))
    except ValueError:
        raise ApiError(400, f"{field_name} must be an ISO-8601 date-time", name="ValidationError") from None
    except OverflowError:
        # E.g. 0001-01-01T00:30:00+01:00: before year 1 in UTC, which no date-time can write.
        raise ApiError(400, f"{field_name} is out of range in UTC", name="ValidationError") from None


def paging(query: Mapping[str, str]) -> tuple[int, int]:
    """PageNumber from 1, PageSize up to 50 ("Max size is 50 items per page")."""
    try:
        number = int(query.get("PageNumber") or 1)
        size = int(query.get("PageSize") or 10)
    except ValueError:
        raise ApiError(400, "PageNumber and PageSize must be integers.", name="ValidationError") from None
    if number < 1 or not 1 <= size <= 50:
        raise ApiError(400, "PageNumber must be >= 1 and PageSize between 1 and 50.", name="ValidationError")
    return number, size
