from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CustomerDailyStreakProgressResponseOngoingRewardType0")


@_attrs_define
class CustomerDailyStreakProgressResponseOngoingRewardType0:
    """Details of the currently active reward tier"""

    name: None | str = None
    """ Reward name as configured in the client language settings """
    type_: None | str = None
    """ Reward type: points or coupon """
    value: None | str = None
    """ Reward value (points amount or coupon description) """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "type_",
                "value",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        type_: None | str
        type_ = self.type_

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str = d.pop("name", None)

        type_: None | str = d.pop("type", None)

        value: None | str = d.pop("value", None)

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
