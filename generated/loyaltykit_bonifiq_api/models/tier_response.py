from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="TierResponse")


@_attrs_define
class TierResponse:
    id: int | None = None
    image: None | str = None
    color: None | str = None
    name: None | str = None
    order: int | None = None
    benefits: list[TierBenefitResponse] | None = None
    goals: list[TierGoalResponse] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "image",
                "color",
                "name",
                "order",
                "benefits",
                "goals",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        image: None | str
        image = self.image

        color: None | str
        color = self.color

        name: None | str
        name = self.name

        order: int | None
        order = self.order

        benefits: list[dict[str, Any]] | None
        if isinstance(self.benefits, list):
            benefits = []
            for benefits_type_0_item_data in self.benefits:
                benefits_type_0_item = benefits_type_0_item_data.to_dict()
                benefits.append(benefits_type_0_item)

        else:
            benefits = self.benefits

        goals: list[dict[str, Any]] | None
        if isinstance(self.goals, list):
            goals = []
            for goals_type_0_item_data in self.goals:
                goals_type_0_item = goals_type_0_item_data.to_dict()
                goals.append(goals_type_0_item)

        else:
            goals = self.goals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Image": image,
                "Color": color,
                "Name": name,
                "Order": order,
                "Benefits": benefits,
                "Goals": goals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        image: None | str = d.pop("Image", None)

        color: None | str = d.pop("Color", None)

        name: None | str = d.pop("Name", None)

        order: int | None = d.pop("Order", None)

        _benefits_value = d.pop("Benefits", None)
        benefits: list[TierBenefitResponse] | None
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

        _goals_value = d.pop("Goals", None)
        goals: list[TierGoalResponse] | None
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
