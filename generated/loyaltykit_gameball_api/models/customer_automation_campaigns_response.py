from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerAutomationCampaignsResponse")


@_attrs_define
class CustomerAutomationCampaignsResponse:
    campaigns: list[CustomerAutomationCampaignsResponseCampaignsType0Item] | None = None
    """ A list of campaigns containing automation workflows """
    count: Decimal | None = None
    """ The total number of automation campaigns available """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "campaigns",
                "count",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        campaigns: list[dict[str, Any]] | None
        if isinstance(self.campaigns, list):
            campaigns = []
            for campaigns_type_0_item_data in self.campaigns:
                campaigns_type_0_item = campaigns_type_0_item_data.to_dict()
                campaigns.append(campaigns_type_0_item)

        else:
            campaigns = self.campaigns

        count: Decimal | None
        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "campaigns": campaigns,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _campaigns_value = d.pop("campaigns", None)
        campaigns: list[CustomerAutomationCampaignsResponseCampaignsType0Item] | None
        if _campaigns_value is None or isinstance(_campaigns_value, Unset):
            campaigns = _campaigns_value
        else:
            if not isinstance(_campaigns_value, list):
                raise TypeError()
            campaigns_type_0 = []
            _campaigns_type_0 = _campaigns_value
            for campaigns_type_0_item_data in _campaigns_type_0:
                campaigns_type_0_item = CustomerAutomationCampaignsResponseCampaignsType0Item.from_dict(
                    campaigns_type_0_item_data
                )

                campaigns_type_0.append(campaigns_type_0_item)

            campaigns = campaigns_type_0

        _count_value = d.pop("count", None)
        count: Decimal | None
        if _count_value is None or isinstance(_count_value, Unset):
            count = _count_value
        else:
            if not (isinstance(_count_value, (int, float, Decimal, str)) and not isinstance(_count_value, bool)):
                raise TypeError()
            count_type_0 = to_decimal(_count_value)

            count = count_type_0

        customer_automation_campaigns_response = cls(
            campaigns=campaigns,
            count=count,
        )

        customer_automation_campaigns_response.additional_properties = d
        return customer_automation_campaigns_response

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


from ..models.customer_automation_campaigns_response_campaigns_type_0_item import (
    CustomerAutomationCampaignsResponseCampaignsType0Item,
)
