from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_type import CouponType
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PreGeneratedCoupon")


@_attrs_define
class PreGeneratedCoupon:
    id: int | None = None
    original_id: None | str = None
    coupon_code: None | str = None
    created_date: datetime.datetime | None = None
    is_assigned: bool | None = None
    coupon_type: CouponType | None = None
    coupon_value: Decimal | None = None
    valid_date_start: datetime.datetime | None = None
    valid_date_end: datetime.datetime | None = None
    coupon_id: int | None = None
    pre_generated_coupon_list_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "original_id",
                "coupon_code",
                "created_date",
                "is_assigned",
                "coupon_type",
                "coupon_value",
                "valid_date_start",
                "valid_date_end",
                "coupon_id",
                "pre_generated_coupon_list_id",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        original_id: None | str
        original_id = self.original_id

        coupon_code: None | str
        coupon_code = self.coupon_code

        created_date: None | str
        if isinstance(self.created_date, datetime.datetime):
            created_date = self.created_date.isoformat()
        else:
            created_date = self.created_date

        is_assigned: bool | None
        is_assigned = self.is_assigned

        coupon_type: int | None
        if isinstance(self.coupon_type, CouponType):
            coupon_type = self.coupon_type.value
        else:
            coupon_type = self.coupon_type

        coupon_value: Decimal | None
        coupon_value = self.coupon_value

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

        coupon_id: int | None
        coupon_id = self.coupon_id

        pre_generated_coupon_list_id: int | None
        pre_generated_coupon_list_id = self.pre_generated_coupon_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "OriginalId": original_id,
                "CouponCode": coupon_code,
                "CreatedDate": created_date,
                "IsAssigned": is_assigned,
                "CouponType": coupon_type,
                "CouponValue": coupon_value,
                "ValidDateStart": valid_date_start,
                "ValidDateEnd": valid_date_end,
                "CouponId": coupon_id,
                "PreGeneratedCouponListId": pre_generated_coupon_list_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        original_id: None | str = d.pop("OriginalId", None)

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

        is_assigned: bool | None = d.pop("IsAssigned", None)

        _coupon_type_value = d.pop("CouponType", None)
        coupon_type: CouponType | None
        if _coupon_type_value is None or isinstance(_coupon_type_value, Unset):
            coupon_type = _coupon_type_value
        else:
            if not isinstance(_coupon_type_value, int):
                raise TypeError()
            coupon_type_type_0 = CouponType(_coupon_type_value)

            coupon_type = coupon_type_type_0

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

        coupon_id: int | None = d.pop("CouponId", None)

        pre_generated_coupon_list_id: int | None = d.pop("PreGeneratedCouponListId", None)

        pre_generated_coupon = cls(
            id=id,
            original_id=original_id,
            coupon_code=coupon_code,
            created_date=created_date,
            is_assigned=is_assigned,
            coupon_type=coupon_type,
            coupon_value=coupon_value,
            valid_date_start=valid_date_start,
            valid_date_end=valid_date_end,
            coupon_id=coupon_id,
            pre_generated_coupon_list_id=pre_generated_coupon_list_id,
        )

        pre_generated_coupon.additional_properties = d
        return pre_generated_coupon

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
