from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerHistoryItem")


@_attrs_define
class CustomerHistoryItem:
    """Timeline item of the customer's points usage."""

    date: datetime.datetime | None | Unset = UNSET
    points: int | None | Unset = UNSET
    title: None | str | Unset = UNSET
    point_type: int | None | Unset = UNSET
    """ Point type (rendered as an enum; names not documented). Disregard when IsTierHistory is true. """
    is_canceled: bool | None | Unset = UNSET
    coupon_code: None | str | Unset = UNSET
    coupon_refunded: bool | None | Unset = UNSET
    coupon_is_used: bool | None | Unset = UNSET
    coupon_is_available: bool | None | Unset = UNSET
    cashback_description: None | str | Unset = UNSET
    cashback_value: Decimal | None | Unset = UNSET
    is_tier_history: bool | None | Unset = UNSET
    """ If true this item is a tier change: use TierUpdate instead of PointType. """
    tier_update: int | None | Unset = UNSET
    """ Tier update kind (rendered as an enum; names not documented). """
    tier_name: None | str | Unset = UNSET
    metadatas: list[ExternalApiPointMetadata] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        point_type: int | None | Unset
        if isinstance(self.point_type, Unset):
            point_type = UNSET
        else:
            point_type = self.point_type

        is_canceled: bool | None | Unset
        if isinstance(self.is_canceled, Unset):
            is_canceled = UNSET
        else:
            is_canceled = self.is_canceled

        coupon_code: None | str | Unset
        if isinstance(self.coupon_code, Unset):
            coupon_code = UNSET
        else:
            coupon_code = self.coupon_code

        coupon_refunded: bool | None | Unset
        if isinstance(self.coupon_refunded, Unset):
            coupon_refunded = UNSET
        else:
            coupon_refunded = self.coupon_refunded

        coupon_is_used: bool | None | Unset
        if isinstance(self.coupon_is_used, Unset):
            coupon_is_used = UNSET
        else:
            coupon_is_used = self.coupon_is_used

        coupon_is_available: bool | None | Unset
        if isinstance(self.coupon_is_available, Unset):
            coupon_is_available = UNSET
        else:
            coupon_is_available = self.coupon_is_available

        cashback_description: None | str | Unset
        if isinstance(self.cashback_description, Unset):
            cashback_description = UNSET
        else:
            cashback_description = self.cashback_description

        cashback_value: Decimal | None | Unset
        if isinstance(self.cashback_value, Unset):
            cashback_value = UNSET
        else:
            cashback_value = self.cashback_value

        is_tier_history: bool | None | Unset
        if isinstance(self.is_tier_history, Unset):
            is_tier_history = UNSET
        else:
            is_tier_history = self.is_tier_history

        tier_update: int | None | Unset
        if isinstance(self.tier_update, Unset):
            tier_update = UNSET
        else:
            tier_update = self.tier_update

        tier_name: None | str | Unset
        if isinstance(self.tier_name, Unset):
            tier_name = UNSET
        else:
            tier_name = self.tier_name

        metadatas: list[dict[str, Any]] | None | Unset
        if isinstance(self.metadatas, Unset):
            metadatas = UNSET
        elif isinstance(self.metadatas, list):
            metadatas = []
            for metadatas_type_0_item_data in self.metadatas:
                metadatas_type_0_item = metadatas_type_0_item_data.to_dict()
                metadatas.append(metadatas_type_0_item)

        else:
            metadatas = self.metadatas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["Date"] = date
        if points is not UNSET:
            field_dict["Points"] = points
        if title is not UNSET:
            field_dict["Title"] = title
        if point_type is not UNSET:
            field_dict["PointType"] = point_type
        if is_canceled is not UNSET:
            field_dict["IsCanceled"] = is_canceled
        if coupon_code is not UNSET:
            field_dict["CouponCode"] = coupon_code
        if coupon_refunded is not UNSET:
            field_dict["CouponRefunded"] = coupon_refunded
        if coupon_is_used is not UNSET:
            field_dict["CouponIsUsed"] = coupon_is_used
        if coupon_is_available is not UNSET:
            field_dict["CouponIsAvailable"] = coupon_is_available
        if cashback_description is not UNSET:
            field_dict["CashbackDescription"] = cashback_description
        if cashback_value is not UNSET:
            field_dict["CashbackValue"] = cashback_value
        if is_tier_history is not UNSET:
            field_dict["IsTierHistory"] = is_tier_history
        if tier_update is not UNSET:
            field_dict["TierUpdate"] = tier_update
        if tier_name is not UNSET:
            field_dict["TierName"] = tier_name
        if metadatas is not UNSET:
            field_dict["Metadatas"] = metadatas

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _date_value = d.pop("Date", UNSET)
        date: datetime.datetime | None | Unset
        if _date_value is None or isinstance(_date_value, Unset):
            date = _date_value
        else:
            if not isinstance(_date_value, str):
                raise TypeError()
            date_type_0 = datetime.datetime.fromisoformat(_date_value)

            date = date_type_0

        points: int | None | Unset = d.pop("Points", UNSET)

        title: None | str | Unset = d.pop("Title", UNSET)

        point_type: int | None | Unset = d.pop("PointType", UNSET)

        is_canceled: bool | None | Unset = d.pop("IsCanceled", UNSET)

        coupon_code: None | str | Unset = d.pop("CouponCode", UNSET)

        coupon_refunded: bool | None | Unset = d.pop("CouponRefunded", UNSET)

        coupon_is_used: bool | None | Unset = d.pop("CouponIsUsed", UNSET)

        coupon_is_available: bool | None | Unset = d.pop("CouponIsAvailable", UNSET)

        cashback_description: None | str | Unset = d.pop("CashbackDescription", UNSET)

        _cashback_value_value = d.pop("CashbackValue", UNSET)
        cashback_value: Decimal | None | Unset
        if _cashback_value_value is None or isinstance(_cashback_value_value, Unset):
            cashback_value = _cashback_value_value
        else:
            if not (
                isinstance(_cashback_value_value, (int, float, Decimal, str))
                and not isinstance(_cashback_value_value, bool)
            ):
                raise TypeError()
            cashback_value_type_0 = to_decimal(_cashback_value_value)

            cashback_value = cashback_value_type_0

        is_tier_history: bool | None | Unset = d.pop("IsTierHistory", UNSET)

        tier_update: int | None | Unset = d.pop("TierUpdate", UNSET)

        tier_name: None | str | Unset = d.pop("TierName", UNSET)

        _metadatas_value = d.pop("Metadatas", UNSET)
        metadatas: list[ExternalApiPointMetadata] | None | Unset
        if _metadatas_value is None or isinstance(_metadatas_value, Unset):
            metadatas = _metadatas_value
        else:
            if not isinstance(_metadatas_value, list):
                raise TypeError()
            metadatas_type_0 = []
            _metadatas_type_0 = _metadatas_value
            for metadatas_type_0_item_data in _metadatas_type_0:
                metadatas_type_0_item = ExternalApiPointMetadata.from_dict(metadatas_type_0_item_data)

                metadatas_type_0.append(metadatas_type_0_item)

            metadatas = metadatas_type_0

        customer_history_item = cls(
            date=date,
            points=points,
            title=title,
            point_type=point_type,
            is_canceled=is_canceled,
            coupon_code=coupon_code,
            coupon_refunded=coupon_refunded,
            coupon_is_used=coupon_is_used,
            coupon_is_available=coupon_is_available,
            cashback_description=cashback_description,
            cashback_value=cashback_value,
            is_tier_history=is_tier_history,
            tier_update=tier_update,
            tier_name=tier_name,
            metadatas=metadatas,
        )

        customer_history_item.additional_properties = d
        return customer_history_item

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


from ..models.external_api_point_metadata import ExternalApiPointMetadata
