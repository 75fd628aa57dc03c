from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CancelOrderRequest")


@_attrs_define
class CancelOrderRequest:
    """Order cancel request body"""

    order_cancelled_date: datetime.datetime | None | Unset = UNSET
    """ Date when the order has been cancel. """
    order_status: None | str | Unset = UNSET
    """ Order status. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "order_cancelled_date",
                "order_status",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        order_cancelled_date: None | str | Unset
        if isinstance(self.order_cancelled_date, Unset):
            order_cancelled_date = UNSET
        elif isinstance(self.order_cancelled_date, datetime.datetime):
            order_cancelled_date = self.order_cancelled_date.isoformat()
        else:
            order_cancelled_date = self.order_cancelled_date

        order_status: None | str | Unset
        if isinstance(self.order_status, Unset):
            order_status = UNSET
        else:
            order_status = self.order_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if order_cancelled_date is not UNSET:
            field_dict["OrderCancelledDate"] = order_cancelled_date
        if order_status is not UNSET:
            field_dict["OrderStatus"] = order_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _order_cancelled_date_value = d.pop("OrderCancelledDate", UNSET)
        order_cancelled_date: datetime.datetime | None | Unset
        if _order_cancelled_date_value is None or isinstance(_order_cancelled_date_value, Unset):
            order_cancelled_date = _order_cancelled_date_value
        else:
            if not isinstance(_order_cancelled_date_value, str):
                raise TypeError()
            order_cancelled_date_type_0 = datetime.datetime.fromisoformat(_order_cancelled_date_value)

            order_cancelled_date = order_cancelled_date_type_0

        order_status: None | str | Unset = d.pop("OrderStatus", UNSET)

        cancel_order_request = cls(
            order_cancelled_date=order_cancelled_date,
            order_status=order_status,
        )

        cancel_order_request.additional_properties = d
        return cancel_order_request

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
