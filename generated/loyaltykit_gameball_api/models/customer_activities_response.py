from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerActivitiesResponse")


@_attrs_define
class CustomerActivitiesResponse:
    activities: list[CustomerActivitiesResponseActivitiesType0Item] | None | Unset = UNSET
    """ An array of activity records for the customer """
    count: Decimal | None | Unset = UNSET
    """ The total number of activities on the current page """
    has_more: bool | None | Unset = UNSET
    """ Whether there are additional logs to be fetched """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activities: list[dict[str, Any]] | None | Unset
        if isinstance(self.activities, Unset):
            activities = UNSET
        elif isinstance(self.activities, list):
            activities = []
            for activities_type_0_item_data in self.activities:
                activities_type_0_item = activities_type_0_item_data.to_dict()
                activities.append(activities_type_0_item)

        else:
            activities = self.activities

        count: Decimal | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activities is not UNSET:
            field_dict["activities"] = activities
        if count is not UNSET:
            field_dict["count"] = count
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _activities_value = d.pop("activities", UNSET)
        activities: list[CustomerActivitiesResponseActivitiesType0Item] | None | Unset
        if _activities_value is None or isinstance(_activities_value, Unset):
            activities = _activities_value
        else:
            if not isinstance(_activities_value, list):
                raise TypeError()
            activities_type_0 = []
            _activities_type_0 = _activities_value
            for activities_type_0_item_data in _activities_type_0:
                activities_type_0_item = CustomerActivitiesResponseActivitiesType0Item.from_dict(
                    activities_type_0_item_data
                )

                activities_type_0.append(activities_type_0_item)

            activities = activities_type_0

        _count_value = d.pop("count", UNSET)
        count: Decimal | None | Unset
        if _count_value is None or isinstance(_count_value, Unset):
            count = _count_value
        else:
            if not (isinstance(_count_value, (int, float, Decimal, str)) and not isinstance(_count_value, bool)):
                raise TypeError()
            count_type_0 = to_decimal(_count_value)

            count = count_type_0

        has_more: bool | None | Unset = d.pop("hasMore", UNSET)

        customer_activities_response = cls(
            activities=activities,
            count=count,
            has_more=has_more,
        )

        customer_activities_response.additional_properties = d
        return customer_activities_response

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


from ..models.customer_activities_response_activities_type_0_item import CustomerActivitiesResponseActivitiesType0Item
