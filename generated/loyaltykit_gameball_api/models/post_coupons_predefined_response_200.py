from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="PostCouponsPredefinedResponse200")


@_attrs_define
class PostCouponsPredefinedResponse200:
    code: None | str = None
    start_date: datetime.datetime | None = None
    expiry_date: datetime.datetime | None = None
    url: None | str = None
    pin: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "code",
                "start_date",
                "expiry_date",
                "url",
                "pin",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        start_date: None | str
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        expiry_date: None | str
        if isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        url: None | str
        url = self.url

        pin: None | str
        pin = self.pin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "startDate": start_date,
                "expiryDate": expiry_date,
                "url": url,
                "pin": pin,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code: None | str = d.pop("code", None)

        _start_date_value = d.pop("startDate", None)
        start_date: datetime.datetime | None
        if _start_date_value is None or isinstance(_start_date_value, Unset):
            start_date = _start_date_value
        else:
            if not isinstance(_start_date_value, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(_start_date_value)

            start_date = start_date_type_0

        _expiry_date_value = d.pop("expiryDate", None)
        expiry_date: datetime.datetime | None
        if _expiry_date_value is None or isinstance(_expiry_date_value, Unset):
            expiry_date = _expiry_date_value
        else:
            if not isinstance(_expiry_date_value, str):
                raise TypeError()
            expiry_date_type_0 = datetime.datetime.fromisoformat(_expiry_date_value)

            expiry_date = expiry_date_type_0

        url: None | str = d.pop("url", None)

        pin: None | str = d.pop("pin", None)

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
