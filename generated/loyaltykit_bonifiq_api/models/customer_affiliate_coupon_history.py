from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="CustomerAffiliateCouponHistory")


@_attrs_define
class CustomerAffiliateCouponHistory:
    id: int | None = None
    affiliate_id: int | None = None
    coupon: None | str = None
    associated_date: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "affiliate_id",
                "coupon",
                "associated_date",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        affiliate_id: int | None
        affiliate_id = self.affiliate_id

        coupon: None | str
        coupon = self.coupon

        associated_date: None | str
        if isinstance(self.associated_date, datetime.datetime):
            associated_date = self.associated_date.isoformat()
        else:
            associated_date = self.associated_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "AffiliateId": affiliate_id,
                "Coupon": coupon,
                "AssociatedDate": associated_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        affiliate_id: int | None = d.pop("AffiliateId", None)

        coupon: None | str = d.pop("Coupon", None)

        _associated_date_value = d.pop("AssociatedDate", None)
        associated_date: datetime.datetime | None
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
