from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostCouponsPredefinedResponse200")


@_attrs_define
class PostCouponsPredefinedResponse200:
    code: None | str | Unset = UNSET
    start_date: datetime.datetime | None | Unset = UNSET
    expiry_date: datetime.datetime | None | Unset = UNSET
    url: None | str | Unset = UNSET
    pin: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        pin: None | str | Unset
        if isinstance(self.pin, Unset):
            pin = UNSET
        else:
            pin = self.pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if url is not UNSET:
            field_dict["url"] = url
        if pin is not UNSET:
            field_dict["pin"] = pin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code: None | str | Unset = d.pop("code", UNSET)

        _start_date_value = d.pop("startDate", UNSET)
        start_date: datetime.datetime | None | Unset
        if _start_date_value is None or isinstance(_start_date_value, Unset):
            start_date = _start_date_value
        else:
            if not isinstance(_start_date_value, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(_start_date_value)

            start_date = start_date_type_0

        _expiry_date_value = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | None | Unset
        if _expiry_date_value is None or isinstance(_expiry_date_value, Unset):
            expiry_date = _expiry_date_value
        else:
            if not isinstance(_expiry_date_value, str):
                raise TypeError()
            expiry_date_type_0 = datetime.datetime.fromisoformat(_expiry_date_value)

            expiry_date = expiry_date_type_0

        url: None | str | Unset = d.pop("url", UNSET)

        pin: None | str | Unset = d.pop("pin", UNSET)

        post_coupons_predefined_response_200 = cls(
            code=code,
            start_date=start_date,
            expiry_date=expiry_date,
            url=url,
            pin=pin,
        )

        post_coupons_predefined_response_200.additional_properties = d
        return post_coupons_predefined_response_200

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
