from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="PostCouponsValidateResponse200")


@_attrs_define
class PostCouponsValidateResponse200:
    valid: bool | None = None
    """ Indicates whether the coupons are valid. """
    coupons: list[Coupon] | None = None
    """ An array containing the details of the coupons that need to be locked or validated in the request. """
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
                "coupons",
                "lock_reference",
                "date_to_expire",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        valid: bool | None
        valid = self.valid

        coupons: list[dict[str, Any]] | None
        if isinstance(self.coupons, list):
            coupons = []
            for coupons_type_0_item_data in self.coupons:
                coupons_type_0_item = coupons_type_0_item_data.to_dict()
                coupons.append(coupons_type_0_item)

        else:
            coupons = self.coupons

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
                "coupons": coupons,
                "lockReference": lock_reference,
                "dateToExpire": date_to_expire,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        valid: bool | None = d.pop("valid", None)

        _coupons_value = d.pop("coupons", None)
        coupons: list[Coupon] | None
        if _coupons_value is None or isinstance(_coupons_value, Unset):
            coupons = _coupons_value
        else:
            if not isinstance(_coupons_value, list):
                raise TypeError()
            coupons_type_0 = []
            _coupons_type_0 = _coupons_value
            for coupons_type_0_item_data in _coupons_type_0:
                coupons_type_0_item = Coupon.from_dict(coupons_type_0_item_data)

                coupons_type_0.append(coupons_type_0_item)

            coupons = coupons_type_0

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

        post_coupons_validate_response_200 = cls(
            valid=valid,
            coupons=coupons,
            lock_reference=lock_reference,
            date_to_expire=date_to_expire,
        )

        post_coupons_validate_response_200.additional_properties = d
        return post_coupons_validate_response_200

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
