from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="CustomerAffiliate")


@_attrs_define
class CustomerAffiliate:
    id: int | None = None
    customer_id: int | None = None
    is_active: bool | None = None
    affiliate_coupon: None | str = None
    last_updated: datetime.datetime | None = None
    coupon_histories: list[CustomerAffiliateCouponHistory] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "customer_id",
                "is_active",
                "affiliate_coupon",
                "last_updated",
                "coupon_histories",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        customer_id: int | None
        customer_id = self.customer_id

        is_active: bool | None
        is_active = self.is_active

        affiliate_coupon: None | str
        affiliate_coupon = self.affiliate_coupon

        last_updated: None | str
        if isinstance(self.last_updated, datetime.datetime):
            last_updated = self.last_updated.isoformat()
        else:
            last_updated = self.last_updated

        coupon_histories: list[dict[str, Any]] | None
        if isinstance(self.coupon_histories, list):
            coupon_histories = []
            for coupon_histories_type_0_item_data in self.coupon_histories:
                coupon_histories_type_0_item = coupon_histories_type_0_item_data.to_dict()
                coupon_histories.append(coupon_histories_type_0_item)

        else:
            coupon_histories = self.coupon_histories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "CustomerId": customer_id,
                "IsActive": is_active,
                "AffiliateCoupon": affiliate_coupon,
                "LastUpdated": last_updated,
                "CouponHistories": coupon_histories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        customer_id: int | None = d.pop("CustomerId", None)

        is_active: bool | None = d.pop("IsActive", None)

        affiliate_coupon: None | str = d.pop("AffiliateCoupon", None)

        _last_updated_value = d.pop("LastUpdated", None)
        last_updated: datetime.datetime | None
        if _last_updated_value is None or isinstance(_last_updated_value, Unset):
            last_updated = _last_updated_value
        else:
            if not isinstance(_last_updated_value, str):
                raise TypeError()
            last_updated_type_0 = datetime.datetime.fromisoformat(_last_updated_value)

            last_updated = last_updated_type_0

        _coupon_histories_value = d.pop("CouponHistories", None)
        coupon_histories: list[CustomerAffiliateCouponHistory] | None
        if _coupon_histories_value is None or isinstance(_coupon_histories_value, Unset):
            coupon_histories = _coupon_histories_value
        else:
            if not isinstance(_coupon_histories_value, list):
                raise TypeError()
            coupon_histories_type_0 = []
            _coupon_histories_type_0 = _coupon_histories_value
            for coupon_histories_type_0_item_data in _coupon_histories_type_0:
                coupon_histories_type_0_item = CustomerAffiliateCouponHistory.from_dict(
                    coupon_histories_type_0_item_data
                )

                coupon_histories_type_0.append(coupon_histories_type_0_item)

            coupon_histories = coupon_histories_type_0

        customer_affiliate = cls(
            id=id,
            customer_id=customer_id,
            is_active=is_active,
            affiliate_coupon=affiliate_coupon,
            last_updated=last_updated,
            coupon_histories=coupon_histories,
        )

        customer_affiliate.additional_properties = d
        return customer_affiliate

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


from ..models.customer_affiliate_coupon_history import CustomerAffiliateCouponHistory
