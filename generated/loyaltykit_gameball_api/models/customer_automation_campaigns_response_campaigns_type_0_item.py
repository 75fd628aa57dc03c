from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerAutomationCampaignsResponseCampaignsType0Item")


@_attrs_define
class CustomerAutomationCampaignsResponseCampaignsType0Item:
    automation: list[CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item] | None = None
    """ A list of automation workflows within a campaign """
    automation_count: Decimal | None = None
    """ Total number of automations available within this campaign """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "automation",
                "automation_count",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        automation: list[dict[str, Any]] | None
        if isinstance(self.automation, list):
            automation = []
            for automation_type_0_item_data in self.automation:
                automation_type_0_item = automation_type_0_item_data.to_dict()
                automation.append(automation_type_0_item)

        else:
            automation = self.automation

        automation_count: Decimal | None
        automation_count = self.automation_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "automation": automation,
                "automationCount": automation_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _automation_value = d.pop("automation", None)
        automation: list[CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item] | None
        if _automation_value is None or isinstance(_automation_value, Unset):
            automation = _automation_value
        else:
            if not isinstance(_automation_value, list):
                raise TypeError()
            automation_type_0 = []
            _automation_type_0 = _automation_value
            for automation_type_0_item_data in _automation_type_0:
                automation_type_0_item = (
                    CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item.from_dict(
                        automation_type_0_item_data
                    )
                )

                automation_type_0.append(automation_type_0_item)

            automation = automation_type_0

        _automation_count_value = d.pop("automationCount", None)
        automation_count: Decimal | None
        if _automation_count_value is None or isinstance(_automation_count_value, Unset):
            automation_count = _automation_count_value
        else:
            if not (
                isinstance(_automation_count_value, (int, float, Decimal, str))
                and not isinstance(_automation_count_value, bool)
            ):
                raise TypeError()
            automation_count_type_0 = to_decimal(_automation_count_value)

            automation_count = automation_count_type_0

        customer_automation_campaigns_response_campaigns_type_0_item = cls(
            automation=automation,
            automation_count=automation_count,
        )

        customer_automation_campaigns_response_campaigns_type_0_item.additional_properties = d
        return customer_automation_campaigns_response_campaigns_type_0_item

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


from ..models.customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item import (
    CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item,
)
