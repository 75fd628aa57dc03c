from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="ReceivedPointsReportResponse")


@_attrs_define
class ReceivedPointsReportResponse:
    """A received-points event."""

    id: None | str = None
    event_date: datetime.datetime | None = None
    points: int | None = None
    cashback: Decimal | None = None
    expiration_date: datetime.datetime | None = None
    type_: int | None = None
    """ Point type (rendered as an enum; names not documented). """
    customer: CustomerResponse | None = None
    notification_date: datetime.datetime | None = None
    cashback_percent: Decimal | None = None
    total_cashback_available: Decimal | None = None
    order: None | OrderResponse = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "event_date",
                "points",
                "cashback",
                "expiration_date",
                "type_",
                "customer",
                "notification_date",
                "cashback_percent",
                "total_cashback_available",
                "order",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        event_date: None | str
        if isinstance(self.event_date, datetime.datetime):
            event_date = self.event_date.isoformat()
        else:
            event_date = self.event_date

        points: int | None
        points = self.points

        cashback: Decimal | None
        cashback = self.cashback

        expiration_date: None | str
        if isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        type_: int | None
        type_ = self.type_

        customer: dict[str, Any] | None
        if isinstance(self.customer, CustomerResponse):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        notification_date: None | str
        if isinstance(self.notification_date, datetime.datetime):
            notification_date = self.notification_date.isoformat()
        else:
            notification_date = self.notification_date

        cashback_percent: Decimal | None
        cashback_percent = self.cashback_percent

        total_cashback_available: Decimal | None
        total_cashback_available = self.total_cashback_available

        order: dict[str, Any] | None
        if isinstance(self.order, OrderResponse):
            order = self.order.to_dict()
        else:
            order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "EventDate": event_date,
                "Points": points,
                "Cashback": cashback,
                "ExpirationDate": expiration_date,
                "Type": type_,
                "Customer": customer,
                "NotificationDate": notification_date,
                "CashbackPercent": cashback_percent,
                "TotalCashbackAvailable": total_cashback_available,
                "Order": order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: None | str = d.pop("Id", None)

        _event_date_value = d.pop("EventDate", None)
        event_date: datetime.datetime | None
        if _event_date_value is None or isinstance(_event_date_value, Unset):
            event_date = _event_date_value
        else:
            if not isinstance(_event_date_value, str):
                raise TypeError()
            event_date_type_0 = datetime.datetime.fromisoformat(_event_date_value)

            event_date = event_date_type_0

        points: int | None = d.pop("Points", None)

        _cashback_value = d.pop("Cashback", None)
        cashback: Decimal | None
        if _cashback_value is None or isinstance(_cashback_value, Unset):
            cashback = _cashback_value
        else:
            if not (isinstance(_cashback_value, (int, float, Decimal, str)) and not isinstance(_cashback_value, bool)):
                raise TypeError()
            cashback_type_0 = to_decimal(_cashback_value)

            cashback = cashback_type_0

        _expiration_date_value = d.pop("ExpirationDate", None)
        expiration_date: datetime.datetime | None
        if _expiration_date_value is None or isinstance(_expiration_date_value, Unset):
            expiration_date = _expiration_date_value
        else:
            if not isinstance(_expiration_date_value, str):
                raise TypeError()
            expiration_date_type_0 = datetime.datetime.fromisoformat(_expiration_date_value)

            expiration_date = expiration_date_type_0

        type_: int | None = d.pop("Type", None)

        _customer_value = d.pop("Customer", None)
        customer: CustomerResponse | None
        if _customer_value is None or isinstance(_customer_value, Unset):
            customer = _customer_value
        else:
            if not isinstance(_customer_value, dict):
                raise TypeError()
            customer_type_0 = CustomerResponse.from_dict(_customer_value)

            customer = customer_type_0

        _notification_date_value = d.pop("NotificationDate", None)
        notification_date: datetime.datetime | None
        if _notification_date_value is None or isinstance(_notification_date_value, Unset):
            notification_date = _notification_date_value
        else:
            if not isinstance(_notification_date_value, str):
                raise TypeError()
            notification_date_type_0 = datetime.datetime.fromisoformat(_notification_date_value)

            notification_date = notification_date_type_0

        _cashback_percent_value = d.pop("CashbackPercent", None)
        cashback_percent: Decimal | None
        if _cashback_percent_value is None or isinstance(_cashback_percent_value, Unset):
            cashback_percent = _cashback_percent_value
        else:
            if not (
                isinstance(_cashback_percent_value, (int, float, Decimal, str))
                and not isinstance(_cashback_percent_value, bool)
            ):
                raise TypeError()
            cashback_percent_type_0 = to_decimal(_cashback_percent_value)

            cashback_percent = cashback_percent_type_0

        _total_cashback_available_value = d.pop("TotalCashbackAvailable", None)
        total_cashback_available: Decimal | None
        if _total_cashback_available_value is None or isinstance(_total_cashback_available_value, Unset):
            total_cashback_available = _total_cashback_available_value
        else:
            if not (
                isinstance(_total_cashback_available_value, (int, float, Decimal, str))
                and not isinstance(_total_cashback_available_value, bool)
            ):
                raise TypeError()
            total_cashback_available_type_0 = to_decimal(_total_cashback_available_value)

            total_cashback_available = total_cashback_available_type_0

        _order_value = d.pop("Order", None)
        order: None | OrderResponse
        if _order_value is None or isinstance(_order_value, Unset):
            order = _order_value
        else:
            if not isinstance(_order_value, dict):
                raise TypeError()
            order_type_0 = OrderResponse.from_dict(_order_value)

            order = order_type_0

        received_points_report_response = cls(
            id=id,
            event_date=event_date,
            points=points,
            cashback=cashback,
            expiration_date=expiration_date,
            type_=type_,
            customer=customer,
            notification_date=notification_date,
            cashback_percent=cashback_percent,
            total_cashback_available=total_cashback_available,
            order=order,
        )

        received_points_report_response.additional_properties = d
        return received_points_report_response

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


from ..models.customer_response import CustomerResponse
from ..models.order_response import OrderResponse
