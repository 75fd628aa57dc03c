from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_origin import OrderOrigin
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PointDetailItem")


@_attrs_define
class PointDetailItem:
    """Represents a single point transaction detail."""

    id: int | None = None
    """ The unique identifier for the point transaction. """
    is_canceled: bool | None = None
    """ Indicates whether this history item was canceled. """
    date_received: datetime.datetime | None = None
    """ The date when the points were received or redeemed. """
    expiration_date: datetime.datetime | None = None
    """ The calculated expiration date for these points. """
    amount: int | None = None
    """ The amount of points in this transaction (positive for received, negative for redeemed). """
    cashback_amount: Decimal | None = None
    """ The amount of cashback associated with this transaction, if applicable. """
    branch_id: None | str = None
    """ The ID of the branch associated with the point transaction (if applicable, e.g., from an order). """
    branch_name: None | str = None
    """ The name of the branch associated with the point transaction (if applicable, e.g., from an order). """
    order_origin: None | OrderOrigin = None
    """ The order origin associated with the point transaction when the point comes from a purchase order. """
    order_origin_description: None | str = None
    """ Human-readable description for the order origin when the point comes from a purchase order. """
    point_type: int | None = None
    """ The type of the point transaction (e.g., Purchase, Signup, Birthday, etc.). """
    point_type_description: None | str = None
    """ Human-readable description of the point type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "is_canceled",
                "date_received",
                "expiration_date",
                "amount",
                "cashback_amount",
                "branch_id",
                "branch_name",
                "order_origin",
                "order_origin_description",
                "point_type",
                "point_type_description",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        is_canceled: bool | None
        is_canceled = self.is_canceled

        date_received: None | str
        if isinstance(self.date_received, datetime.datetime):
            date_received = self.date_received.isoformat()
        else:
            date_received = self.date_received

        expiration_date: None | str
        if isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        amount: int | None
        amount = self.amount

        cashback_amount: Decimal | None
        cashback_amount = self.cashback_amount

        branch_id: None | str
        branch_id = self.branch_id

        branch_name: None | str
        branch_name = self.branch_name

        order_origin: int | None
        if isinstance(self.order_origin, OrderOrigin):
            order_origin = self.order_origin.value
        else:
            order_origin = self.order_origin

        order_origin_description: None | str
        order_origin_description = self.order_origin_description

        point_type: int | None
        point_type = self.point_type

        point_type_description: None | str
        point_type_description = self.point_type_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "IsCanceled": is_canceled,
                "DateReceived": date_received,
                "ExpirationDate": expiration_date,
                "Amount": amount,
                "CashbackAmount": cashback_amount,
                "BranchId": branch_id,
                "BranchName": branch_name,
                "OrderOrigin": order_origin,
                "OrderOriginDescription": order_origin_description,
                "PointType": point_type,
                "PointTypeDescription": point_type_description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        is_canceled: bool | None = d.pop("IsCanceled", None)

        _date_received_value = d.pop("DateReceived", None)
        date_received: datetime.datetime | None
        if _date_received_value is None or isinstance(_date_received_value, Unset):
            date_received = _date_received_value
        else:
            if not isinstance(_date_received_value, str):
                raise TypeError()
            date_received_type_0 = datetime.datetime.fromisoformat(_date_received_value)

            date_received = date_received_type_0

        _expiration_date_value = d.pop("ExpirationDate", None)
        expiration_date: datetime.datetime | None
        if _expiration_date_value is None or isinstance(_expiration_date_value, Unset):
            expiration_date = _expiration_date_value
        else:
            if not isinstance(_expiration_date_value, str):
                raise TypeError()
            expiration_date_type_0 = datetime.datetime.fromisoformat(_expiration_date_value)

            expiration_date = expiration_date_type_0

        amount: int | None = d.pop("Amount", None)

        _cashback_amount_value = d.pop("CashbackAmount", None)
        cashback_amount: Decimal | None
        if _cashback_amount_value is None or isinstance(_cashback_amount_value, Unset):
            cashback_amount = _cashback_amount_value
        else:
            if not (
                isinstance(_cashback_amount_value, (int, float, Decimal, str))
                and not isinstance(_cashback_amount_value, bool)
            ):
                raise TypeError()
            cashback_amount_type_0 = to_decimal(_cashback_amount_value)

            cashback_amount = cashback_amount_type_0

        branch_id: None | str = d.pop("BranchId", None)

        branch_name: None | str = d.pop("BranchName", None)

        _order_origin_value = d.pop("OrderOrigin", None)
        order_origin: None | OrderOrigin
        if _order_origin_value is None or isinstance(_order_origin_value, Unset):
            order_origin = _order_origin_value
        else:
            if not isinstance(_order_origin_value, int):
                raise TypeError()
            order_origin_type_0 = OrderOrigin(_order_origin_value)

            order_origin = order_origin_type_0

        order_origin_description: None | str = d.pop("OrderOriginDescription", None)

        point_type: int | None = d.pop("PointType", None)

        point_type_description: None | str = d.pop("PointTypeDescription", None)

        point_detail_item = cls(
            id=id,
            is_canceled=is_canceled,
            date_received=date_received,
            expiration_date=expiration_date,
            amount=amount,
            cashback_amount=cashback_amount,
            branch_id=branch_id,
            branch_name=branch_name,
            order_origin=order_origin,
            order_origin_description=order_origin_description,
            point_type=point_type,
            point_type_description=point_type_description,
        )

        point_detail_item.additional_properties = d
        return point_detail_item

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
