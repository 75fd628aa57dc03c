from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CompleteOrderRequest")


@_attrs_define
class CompleteOrderRequest:
    """Order Complete request body"""

    order_completed_date: datetime.datetime | None | Unset = UNSET
    """ Date the order was set complete on store """
    order_status: None | str | Unset = UNSET
    """ status from the order """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "order_completed_date",
                "order_status",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        order_completed_date: None | str | Unset
        if isinstance(self.order_completed_date, Unset):
            order_completed_date = UNSET
        elif isinstance(self.order_completed_date, datetime.datetime):
            order_completed_date = self.order_completed_date.isoformat()
        else:
            order_completed_date = self.order_completed_date

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_completed_date is not UNSET:
            field_dict["OrderCompletedDate"] = order_completed_date
        if order_status is not UNSET:
            field_dict["OrderStatus"] = order_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _order_completed_date_value = d.pop("OrderCompletedDate", UNSET)
        order_completed_date: datetime.datetime | None | Unset
        if _order_completed_date_value is None or isinstance(_order_completed_date_value, Unset):
            order_completed_date = _order_completed_date_value
        else:
            if not isinstance(_order_completed_date_value, str):
                raise TypeError()
            order_completed_date_type_0 = datetime.datetime.fromisoformat(_order_completed_date_value)

            order_completed_date = order_completed_date_type_0

        order_status: None | str | Unset = d.pop("OrderStatus", UNSET)

        complete_order_request = cls(
            order_completed_date=order_completed_date,
            order_status=order_status,
        )

        complete_order_request.additional_properties = d
        return complete_order_request

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
