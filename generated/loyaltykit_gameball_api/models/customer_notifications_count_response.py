from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerNotificationsCountResponse")


@_attrs_define
class CustomerNotificationsCountResponse:
    count: Decimal | None = None
    """ The total number of notifications available for the customer in Gameball system """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("count",),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        count: Decimal | None
        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _count_value = d.pop("count", None)
        count: Decimal | None
        if _count_value is None or isinstance(_count_value, Unset):
            count = _count_value
        else:
            if not (isinstance(_count_value, (int, float, Decimal, str)) and not isinstance(_count_value, bool)):
                raise TypeError()
            count_type_0 = to_decimal(_count_value)

            count = count_type_0

        customer_notifications_count_response = cls(
            count=count,
        )

        customer_notifications_count_response.additional_properties = d
        return customer_notifications_count_response

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
