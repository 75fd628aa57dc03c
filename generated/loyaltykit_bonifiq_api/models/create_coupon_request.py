from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_type import CouponType
from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CreateCouponRequest")


@_attrs_define
class CreateCouponRequest:
    """Create Coupon Request model"""

    original_id: None | str | Unset = UNSET
    """ Id from the client store. """
    coupon_code: None | str | Unset = UNSET
    """ Coupon Code. """
    created_date: datetime.datetime | None | Unset = UNSET
    """ Date of creation of this coupon. """
    coupon_type: CouponType | None | Unset = UNSET
    """ If 0 = Coupon is absolute value (eg R$10.00), 1 = the Coupon has a percentage value (Ex: 10%), 2 = its a
    free shipping Coupon, 3 = its a shipping discount Coupon. """
    is_used: bool | None | Unset = UNSET
    """ If true, the coupon was already being used in a purchase. """
    coupon_value: Decimal | None | Unset = UNSET
    """ Coupon Discount Value """
    valid_date_start: datetime.datetime | None | Unset = UNSET
    """ Coupon validity start date """
    valid_date_end: datetime.datetime | None | Unset = UNSET
    """ Coupon expiration date """
    customer_id: None | str | Unset = UNSET
    """ Id of the customer receiving the coupon. """
    customer: CreateCustomerRequest | None | Unset = UNSET
    """ Customer data. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_id",
                "coupon_code",
                "created_date",
                "coupon_type",
                "is_used",
                "coupon_value",
                "valid_date_start",
                "valid_date_end",
                "customer_id",
                "customer",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        coupon_code: None | str | Unset
        if isinstance(self.coupon_code, Unset):
            coupon_code = UNSET
        else:
            coupon_code = self.coupon_code

        created_date: None | str | Unset
        if isinstance(self.created_date, Unset):
            created_date = UNSET
        elif isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        coupon_type: int | None | Unset
        if isinstance(self.coupon_type, Unset):
            coupon_type = UNSET
        elif isinstance(self.coupon_type, CouponType):
            coupon_type = self.coupon_type.value
        else:
            coupon_type = self.coupon_type

        is_used: bool | None | Unset
        if isinstance(self.is_used, Unset):
            is_used = UNSET
        else:
            is_used = self.is_used

        coupon_value: Decimal | None | Unset
        if isinstance(self.coupon_value, Unset):
            coupon_value = UNSET
        else:
            coupon_value = self.coupon_value

        valid_date_start: None | str | Unset
        if isinstance(self.valid_date_start, Unset):
            valid_date_start = UNSET
        elif isinstance(self.valid_date_start, datetime.datetime):
            valid_date_start = self.valid_date_start.isoformat()
        else:
            valid_date_start = self.valid_date_start

        valid_date_end: None | str | Unset
        if isinstance(self.valid_date_end, Unset):
            valid_date_end = UNSET
        elif isinstance(self.valid_date_end, datetime.datetime):
            valid_date_end = self.valid_date_end.isoformat()
        else:
            valid_date_end = self.valid_date_end

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CreateCustomerRequest):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if coupon_code is not UNSET:
            field_dict["CouponCode"] = coupon_code
        if created_date is not UNSET:
            field_dict["CreatedDate"] = created_date
        if coupon_type is not UNSET:
            field_dict["CouponType"] = coupon_type
        if is_used is not UNSET:
            field_dict["IsUsed"] = is_used
        if coupon_value is not UNSET:
            field_dict["CouponValue"] = coupon_value
        if valid_date_start is not UNSET:
            field_dict["ValidDateStart"] = valid_date_start
        if valid_date_end is not UNSET:
            field_dict["ValidDateEnd"] = valid_date_end
        if customer_id is not UNSET:
            field_dict["CustomerId"] = customer_id
        if customer is not UNSET:
            field_dict["Customer"] = customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: None | str | Unset = d.pop("OriginalId", UNSET)

        coupon_code: None | str | Unset = d.pop("CouponCode", UNSET)

        _created_date_value = d.pop("CreatedDate", UNSET)
        created_date: datetime.datetime | None | Unset
        if _created_date_value is None or isinstance(_created_date_value, Unset):
            created_date = _created_date_value
        else:
            if not isinstance(_created_date_value, str):
                raise TypeError()
            created_date_type_0 = datetime.datetime.fromisoformat(_created_date_value)

            created_date = created_date_type_0

        _coupon_type_value = d.pop("CouponType", UNSET)
        coupon_type: CouponType | None | Unset
        if _coupon_type_value is None or isinstance(_coupon_type_value, Unset):
            coupon_type = _coupon_type_value
        else:
            if not isinstance(_coupon_type_value, int):
                raise TypeError()
            coupon_type_type_0 = CouponType(_coupon_type_value)

            coupon_type = coupon_type_type_0

        is_used: bool | None | Unset = d.pop("IsUsed", UNSET)

        _coupon_value_value = d.pop("CouponValue", UNSET)
        coupon_value: Decimal | None | Unset
        if _coupon_value_value is None or isinstance(_coupon_value_value, Unset):
            coupon_value = _coupon_value_value
        else:
            if not (
                isinstance(_coupon_value_value, (int, float, Decimal, str))
                and not isinstance(_coupon_value_value, bool)
            ):
                raise TypeError()
            coupon_value_type_0 = to_decimal(_coupon_value_value)

            coupon_value = coupon_value_type_0

        _valid_date_start_value = d.pop("ValidDateStart", UNSET)
        valid_date_start: datetime.datetime | None | Unset
        if _valid_date_start_value is None or isinstance(_valid_date_start_value, Unset):
            valid_date_start = _valid_date_start_value
        else:
            if not isinstance(_valid_date_start_value, str):
                raise TypeError()
            valid_date_start_type_0 = datetime.datetime.fromisoformat(_valid_date_start_value)

            valid_date_start = valid_date_start_type_0

        _valid_date_end_value = d.pop("ValidDateEnd", UNSET)
        valid_date_end: datetime.datetime | None | Unset
        if _valid_date_end_value is None or isinstance(_valid_date_end_value, Unset):
            valid_date_end = _valid_date_end_value
        else:
            if not isinstance(_valid_date_end_value, str):
                raise TypeError()
            valid_date_end_type_0 = datetime.datetime.fromisoformat(_valid_date_end_value)

            valid_date_end = valid_date_end_type_0

        customer_id: None | str | Unset = d.pop("CustomerId", UNSET)

        _customer_value = d.pop("Customer", UNSET)
        customer: CreateCustomerRequest | None | Unset
        if _customer_value is None or isinstance(_customer_value, Unset):
            customer = _customer_value
        else:
            if not isinstance(_customer_value, dict):
                raise TypeError()
            customer_type_0 = CreateCustomerRequest.from_dict(_customer_value)

            customer = customer_type_0

        create_coupon_request = cls(
            original_id=original_id,
            coupon_code=coupon_code,
            created_date=created_date,
            coupon_type=coupon_type,
            is_used=is_used,
            coupon_value=coupon_value,
            valid_date_start=valid_date_start,
            valid_date_end=valid_date_end,
            customer_id=customer_id,
            customer=customer,
        )

        create_coupon_request.additional_properties = d
        return create_coupon_request

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


from ..models.create_customer_request import CreateCustomerRequest
