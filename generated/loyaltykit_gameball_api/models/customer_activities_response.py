from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerActivitiesResponse")


@_attrs_define
class CustomerActivitiesResponse:
    activities: list[CustomerActivitiesResponseActivitiesType0Item] | None = None
    """ An array of activity records for the customer """
    count: Decimal | None = None
    """ The total number of activities on the current page """
    has_more: bool | None = None
    """ Whether there are additional logs to be fetched """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "activities",
                "count",
                "has_more",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        activities: list[dict[str, Any]] | None
        if isinstance(self.activities, list):
            activities = []
            for activities_type_0_item_data in self.activities:
                activities_type_0_item = activities_type_0_item_data.to_dict()
                activities.append(activities_type_0_item)

        else:
            activities = self.activities

        count: Decimal | None
        count = self.count

        has_more: bool | None
        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activities": activities,
                "count": count,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _activities_value = d.pop("activities", None)
        activities: list[CustomerActivitiesResponseActivitiesType0Item] | None
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

        _count_value = d.pop("count", None)
        count: Decimal | None
        if _count_value is None or isinstance(_count_value, Unset):
            count = _count_value
        else:
            if not (isinstance(_count_value, (int, float, Decimal, str)) and not isinstance(_count_value, bool)):
                raise TypeError()
            count_type_0 = to_decimal(_count_value)

            count = count_type_0

        has_more: bool | None = d.pop("hasMore", None)

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
