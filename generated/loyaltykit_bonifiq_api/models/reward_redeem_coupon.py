from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_type import CouponType
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="RewardRedeemCoupon")


@_attrs_define
class RewardRedeemCoupon:
    coupon_code: None | str = None
    coupon_type: CouponType | None = None
    coupon_value: Decimal | None = None
    valid_date_start: datetime.datetime | None = None
    valid_date_end: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "coupon_code",
                "coupon_type",
                "coupon_value",
                "valid_date_start",
                "valid_date_end",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        coupon_code: None | str
        coupon_code = self.coupon_code

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CouponCode": coupon_code,
                "CouponType": coupon_type,
                "CouponValue": coupon_value,
                "ValidDateStart": valid_date_start,
                "ValidDateEnd": valid_date_end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_code: None | str = d.pop("CouponCode", None)

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

        reward_redeem_coupon = cls(
            coupon_code=coupon_code,
            coupon_type=coupon_type,
            coupon_value=coupon_value,
            valid_date_start=valid_date_start,
            valid_date_end=valid_date_end,
        )

        reward_redeem_coupon.additional_properties = d
        return reward_redeem_coupon

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
