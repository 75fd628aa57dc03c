from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="PostCouponsCodeValidateResponse200")


@_attrs_define
class PostCouponsCodeValidateResponse200:
    valid: bool | None = None
    """ Indicates whether the coupon is valid to be used by the customer or not. """
    coupon: Coupon | None = None
    lock_reference: None | str = None
    """ The unique reference code associated with the coupon lock session. """
    date_to_expire: datetime.datetime | None = None
    """ The exact date and time when the coupon lock will expire. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "valid",
                "coupon",
                "lock_reference",
                "date_to_expire",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        valid: bool | None
        valid = self.valid

        coupon: dict[str, Any] | None
        if isinstance(self.coupon, Coupon):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon

        lock_reference: None | str
        lock_reference = self.lock_reference

        date_to_expire: None | str
        if isinstance(self.date_to_expire, datetime.datetime):
            date_to_expire = self.date_to_expire.isoformat()
        else:
            date_to_expire = self.date_to_expire

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "valid": valid,
                "coupon": coupon,
                "lockReference": lock_reference,
                "dateToExpire": date_to_expire,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        valid: bool | None = d.pop("valid", None)

        _coupon_value = d.pop("coupon", None)
        coupon: Coupon | None
        if _coupon_value is None or isinstance(_coupon_value, Unset):
            coupon = _coupon_value
        else:
            if not isinstance(_coupon_value, dict):
                raise TypeError()
            coupon_type_0 = Coupon.from_dict(_coupon_value)

            coupon = coupon_type_0

        lock_reference: None | str = d.pop("lockReference", None)

        _date_to_expire_value = d.pop("dateToExpire", None)
        date_to_expire: datetime.datetime | None
        if _date_to_expire_value is None or isinstance(_date_to_expire_value, Unset):
            date_to_expire = _date_to_expire_value
        else:
            if not isinstance(_date_to_expire_value, str):
                raise TypeError()
            date_to_expire_type_0 = datetime.datetime.fromisoformat(_date_to_expire_value)

            date_to_expire = date_to_expire_type_0

        post_coupons_code_validate_response_200 = cls(
            valid=valid,
            coupon=coupon,
            lock_reference=lock_reference,
            date_to_expire=date_to_expire,
        )

        post_coupons_code_validate_response_200.additional_properties = d
        return post_coupons_code_validate_response_200

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


from ..models.coupon import Coupon
