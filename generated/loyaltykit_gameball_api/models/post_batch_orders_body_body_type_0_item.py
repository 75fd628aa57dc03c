from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr, to_decimal

T = TypeVar("T", bound="PostBatchOrdersBodyBodyType0Item")


@_attrs_define
class PostBatchOrdersBodyBodyType0Item:
    customer_id: str
    """ Unique identifier for the customer. """
    order_id: str
    """ Unique identifier for the order. """
    order_date: datetime.datetime
    """ Date and time of the order. Must be in UTC (ISO 8601 format), e.g. `2024-10-16T08:13:29.290Z`. """
    total_paid: Decimal
    """ Total amount paid for the order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "order_id",
                "order_date",
                "total_paid",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        order_id = self.order_id

        order_date = self.order_date.isoformat()

        total_paid = self.total_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "orderId": order_id,
                "orderDate": order_date,
                "totalPaid": total_paid,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        order_id = d.pop("orderId")

        order_date = datetime.datetime.fromisoformat(d.pop("orderDate"))

        total_paid = to_decimal(d.pop("totalPaid"))

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
