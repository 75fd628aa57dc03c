from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="TierGoalResponse")


@_attrs_define
class TierGoalResponse:
    name: None | str = None
    goal_value: Decimal | None = None
    current_value: Decimal | None = None
    percent_to_goal: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "goal_value",
                "current_value",
                "percent_to_goal",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        goal_value: Decimal | None
        goal_value = self.goal_value

        current_value: Decimal | None
        current_value = self.current_value

        percent_to_goal: Decimal | None
        percent_to_goal = self.percent_to_goal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "GoalValue": goal_value,
                "CurrentValue": current_value,
                "PercentToGoal": percent_to_goal,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str = d.pop("Name", None)

        _goal_value_value = d.pop("GoalValue", None)
        goal_value: Decimal | None
        if _goal_value_value is None or isinstance(_goal_value_value, Unset):
            goal_value = _goal_value_value
        else:
            if not (
                isinstance(_goal_value_value, (int, float, Decimal, str)) and not isinstance(_goal_value_value, bool)
            ):
                raise TypeError()
            goal_value_type_0 = to_decimal(_goal_value_value)

            goal_value = goal_value_type_0

        _current_value_value = d.pop("CurrentValue", None)
        current_value: Decimal | None
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

        _percent_to_goal_value = d.pop("PercentToGoal", None)
        percent_to_goal: Decimal | None
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
