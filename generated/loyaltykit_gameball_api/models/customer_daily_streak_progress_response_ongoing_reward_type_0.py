from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerDailyStreakProgressResponseOngoingRewardType0")


@_attrs_define
class CustomerDailyStreakProgressResponseOngoingRewardType0:
    """Details of the currently active reward tier"""

    name: None | str | Unset = UNSET
    """ Reward name as configured in the client language settings """
    type_: None | str | Unset = UNSET
    """ Reward type: points or coupon """
    value: None | str | Unset = UNSET
    """ Reward value (points amount or coupon description) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        value: None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        value: None | str | Unset = d.pop("value", UNSET)

        customer_daily_streak_progress_response_ongoing_reward_type_0 = cls(
            name=name,
            type_=type_,
            value=value,
        )

        customer_daily_streak_progress_response_ongoing_reward_type_0.additional_properties = d
        return customer_daily_streak_progress_response_ongoing_reward_type_0

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
