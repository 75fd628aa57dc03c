from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TierResponse")


@_attrs_define
class TierResponse:
    id: int | None | Unset = UNSET
    image: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    order: int | None | Unset = UNSET
    benefits: list[TierBenefitResponse] | None | Unset = UNSET
    goals: list[TierGoalResponse] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        order: int | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        benefits: list[dict[str, Any]] | None | Unset
        if isinstance(self.benefits, Unset):
            benefits = UNSET
        elif isinstance(self.benefits, list):
            benefits = []
            for benefits_type_0_item_data in self.benefits:
                benefits_type_0_item = benefits_type_0_item_data.to_dict()
                benefits.append(benefits_type_0_item)

        else:
            benefits = self.benefits

        goals: list[dict[str, Any]] | None | Unset
        if isinstance(self.goals, Unset):
            goals = UNSET
        elif isinstance(self.goals, list):
            goals = []
            for goals_type_0_item_data in self.goals:
                goals_type_0_item = goals_type_0_item_data.to_dict()
                goals.append(goals_type_0_item)

        else:
            goals = self.goals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if image is not UNSET:
            field_dict["Image"] = image
        if color is not UNSET:
            field_dict["Color"] = color
        if name is not UNSET:
            field_dict["Name"] = name
        if order is not UNSET:
            field_dict["Order"] = order
        if benefits is not UNSET:
            field_dict["Benefits"] = benefits
        if goals is not UNSET:
            field_dict["Goals"] = goals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        image: None | str | Unset = d.pop("Image", UNSET)

        color: None | str | Unset = d.pop("Color", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        order: int | None | Unset = d.pop("Order", UNSET)

        _benefits_value = d.pop("Benefits", UNSET)
        benefits: list[TierBenefitResponse] | None | Unset
        if _benefits_value is None or isinstance(_benefits_value, Unset):
            benefits = _benefits_value
        else:
            if not isinstance(_benefits_value, list):
                raise TypeError()
            benefits_type_0 = []
            _benefits_type_0 = _benefits_value
            for benefits_type_0_item_data in _benefits_type_0:
                benefits_type_0_item = TierBenefitResponse.from_dict(benefits_type_0_item_data)

                benefits_type_0.append(benefits_type_0_item)

            benefits = benefits_type_0

        _goals_value = d.pop("Goals", UNSET)
        goals: list[TierGoalResponse] | None | Unset
        if _goals_value is None or isinstance(_goals_value, Unset):
            goals = _goals_value
        else:
            if not isinstance(_goals_value, list):
                raise TypeError()
            goals_type_0 = []
            _goals_type_0 = _goals_value
            for goals_type_0_item_data in _goals_type_0:
                goals_type_0_item = TierGoalResponse.from_dict(goals_type_0_item_data)

                goals_type_0.append(goals_type_0_item)

            goals = goals_type_0

        tier_response = cls(
            id=id,
            image=image,
            color=color,
            name=name,
            order=order,
            benefits=benefits,
            goals=goals,
        )

        tier_response.additional_properties = d
        return tier_response

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


from ..models.tier_benefit_response import TierBenefitResponse
from ..models.tier_goal_response import TierGoalResponse
