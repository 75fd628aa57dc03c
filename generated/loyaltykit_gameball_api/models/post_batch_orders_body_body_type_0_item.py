from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="PostBatchOrdersBodyBodyType0Item")


@_attrs_define
class PostBatchOrdersBodyBodyType0Item:
    customer_id: None | str | Unset = UNSET
    """ Unique identifier for the customer. """
    order_id: None | str | Unset = UNSET
    """ Unique identifier for the order. """
    order_date: datetime.datetime | None | Unset = UNSET
    """ Date and time of the order. Must be in UTC (ISO 8601 format), e.g. `2024-10-16T08:13:29.290Z`. """
    total_paid: Decimal | None | Unset = UNSET
    """ Total amount paid for the order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        order_id: None | str | Unset
        if isinstance(self.order_id, Unset):
            order_id = UNSET
        else:
            order_id = self.order_id

        order_date: None | str | Unset
        if isinstance(self.order_date, Unset):
            order_date = UNSET
        elif isinstance(self.order_date, datetime.datetime):
            order_date = self.order_date.isoformat()
        else:
            order_date = self.order_date

        total_paid: Decimal | None | Unset
        if isinstance(self.total_paid, Unset):
            total_paid = UNSET
        else:
            total_paid = self.total_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if order_id is not UNSET:
            field_dict["orderId"] = order_id
        if order_date is not UNSET:
            field_dict["orderDate"] = order_date
        if total_paid is not UNSET:
            field_dict["totalPaid"] = total_paid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        order_id: None | str | Unset = d.pop("orderId", UNSET)

        _order_date_value = d.pop("orderDate", UNSET)
        order_date: datetime.datetime | None | Unset
        if _order_date_value is None or isinstance(_order_date_value, Unset):
            order_date = _order_date_value
        else:
            if not isinstance(_order_date_value, str):
                raise TypeError()
            order_date_type_0 = datetime.datetime.fromisoformat(_order_date_value)

            order_date = order_date_type_0

        _total_paid_value = d.pop("totalPaid", UNSET)
        total_paid: Decimal | None | Unset
        if _total_paid_value is None or isinstance(_total_paid_value, Unset):
            total_paid = _total_paid_value
        else:
            if not (
                isinstance(_total_paid_value, (int, float, Decimal, str)) and not isinstance(_total_paid_value, bool)
            ):
                raise TypeError()
            total_paid_type_0 = to_decimal(_total_paid_value)

            total_paid = total_paid_type_0

        post_batch_orders_body_body_type_0_item = cls(
            customer_id=customer_id,
            order_id=order_id,
            order_date=order_date,
            total_paid=total_paid,
        )

        post_batch_orders_body_body_type_0_item.additional_properties = d
        return post_batch_orders_body_body_type_0_item

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
