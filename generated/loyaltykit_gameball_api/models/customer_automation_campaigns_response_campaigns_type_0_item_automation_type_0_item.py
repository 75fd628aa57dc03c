from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item")


@_attrs_define
class CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item:
    order: Decimal | None | Unset = UNSET
    """ The order in which this automation appears """
    name: None | str | Unset = UNSET
    """ The internal name of the automation workflow """
    is_unlocked: bool | None | Unset = UNSET
    """ Whether this automation is unlocked """
    completed: bool | None | Unset = UNSET
    """ Whether the automation has been fully completed """
    steps: (
        list[CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item] | None | Unset
    ) = UNSET
    """ List of steps involved in completing the automation. """
    completion_percentage: Decimal | None | Unset = UNSET
    """ Percentage of completion for the automation """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        order: Decimal | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        else:
            order = self.order

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_unlocked: bool | None | Unset
        if isinstance(self.is_unlocked, Unset):
            is_unlocked = UNSET
        else:
            is_unlocked = self.is_unlocked

        completed: bool | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        completion_percentage: Decimal | None | Unset
        if isinstance(self.completion_percentage, Unset):
            completion_percentage = UNSET
        else:
            completion_percentage = self.completion_percentage

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order is not UNSET:
            field_dict["order"] = order
        if name is not UNSET:
            field_dict["name"] = name
        if is_unlocked is not UNSET:
            field_dict["isUnlocked"] = is_unlocked
        if completed is not UNSET:
            field_dict["completed"] = completed
        if steps is not UNSET:
            field_dict["steps"] = steps
        if completion_percentage is not UNSET:
            field_dict["completionPercentage"] = completion_percentage

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _order_value = d.pop("order", UNSET)
        order: Decimal | None | Unset
        if _order_value is None or isinstance(_order_value, Unset):
            order = _order_value
        else:
            if not (isinstance(_order_value, (int, float, Decimal, str)) and not isinstance(_order_value, bool)):
                raise TypeError()
            order_type_0 = to_decimal(_order_value)

            order = order_type_0

        name: None | str | Unset = d.pop("name", UNSET)

        is_unlocked: bool | None | Unset = d.pop("isUnlocked", UNSET)

        completed: bool | None | Unset = d.pop("completed", UNSET)

        _steps_value = d.pop("steps", UNSET)
        steps: (
            list[CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item] | None | Unset
        )
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

        _completion_percentage_value = d.pop("completionPercentage", UNSET)
        completion_percentage: Decimal | None | Unset
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
