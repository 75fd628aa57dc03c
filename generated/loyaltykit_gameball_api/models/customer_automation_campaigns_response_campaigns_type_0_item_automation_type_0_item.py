from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item")


@_attrs_define
class CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item:
    order: Decimal | None = None
    """ The order in which this automation appears """
    name: None | str = None
    """ The internal name of the automation workflow """
    is_unlocked: bool | None = None
    """ Whether this automation is unlocked """
    completed: bool | None = None
    """ Whether the automation has been fully completed """
    steps: list[CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item] | None = None
    """ List of steps involved in completing the automation. """
    completion_percentage: Decimal | None = None
    """ Percentage of completion for the automation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "order",
                "name",
                "is_unlocked",
                "completed",
                "steps",
                "completion_percentage",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        order: Decimal | None
        order = self.order

        name: None | str
        name = self.name

        is_unlocked: bool | None
        is_unlocked = self.is_unlocked

        completed: bool | None
        completed = self.completed

        steps: list[dict[str, Any]] | None
        if isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        completion_percentage: Decimal | None
        completion_percentage = self.completion_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "order": order,
                "name": name,
                "isUnlocked": is_unlocked,
                "completed": completed,
                "steps": steps,
                "completionPercentage": completion_percentage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _order_value = d.pop("order", None)
        order: Decimal | None
        if _order_value is None or isinstance(_order_value, Unset):
            order = _order_value
        else:
            if not (isinstance(_order_value, (int, float, Decimal, str)) and not isinstance(_order_value, bool)):
                raise TypeError()
            order_type_0 = to_decimal(_order_value)

            order = order_type_0

        name: None | str = d.pop("name", None)

        is_unlocked: bool | None = d.pop("isUnlocked", None)

        completed: bool | None = d.pop("completed", None)

        _steps_value = d.pop("steps", None)
        steps: list[CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item] | None
        if _steps_value is None or isinstance(_steps_value, Unset):
            steps = _steps_value
        else:
            if not isinstance(_steps_value, list):
                raise TypeError()
            steps_type_0 = []
            _steps_type_0 = _steps_value
            for steps_type_0_item_data in _steps_type_0:
                steps_type_0_item = (
                    CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item.from_dict(
                        steps_type_0_item_data
                    )
                )

                steps_type_0.append(steps_type_0_item)

            steps = steps_type_0

        _completion_percentage_value = d.pop("completionPercentage", None)
        completion_percentage: Decimal | None
        if _completion_percentage_value is None or isinstance(_completion_percentage_value, Unset):
            completion_percentage = _completion_percentage_value
        else:
            if not (
                isinstance(_completion_percentage_value, (int, float, Decimal, str))
                and not isinstance(_completion_percentage_value, bool)
            ):
                raise TypeError()
            completion_percentage_type_0 = to_decimal(_completion_percentage_value)

            completion_percentage = completion_percentage_type_0

        customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item = cls(
            order=order,
            name=name,
            is_unlocked=is_unlocked,
            completed=completed,
            steps=steps,
            completion_percentage=completion_percentage,
        )

        customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item.additional_properties = d
        return customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item

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


from ..models.customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item_steps_type_0_item import (
    CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item,
)
