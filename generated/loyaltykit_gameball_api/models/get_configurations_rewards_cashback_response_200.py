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
        _rate_value = d.pop("rate", UNSET)
        rate: Decimal | None | Unset
        if _rate_value is None or isinstance(_rate_value, Unset):
            rate = _rate_value
        else:
            if not (isinstance(_rate_value, (int, float, Decimal, str)) and not isinstance(_rate_value, bool)):
                raise TypeError()
            rate_type_0 = to_decimal(_rate_value)

            rate = rate_type_0

        _minimum_order_value_value = d.pop("minimumOrderValue", UNSET)
        minimum_order_value: Decimal | None | Unset
        if _minimum_order_value_value is None or isinstance(_minimum_order_value_value, Unset):
            minimum_order_value = _minimum_order_value_value
        else:
            if not (
                isinstance(_minimum_order_value_value, (int, float, Decimal, str))
                and not isinstance(_minimum_order_value_value, bool)
            ):
                raise TypeError()
            minimum_order_value_type_0 = to_decimal(_minimum_order_value_value)

            minimum_order_value = minimum_order_value_type_0

        _maximum_cashback_value = d.pop("maximumCashback", UNSET)
        maximum_cashback: Decimal | None | Unset
        if _maximum_cashback_value is None or isinstance(_maximum_cashback_value, Unset):
            maximum_cashback = _maximum_cashback_value
        else:
            if not (
                isinstance(_maximum_cashback_value, (int, float, Decimal, str))
                and not isinstance(_maximum_cashback_value, bool)
            ):
                raise TypeError()
            maximum_cashback_type_0 = to_decimal(_maximum_cashback_value)

            maximum_cashback = maximum_cashback_type_0

        enabled: bool | None | Unset = d.pop("enabled", UNSET)

        _categories_value = d.pop("categories", UNSET)
        categories: list[str] | None | Unset
        if _categories_value is None or isinstance(_categories_value, Unset):
            categories = _categories_value
        else:
            if not isinstance(_categories_value, list):
                raise TypeError()
            categories_type_0 = cast(list[str], _categories_value)

            categories = categories_type_0

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
