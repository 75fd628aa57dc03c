from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item")


@_attrs_define
class CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item:
    type_: None | str = None
    """ The type of step, for example rewarding a badge or adding points. """
    order: Decimal | None = None
    """ The order of this step within the automation sequence. """
    completed: bool | None = None
    """ Whether this step has been completed or not. """
    configuration: (
        CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0ItemConfigurationType0 | None
    ) = None
    """ Configuration details for the step, such as badge name & icon. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "type_",
                "order",
                "completed",
                "configuration",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        type_: None | str
        type_ = self.type_

        order: Decimal | None
        order = self.order

        completed: bool | None
        completed = self.completed

        configuration: dict[str, Any] | None
        if isinstance(
            self.configuration,
            CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0ItemConfigurationType0,
        ):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "order": order,
                "completed": completed,
                "configuration": configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_: None | str = d.pop("type", None)

        _order_value = d.pop("order", None)
        order: Decimal | None
        if _order_value is None or isinstance(_order_value, Unset):
            order = _order_value
        else:
            if not (isinstance(_order_value, (int, float, Decimal, str)) and not isinstance(_order_value, bool)):
                raise TypeError()
            order_type_0 = to_decimal(_order_value)

            order = order_type_0

        completed: bool | None = d.pop("completed", None)

        _configuration_value = d.pop("configuration", None)
        configuration: (
            CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0ItemConfigurationType0
            | None
        )
        if _configuration_value is None or isinstance(_configuration_value, Unset):
            configuration = _configuration_value
        else:
            if not isinstance(_configuration_value, dict):
                raise TypeError()
            configuration_type_0 = CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0ItemConfigurationType0.from_dict(
                _configuration_value
            )

            configuration = configuration_type_0

        customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item_steps_type_0_item = cls(
            type_=type_,
            order=order,
            completed=completed,
            configuration=configuration,
        )

        customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item_steps_type_0_item.additional_properties = d
        return customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item_steps_type_0_item

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


from ..models.customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item_steps_type_0_item_configuration_type_0 import (
    CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0ItemConfigurationType0,
)
