from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetConfigurationsRewardsCashbackResponse200")


@_attrs_define
class GetConfigurationsRewardsCashbackResponse200:
    rate: Decimal | None = None
    minimum_order_value: Decimal | None = None
    maximum_cashback: Decimal | None = None
    enabled: bool | None = None
    categories: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "rate",
                "minimum_order_value",
                "maximum_cashback",
                "enabled",
                "categories",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        rate: Decimal | None
        rate = self.rate

        minimum_order_value: Decimal | None
        minimum_order_value = self.minimum_order_value

        maximum_cashback: Decimal | None
        maximum_cashback = self.maximum_cashback

        enabled: bool | None
        enabled = self.enabled

        categories: list[str] | None
        if isinstance(self.categories, list):
            categories = self.categories

        else:
            categories = self.categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rate": rate,
                "minimumOrderValue": minimum_order_value,
                "maximumCashback": maximum_cashback,
                "enabled": enabled,
                "categories": categories,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _rate_value = d.pop("rate", None)
        rate: Decimal | None
        if _rate_value is None or isinstance(_rate_value, Unset):
            rate = _rate_value
        else:
            if not (isinstance(_rate_value, (int, float, Decimal, str)) and not isinstance(_rate_value, bool)):
                raise TypeError()
            rate_type_0 = to_decimal(_rate_value)

            rate = rate_type_0

        _minimum_order_value_value = d.pop("minimumOrderValue", None)
        minimum_order_value: Decimal | None
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

        _maximum_cashback_value = d.pop("maximumCashback", None)
        maximum_cashback: Decimal | None
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

        enabled: bool | None = d.pop("enabled", None)

        _categories_value = d.pop("categories", None)
        categories: list[str] | None
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
