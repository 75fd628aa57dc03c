from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_origin import OrderOrigin
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="PointDetailItem")


@_attrs_define
class PointDetailItem:
    """Represents a single point transaction detail."""

    id: int | None | Unset = UNSET
    """ The unique identifier for the point transaction. """
    is_canceled: bool | None | Unset = UNSET
    """ Indicates whether this history item was canceled. """
    date_received: datetime.datetime | None | Unset = UNSET
    """ The date when the points were received or redeemed. """
    expiration_date: datetime.datetime | None | Unset = UNSET
    """ The calculated expiration date for these points. """
    amount: int | None | Unset = UNSET
    """ The amount of points in this transaction (positive for received, negative for redeemed). """
    cashback_amount: Decimal | None | Unset = UNSET
    """ The amount of cashback associated with this transaction, if applicable. """
    branch_id: None | str | Unset = UNSET
    """ The ID of the branch associated with the point transaction (if applicable, e.g., from an order). """
    branch_name: None | str | Unset = UNSET
    """ The name of the branch associated with the point transaction (if applicable, e.g., from an order). """
    order_origin: None | OrderOrigin | Unset = UNSET
    """ The order origin associated with the point transaction when the point comes from a purchase order. """
    order_origin_description: None | str | Unset = UNSET
    """ Human-readable description for the order origin when the point comes from a purchase order. """
    point_type: int | None | Unset = UNSET
    """ The type of the point transaction (e.g., Purchase, Signup, Birthday, etc.). """
    point_type_description: None | str | Unset = UNSET
    """ Human-readable description of the point type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        is_canceled: bool | None | Unset
        if isinstance(self.is_canceled, Unset):
            is_canceled = UNSET
        else:
            is_canceled = self.is_canceled

        date_received: None | str | Unset
        if isinstance(self.date_received, Unset):
            date_received = UNSET
        elif isinstance(self.date_received, datetime.datetime):
            date_received = self.date_received.isoformat()
        else:
            date_received = self.date_received

        expiration_date: None | str | Unset
        if isinstance(self.expiration_date, Unset):
            expiration_date = UNSET
        elif isinstance(self.expiration_date, datetime.datetime):
            expiration_date = self.expiration_date.isoformat()
        else:
            expiration_date = self.expiration_date

        amount: int | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        cashback_amount: Decimal | None | Unset
        if isinstance(self.cashback_amount, Unset):
            cashback_amount = UNSET
        else:
            cashback_amount = self.cashback_amount

        branch_id: None | str | Unset
        if isinstance(self.branch_id, Unset):
            branch_id = UNSET
        else:
            branch_id = self.branch_id

        branch_name: None | str | Unset
        if isinstance(self.branch_name, Unset):
            branch_name = UNSET
        else:
            branch_name = self.branch_name

        order_origin: int | None | Unset
        if isinstance(self.order_origin, Unset):
            order_origin = UNSET
        elif isinstance(self.order_origin, OrderOrigin):
            order_origin = self.order_origin.value
        else:
            order_origin = self.order_origin

        order_origin_description: None | str | Unset
        if isinstance(self.order_origin_description, Unset):
            order_origin_description = UNSET
        else:
            order_origin_description = self.order_origin_description

        point_type: int | None | Unset
        if isinstance(self.point_type, Unset):
            point_type = UNSET
        else:
            point_type = self.point_type

        point_type_description: None | str | Unset
        if isinstance(self.point_type_description, Unset):
            point_type_description = UNSET
        else:
            point_type_description = self.point_type_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if is_canceled is not UNSET:
            field_dict["IsCanceled"] = is_canceled
        if date_received is not UNSET:
            field_dict["DateReceived"] = date_received
        if expiration_date is not UNSET:
            field_dict["ExpirationDate"] = expiration_date
        if amount is not UNSET:
            field_dict["Amount"] = amount
        if cashback_amount is not UNSET:
            field_dict["CashbackAmount"] = cashback_amount
        if branch_id is not UNSET:
            field_dict["BranchId"] = branch_id
        if branch_name is not UNSET:
            field_dict["BranchName"] = branch_name
        if order_origin is not UNSET:
            field_dict["OrderOrigin"] = order_origin
        if order_origin_description is not UNSET:
            field_dict["OrderOriginDescription"] = order_origin_description
        if point_type is not UNSET:
            field_dict["PointType"] = point_type
        if point_type_description is not UNSET:
            field_dict["PointTypeDescription"] = point_type_description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        is_canceled: bool | None | Unset = d.pop("IsCanceled", UNSET)

        _date_received_value = d.pop("DateReceived", UNSET)
        date_received: datetime.datetime | None | Unset
        if _date_received_value is None or isinstance(_date_received_value, Unset):
            date_received = _date_received_value
        else:
            if not isinstance(_date_received_value, str):
                raise TypeError()
            date_received_type_0 = datetime.datetime.fromisoformat(_date_received_value)

            date_received = date_received_type_0

        _expiration_date_value = d.pop("ExpirationDate", UNSET)
        expiration_date: datetime.datetime | None | Unset
        if _expiration_date_value is None or isinstance(_expiration_date_value, Unset):
            expiration_date = _expiration_date_value
        else:
            if not isinstance(_expiration_date_value, str):
                raise TypeError()
            expiration_date_type_0 = datetime.datetime.fromisoformat(_expiration_date_value)

            expiration_date = expiration_date_type_0

        amount: int | None | Unset = d.pop("Amount", UNSET)

        _cashback_amount_value = d.pop("CashbackAmount", UNSET)
        cashback_amount: Decimal | None | Unset
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

        branch_id: None | str | Unset = d.pop("BranchId", UNSET)

        branch_name: None | str | Unset = d.pop("BranchName", UNSET)

        _order_origin_value = d.pop("OrderOrigin", UNSET)
        order_origin: None | OrderOrigin | Unset
        if _order_origin_value is None or isinstance(_order_origin_value, Unset):
            order_origin = _order_origin_value
        else:
            if not isinstance(_order_origin_value, int):
                raise TypeError()
            order_origin_type_0 = OrderOrigin(_order_origin_value)

            order_origin = order_origin_type_0

        order_origin_description: None | str | Unset = d.pop("OrderOriginDescription", UNSET)

        point_type: int | None | Unset = d.pop("PointType", UNSET)

        point_type_description: None | str | Unset = d.pop("PointTypeDescription", UNSET)

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
