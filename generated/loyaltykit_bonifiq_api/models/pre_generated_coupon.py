from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_type import CouponType
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="PreGeneratedCoupon")


@_attrs_define
class PreGeneratedCoupon:
    id: int | None | Unset = UNSET
    original_id: None | str | Unset = UNSET
    coupon_code: None | str | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    is_assigned: bool | None | Unset = UNSET
    coupon_type: CouponType | None | Unset = UNSET
    coupon_value: Decimal | None | Unset = UNSET
    valid_date_start: datetime.datetime | None | Unset = UNSET
    valid_date_end: datetime.datetime | None | Unset = UNSET
    coupon_id: int | None | Unset = UNSET
    pre_generated_coupon_list_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        is_assigned: bool | None | Unset
        if isinstance(self.is_assigned, Unset):
            is_assigned = UNSET
        else:
            is_assigned = self.is_assigned

        coupon_type: int | None | Unset
        if isinstance(self.coupon_type, Unset):
            coupon_type = UNSET
        elif isinstance(self.coupon_type, CouponType):
            coupon_type = self.coupon_type.value
        else:
            coupon_type = self.coupon_type

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

        coupon_id: int | None | Unset
        if isinstance(self.coupon_id, Unset):
            coupon_id = UNSET
        else:
            coupon_id = self.coupon_id

        pre_generated_coupon_list_id: int | None | Unset
        if isinstance(self.pre_generated_coupon_list_id, Unset):
            pre_generated_coupon_list_id = UNSET
        else:
            pre_generated_coupon_list_id = self.pre_generated_coupon_list_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if coupon_code is not UNSET:
            field_dict["CouponCode"] = coupon_code
        if created_date is not UNSET:
            field_dict["CreatedDate"] = created_date
        if is_assigned is not UNSET:
            field_dict["IsAssigned"] = is_assigned
        if coupon_type is not UNSET:
            field_dict["CouponType"] = coupon_type
        if coupon_value is not UNSET:
            field_dict["CouponValue"] = coupon_value
        if valid_date_start is not UNSET:
            field_dict["ValidDateStart"] = valid_date_start
        if valid_date_end is not UNSET:
            field_dict["ValidDateEnd"] = valid_date_end
        if coupon_id is not UNSET:
            field_dict["CouponId"] = coupon_id
        if pre_generated_coupon_list_id is not UNSET:
            field_dict["PreGeneratedCouponListId"] = pre_generated_coupon_list_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

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

        is_assigned: bool | None | Unset = d.pop("IsAssigned", UNSET)

        _coupon_type_value = d.pop("CouponType", UNSET)
        coupon_type: CouponType | None | Unset
        if _coupon_type_value is None or isinstance(_coupon_type_value, Unset):
            coupon_type = _coupon_type_value
        else:
            if not isinstance(_coupon_type_value, int):
                raise TypeError()
            coupon_type_type_0 = CouponType(_coupon_type_value)

            coupon_type = coupon_type_type_0

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

        coupon_id: int | None | Unset = d.pop("CouponId", UNSET)

        pre_generated_coupon_list_id: int | None | Unset = d.pop("PreGeneratedCouponListId", UNSET)

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
