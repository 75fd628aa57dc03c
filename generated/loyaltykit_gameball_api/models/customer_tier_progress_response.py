from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerTierProgressResponse")


@_attrs_define
class CustomerTierProgressResponse:
    current: None | TierState = None
    next_: None | TierState = None
    progress: Decimal | None = None
    """ The current progress of the customer toward the next tier, reflecting their activity and engagement within
    the program. This value is calculated based on the client's chosen tiering-up method, indicating how close the
    customer is to advancing to a higher tier. Example: If the progress value is 1500 and the tiering-up method is
    total points earned, this means the customer has earned a total of 1500 points toward their next tier. Possible
    Values: Total amount spent, Total points earned, Friends referred, Orders completed, Score. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "current",
                "next_",
                "progress",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        current: dict[str, Any] | None
        if isinstance(self.current, TierState):
            current = self.current.to_dict()
        else:
            current = self.current

        next_: dict[str, Any] | None
        if isinstance(self.next_, TierState):
            next_ = self.next_.to_dict()
        else:
            next_ = self.next_

        progress: Decimal | None
        progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current": current,
                "next": next_,
                "progress": progress,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _current_value = d.pop("current", None)
        current: None | TierState
        if _current_value is None or isinstance(_current_value, Unset):
            current = _current_value
        else:
            if not isinstance(_current_value, dict):
                raise TypeError()
            current_type_0 = TierState.from_dict(_current_value)

            current = current_type_0

        _next__value = d.pop("next", None)
        next_: None | TierState
        if _next__value is None or isinstance(_next__value, Unset):
            next_ = _next__value
        else:
            if not isinstance(_next__value, dict):
                raise TypeError()
            next_type_0 = TierState.from_dict(_next__value)

            next_ = next_type_0

        _progress_value = d.pop("progress", None)
        progress: Decimal | None
        if _progress_value is None or isinstance(_progress_value, Unset):
            progress = _progress_value
        else:
            if not (isinstance(_progress_value, (int, float, Decimal, str)) and not isinstance(_progress_value, bool)):
                raise TypeError()
            progress_type_0 = to_decimal(_progress_value)

            progress = progress_type_0

        customer_tier_progress_response = cls(
            current=current,
            next_=next_,
            progress=progress,
        )

        customer_tier_progress_response.additional_properties = d
        return customer_tier_progress_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.tier_state import TierState
