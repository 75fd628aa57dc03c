from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerAffiliateCouponHistory")


@_attrs_define
class CustomerAffiliateCouponHistory:
    id: int | None | Unset = UNSET
    affiliate_id: int | None | Unset = UNSET
    coupon: None | str | Unset = UNSET
    associated_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        affiliate_id: int | None | Unset
        if isinstance(self.affiliate_id, Unset):
            affiliate_id = UNSET
        else:
            affiliate_id = self.affiliate_id

        coupon: None | str | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        else:
            coupon = self.coupon

        associated_date: None | str | Unset
        if isinstance(self.associated_date, Unset):
            associated_date = UNSET
        elif isinstance(self.associated_date, datetime.datetime):
            associated_date = self.associated_date.isoformat()
        else:
            associated_date = self.associated_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if affiliate_id is not UNSET:
            field_dict["AffiliateId"] = affiliate_id
        if coupon is not UNSET:
            field_dict["Coupon"] = coupon
        if associated_date is not UNSET:
            field_dict["AssociatedDate"] = associated_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        affiliate_id: int | None | Unset = d.pop("AffiliateId", UNSET)

        coupon: None | str | Unset = d.pop("Coupon", UNSET)

        _associated_date_value = d.pop("AssociatedDate", UNSET)
        associated_date: datetime.datetime | None | Unset
        if _associated_date_value is None or isinstance(_associated_date_value, Unset):
            associated_date = _associated_date_value
        else:
            if not isinstance(_associated_date_value, str):
                raise TypeError()
            associated_date_type_0 = datetime.datetime.fromisoformat(_associated_date_value)

            associated_date = associated_date_type_0

        customer_affiliate_coupon_history = cls(
            id=id,
            affiliate_id=affiliate_id,
            coupon=coupon,
            associated_date=associated_date,
        )

        customer_affiliate_coupon_history.additional_properties = d
        return customer_affiliate_coupon_history

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
