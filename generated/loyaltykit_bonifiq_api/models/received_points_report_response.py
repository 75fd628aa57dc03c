from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="ReceivedPointsReportResponse")


@_attrs_define
class ReceivedPointsReportResponse:
    """A received-points event."""

    id: None | str | Unset = UNSET
    event_date: datetime.datetime | None | Unset = UNSET
    points: int | None | Unset = UNSET
    cashback: Decimal | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    type_: int | None | Unset = UNSET
    """ Point type (rendered as an enum; names not documented). """
    customer: CustomerResponse | None | Unset = UNSET
    notification_date: datetime.datetime | None | Unset = UNSET
    cashback_percent: Decimal | None | Unset = UNSET
    total_cashback_available: Decimal | None | Unset = UNSET
    order: None | OrderResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        event_date: None | str | Unset
        if isinstance(self.event_date, Unset):
            event_date = UNSET
        elif isinstance(self.event_date, datetime.datetime):
            event_date = self.event_date.isoformat()
        else:
            event_date = self.event_date

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        cashback: Decimal | None | Unset
        if isinstance(self.cashback, Unset):
            cashback = UNSET
        else:
            cashback = self.cashback

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CustomerResponse):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        notification_date: None | str | Unset
        if isinstance(self.notification_date, Unset):
            notification_date = UNSET
        elif isinstance(self.notification_date, datetime.datetime):
            notification_date = self.notification_date.isoformat()
        else:
            notification_date = self.notification_date

        cashback_percent: Decimal | None | Unset
        if isinstance(self.cashback_percent, Unset):
            cashback_percent = UNSET
        else:
            cashback_percent = self.cashback_percent

        total_cashback_available: Decimal | None | Unset
        if isinstance(self.total_cashback_available, Unset):
            total_cashback_available = UNSET
        else:
            total_cashback_available = self.total_cashback_available

        order: dict[str, Any] | None | Unset
        if isinstance(self.order, Unset):
            order = UNSET
        elif isinstance(self.order, OrderResponse):
            order = self.order.to_dict()
        else:
            order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if event_date is not UNSET:
            field_dict["EventDate"] = event_date
        if points is not UNSET:
            field_dict["Points"] = points
        if cashback is not UNSET:
            field_dict["Cashback"] = cashback
        if expiration_date is not UNSET:
            field_dict["ExpirationDate"] = expiration_date
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if customer is not UNSET:
            field_dict["Customer"] = customer
        if notification_date is not UNSET:
            field_dict["NotificationDate"] = notification_date
        if cashback_percent is not UNSET:
            field_dict["CashbackPercent"] = cashback_percent
        if total_cashback_available is not UNSET:
            field_dict["TotalCashbackAvailable"] = total_cashback_available
        if order is not UNSET:
            field_dict["Order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("Id", UNSET)

        def _parse_event_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            event_date_type_0 = datetime.datetime.fromisoformat(data)

            return event_date_type_0

        event_date = _parse_event_date(d.pop("EventDate", UNSET))

        points: int | None | Unset = d.pop("Points", UNSET)

        def _parse_cashback(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            cashback_type_0 = to_decimal(data)

            return cashback_type_0

        cashback = _parse_cashback(d.pop("Cashback", UNSET))

        def _parse_expiration_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            expiration_date_type_0 = datetime.datetime.fromisoformat(data)

            return expiration_date_type_0

        expiration_date = _parse_expiration_date(d.pop("ExpirationDate", UNSET))

        type_: int | None | Unset = d.pop("Type", UNSET)

        def _parse_customer(data: object) -> CustomerResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            customer_type_0 = CustomerResponse.from_dict(data)

            return customer_type_0

        customer = _parse_customer(d.pop("Customer", UNSET))

        def _parse_notification_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            notification_date_type_0 = datetime.datetime.fromisoformat(data)

            return notification_date_type_0

        notification_date = _parse_notification_date(d.pop("NotificationDate", UNSET))

        def _parse_cashback_percent(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            cashback_percent_type_0 = to_decimal(data)

            return cashback_percent_type_0

        cashback_percent = _parse_cashback_percent(d.pop("CashbackPercent", UNSET))

        def _parse_total_cashback_available(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            total_cashback_available_type_0 = to_decimal(data)

            return total_cashback_available_type_0

        total_cashback_available = _parse_total_cashback_available(d.pop("TotalCashbackAvailable", UNSET))

        def _parse_order(data: object) -> None | OrderResponse | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            order_type_0 = OrderResponse.from_dict(data)

            return order_type_0

        order = _parse_order(d.pop("Order", UNSET))

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
