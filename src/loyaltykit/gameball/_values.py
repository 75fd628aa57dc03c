"""A request model field from the facade's ``None`` ("absent"): ``UNSET``."""

from __future__ import annotations

from typing import Any

from loyaltykit_gameball_api.types import UNSET


def unset_if_none(value: Any) -> Any:
    """The value for a generated model's field, where "not sent" is ``UNSET``."""
    return UNSET if value is None else value
