"""A request model field from the facade's ``None`` ("absent"): ``UNSET``; BonifiQ's flags."""

from __future__ import annotations

from typing import Any

from loyaltykit_bonifiq_api.types import UNSET

from ..errors import InvalidArgumentError


def unset_if_none(value: Any) -> Any:
    """The value for a generated model's field, where "not sent" is ``UNSET``."""
    return UNSET if value is None else value


def optional_flag(field: str, value: object) -> bool | None:
    """A yes/no the caller may leave to BonifiQ (None); anything but a bool is refused, not read as truthy."""
    if value is None or isinstance(value, bool):
        return value
    raise InvalidArgumentError(field, "must be True, False or None")
