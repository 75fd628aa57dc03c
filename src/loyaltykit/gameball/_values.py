"""Moving between ``None`` (the facade's "absent") and the generated models' ``UNSET``."""

from __future__ import annotations

from typing import Any, TypeVar

from loyaltykit_gameball_api.types import UNSET, Unset

T = TypeVar("T")


def present(value: T | Unset) -> T | None:
    """The value, or None when the server did not send the field."""
    return None if isinstance(value, Unset) else value


def unset_if_none(value: Any) -> Any:
    """The value for a generated model's field, where "not sent" is ``UNSET``."""
    return UNSET if value is None else value
