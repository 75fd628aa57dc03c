from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_type import CouponType
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CreateCouponResponse")


@_attrs_define
class CreateCouponResponse:
    """Create Coupon Response Model"""

    coupon_code: None | str = None
    """ Coupon Code """
    created_date: datetime.datetime | None = None
    """ Create Date  """
    is_used: bool | None = None
    """ if true the coupon was already bein use or inactivated. """
    coupon_value: Decimal | None = None
    """ Discount value for the coupon """
    customer_id: int | None = None
    """ the customer that the coupon is being given. """
    valid_date_start: datetime.datetime | None = None
    """ Date the coupon is start to being enable for rewards """
    valid_date_end: datetime.datetime | None = None
    """ Date the coupon will not be able for rewards anymore. """
    coupon_type: CouponType | None = None
    """ What type of coupons is this.
    0: Cash value Coupon (such as R$10,00). 1: Percent discount (such as 10%). 4: Imported Coupoun """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "coupon_code",
                "created_date",
                "is_used",
                "coupon_value",
                "customer_id",
                "valid_date_start",
                "valid_date_end",
                "coupon_type",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        coupon_code: None | str
        coupon_code = self.coupon_code

        created_date: None | str
        if isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        is_used: bool | None
        is_used = self.is_used

        coupon_value: Decimal | None
        coupon_value = self.coupon_value

        customer_id: int | None
        customer_id = self.customer_id

        valid_date_start: None | str
        if isinstance(self.valid_date_start, datetime.datetime):
            valid_date_start = self.valid_date_start.isoformat()
        else:
            valid_date_start = self.valid_date_start

        valid_date_end: None | str
        if isinstance(self.valid_date_end, datetime.datetime):
            valid_date_end = self.valid_date_end.isoformat()
        else:
            valid_date_end = self.valid_date_end

        coupon_type: int | None
        if isinstance(self.coupon_type, CouponType):
            coupon_type = self.coupon_type.value
        else:
            coupon_type = self.coupon_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CouponCode": coupon_code,
                "CreatedDate": created_date,
                "IsUsed": is_used,
                "CouponValue": coupon_value,
                "CustomerId": customer_id,
                "ValidDateStart": valid_date_start,
                "ValidDateEnd": valid_date_end,
                "CouponType": coupon_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_code: None | str = d.pop("CouponCode", None)

        _created_date_value = d.pop("CreatedDate", None)
        created_date: datetime.datetime | None
        if _created_date_value is None or isinstance(_created_date_value, Unset):
            created_date = _created_date_value
        else:
            if not isinstance(_created_date_value, str):
                raise TypeError()
            created_date_type_0 = datetime.datetime.fromisoformat(_created_date_value)

            created_date = created_date_type_0

        is_used: bool | None = d.pop("IsUsed", None)

        _coupon_value_value = d.pop("CouponValue", None)
        coupon_value: Decimal | None
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

        customer_id: int | None = d.pop("CustomerId", None)

        _valid_date_start_value = d.pop("ValidDateStart", None)
        valid_date_start: datetime.datetime | None
        if _valid_date_start_value is None or isinstance(_valid_date_start_value, Unset):
            valid_date_start = _valid_date_start_value
        else:
            if not isinstance(_valid_date_start_value, str):
                raise TypeError()
            valid_date_start_type_0 = datetime.datetime.fromisoformat(_valid_date_start_value)

            valid_date_start = valid_date_start_type_0

        _valid_date_end_value = d.pop("ValidDateEnd", None)
        valid_date_end: datetime.datetime | None
        if _valid_date_end_value is None or isinstance(_valid_date_end_value, Unset):
            valid_date_end = _valid_date_end_value
        else:
            if not isinstance(_valid_date_end_value, str):
                raise TypeError()
            valid_date_end_type_0 = datetime.datetime.fromisoformat(_valid_date_end_value)

            valid_date_end = valid_date_end_type_0

        _coupon_type_value = d.pop("CouponType", None)
        coupon_type: CouponType | None
        if _coupon_type_value is None or isinstance(_coupon_type_value, Unset):
            coupon_type = _coupon_type_value
        else:
            if not isinstance(_coupon_type_value, int):
                raise TypeError()
            coupon_type_type_0 = CouponType(_coupon_type_value)

            coupon_type = coupon_type_type_0

        create_coupon_response = cls(
            coupon_code=coupon_code,
            created_date=created_date,
            is_used=is_used,
            coupon_value=coupon_value,
            customer_id=customer_id,
            valid_date_start=valid_date_start,
            valid_date_end=valid_date_end,
            coupon_type=coupon_type,
        )

        create_coupon_response.additional_properties = d
        return create_coupon_response

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
