from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerHistoryItem")


@_attrs_define
class CustomerHistoryItem:
    """Timeline item of the customer's points usage."""

    date: datetime.datetime | None = None
    points: int | None = None
    title: None | str = None
    point_type: int | None = None
    """ Point type (rendered as an enum; names not documented). Disregard when IsTierHistory is true. """
    is_canceled: bool | None = None
    coupon_code: None | str = None
    coupon_refunded: bool | None = None
    coupon_is_used: bool | None = None
    coupon_is_available: bool | None = None
    cashback_description: None | str = None
    cashback_value: Decimal | None = None
    is_tier_history: bool | None = None
    """ If true this item is a tier change: use TierUpdate instead of PointType. """
    tier_update: int | None = None
    """ Tier update kind (rendered as an enum; names not documented). """
    tier_name: None | str = None
    metadatas: list[ExternalApiPointMetadata] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "date",
                "points",
                "title",
                "point_type",
                "is_canceled",
                "coupon_code",
                "coupon_refunded",
                "coupon_is_used",
                "coupon_is_available",
                "cashback_description",
                "cashback_value",
                "is_tier_history",
                "tier_update",
                "tier_name",
                "metadatas",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        date: None | str
        if isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        points: int | None
        points = self.points

        title: None | str
        title = self.title

        point_type: int | None
        point_type = self.point_type

        is_canceled: bool | None
        is_canceled = self.is_canceled

        coupon_code: None | str
        coupon_code = self.coupon_code

        coupon_refunded: bool | None
        coupon_refunded = self.coupon_refunded

        coupon_is_used: bool | None
        coupon_is_used = self.coupon_is_used

        coupon_is_available: bool | None
        coupon_is_available = self.coupon_is_available

        cashback_description: None | str
        cashback_description = self.cashback_description

        cashback_value: Decimal | None
        cashback_value = self.cashback_value

        is_tier_history: bool | None
        is_tier_history = self.is_tier_history

        tier_update: int | None
        tier_update = self.tier_update

        tier_name: None | str
        tier_name = self.tier_name

        metadatas: list[dict[str, Any]] | None
        if isinstance(self.metadatas, list):
            metadatas = []
            for metadatas_type_0_item_data in self.metadatas:
                metadatas_type_0_item = metadatas_type_0_item_data.to_dict()
                metadatas.append(metadatas_type_0_item)

        else:
            metadatas = self.metadatas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Date": date,
                "Points": points,
                "Title": title,
                "PointType": point_type,
                "IsCanceled": is_canceled,
                "CouponCode": coupon_code,
                "CouponRefunded": coupon_refunded,
                "CouponIsUsed": coupon_is_used,
                "CouponIsAvailable": coupon_is_available,
                "CashbackDescription": cashback_description,
                "CashbackValue": cashback_value,
                "IsTierHistory": is_tier_history,
                "TierUpdate": tier_update,
                "TierName": tier_name,
                "Metadatas": metadatas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _date_value = d.pop("Date", None)
        date: datetime.datetime | None
        if _date_value is None or isinstance(_date_value, Unset):
            date = _date_value
        else:
            if not isinstance(_date_value, str):
                raise TypeError()
            date_type_0 = datetime.datetime.fromisoformat(_date_value)

            date = date_type_0

        points: int | None = d.pop("Points", None)

        title: None | str = d.pop("Title", None)

        point_type: int | None = d.pop("PointType", None)

        is_canceled: bool | None = d.pop("IsCanceled", None)

        coupon_code: None | str = d.pop("CouponCode", None)

        coupon_refunded: bool | None = d.pop("CouponRefunded", None)

        coupon_is_used: bool | None = d.pop("CouponIsUsed", None)

        coupon_is_available: bool | None = d.pop("CouponIsAvailable", None)

        cashback_description: None | str = d.pop("CashbackDescription", None)

        _cashback_value_value = d.pop("CashbackValue", None)
        cashback_value: Decimal | None
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

        is_tier_history: bool | None = d.pop("IsTierHistory", None)

        tier_update: int | None = d.pop("TierUpdate", None)

        tier_name: None | str = d.pop("TierName", None)

        _metadatas_value = d.pop("Metadatas", None)
        metadatas: list[ExternalApiPointMetadata] | None
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
