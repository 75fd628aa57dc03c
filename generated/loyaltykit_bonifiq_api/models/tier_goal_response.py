from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="TierGoalResponse")


@_attrs_define
class TierGoalResponse:
    name: None | str | Unset = UNSET
    goal_value: Decimal | None | Unset = UNSET
    current_value: Decimal | None | Unset = UNSET
    percent_to_goal: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        goal_value: Decimal | None | Unset
        if isinstance(self.goal_value, Unset):
            goal_value = UNSET
        else:
            goal_value = self.goal_value

        current_value: Decimal | None | Unset
        if isinstance(self.current_value, Unset):
            current_value = UNSET
        else:
            current_value = self.current_value

        percent_to_goal: Decimal | None | Unset
        if isinstance(self.percent_to_goal, Unset):
            percent_to_goal = UNSET
        else:
            percent_to_goal = self.percent_to_goal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if goal_value is not UNSET:
            field_dict["GoalValue"] = goal_value
        if current_value is not UNSET:
            field_dict["CurrentValue"] = current_value
        if percent_to_goal is not UNSET:
            field_dict["PercentToGoal"] = percent_to_goal

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("Name", UNSET)

        _goal_value_value = d.pop("GoalValue", UNSET)
        goal_value: Decimal | None | Unset
        if _goal_value_value is None or isinstance(_goal_value_value, Unset):
            goal_value = _goal_value_value
        else:
            if not (
                isinstance(_goal_value_value, (int, float, Decimal, str)) and not isinstance(_goal_value_value, bool)
            ):
                raise TypeError()
            goal_value_type_0 = to_decimal(_goal_value_value)

            goal_value = goal_value_type_0

        _current_value_value = d.pop("CurrentValue", UNSET)
        current_value: Decimal | None | Unset
        if _current_value_value is None or isinstance(_current_value_value, Unset):
            current_value = _current_value_value
        else:
            if not (
                isinstance(_current_value_value, (int, float, Decimal, str))
                and not isinstance(_current_value_value, bool)
            ):
                raise TypeError()
            current_value_type_0 = to_decimal(_current_value_value)

            current_value = current_value_type_0

        _percent_to_goal_value = d.pop("PercentToGoal", UNSET)
        percent_to_goal: Decimal | None | Unset
        if _percent_to_goal_value is None or isinstance(_percent_to_goal_value, Unset):
            percent_to_goal = _percent_to_goal_value
        else:
            if not (
                isinstance(_percent_to_goal_value, (int, float, Decimal, str))
                and not isinstance(_percent_to_goal_value, bool)
            ):
                raise TypeError()
            percent_to_goal_type_0 = to_decimal(_percent_to_goal_value)

            percent_to_goal = percent_to_goal_type_0

        tier_goal_response = cls(
            name=name,
            goal_value=goal_value,
            current_value=current_value,
            percent_to_goal=percent_to_goal,
        )

        tier_goal_response.additional_properties = d
        return tier_goal_response

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
