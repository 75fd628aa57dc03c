from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0ActivationType0")


@_attrs_define
class CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0ActivationType0:
    start_date: datetime.datetime | None = None
    """ The date and time when the campaign becomes active. This value determines when customers can begin to earn
    or win rewards associated with the campaign. Example: "2024-11-01T00:00:00" indicates that the campaign starts
    on November 1, 2024. """
    end_date: datetime.datetime | None = None
    """ The date and time when the campaign ends. After this date, customers will no longer be able to earn this
    campaign. Example: "2024-11-30T23:59:59" indicates that the campaign ends on November 30, 2024, at 11:59 PM. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "start_date",
                "end_date",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        start_date: None | str
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str
        if isinstance(self.end_date, datetime.datetime):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startDate": start_date,
                "endDate": end_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _start_date_value = d.pop("startDate", None)
        start_date: datetime.datetime | None
        if _start_date_value is None or isinstance(_start_date_value, Unset):
            start_date = _start_date_value
        else:
            if not isinstance(_start_date_value, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(_start_date_value)

            start_date = start_date_type_0

        _end_date_value = d.pop("endDate", None)
        end_date: datetime.datetime | None
        if _end_date_value is None or isinstance(_end_date_value, Unset):
            end_date = _end_date_value
        else:
            if not isinstance(_end_date_value, str):
                raise TypeError()
            end_date_type_0 = datetime.datetime.fromisoformat(_end_date_value)

            end_date = end_date_type_0

        customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_activation_type_0 = cls(
            start_date=start_date,
            end_date=end_date,
        )

        customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_activation_type_0.additional_properties = d
        return customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_activation_type_0

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
