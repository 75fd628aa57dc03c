from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="GetConfigurationsRewardsCashbackResponse200")


@_attrs_define
class GetConfigurationsRewardsCashbackResponse200:
    rate: Decimal | None | Unset = UNSET
    minimum_order_value: Decimal | None | Unset = UNSET
    maximum_cashback: Decimal | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    categories: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate: Decimal | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        minimum_order_value: Decimal | None | Unset
        if isinstance(self.minimum_order_value, Unset):
            minimum_order_value = UNSET
        else:
            minimum_order_value = self.minimum_order_value

        maximum_cashback: Decimal | None | Unset
        if isinstance(self.maximum_cashback, Unset):
            maximum_cashback = UNSET
        else:
            maximum_cashback = self.maximum_cashback

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        categories: list[str] | None | Unset
        if isinstance(self.categories, Unset):
            categories = UNSET
        elif isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rate is not UNSET:
            field_dict["rate"] = rate
        if minimum_order_value is not UNSET:
            field_dict["minimumOrderValue"] = minimum_order_value
        if maximum_cashback is not UNSET:
            field_dict["maximumCashback"] = maximum_cashback
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if categories is not UNSET:
            field_dict["categories"] = categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_rate(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            rate_type_0 = to_decimal(data)

            return rate_type_0

        rate = _parse_rate(d.pop("rate", UNSET))

        def _parse_minimum_order_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            minimum_order_value_type_0 = to_decimal(data)

            return minimum_order_value_type_0

        minimum_order_value = _parse_minimum_order_value(d.pop("minimumOrderValue", UNSET))

        def _parse_maximum_cashback(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            maximum_cashback_type_0 = to_decimal(data)

            return maximum_cashback_type_0

        maximum_cashback = _parse_maximum_cashback(d.pop("maximumCashback", UNSET))

        enabled: bool | None | Unset = d.pop("enabled", UNSET)

        def _parse_categories(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            categories_type_0 = cast(list[str], data)

            return categories_type_0

        categories = _parse_categories(d.pop("categories", UNSET))

        get_configurations_rewards_cashback_response_200 = cls(
            rate=rate,
            minimum_order_value=minimum_order_value,
            maximum_cashback=maximum_cashback,
            enabled=enabled,
            categories=categories,
        )

        get_configurations_rewards_cashback_response_200.additional_properties = d
        return get_configurations_rewards_cashback_response_200

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
