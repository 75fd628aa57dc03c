from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetConfigurationsRewardsCouponsResponse200")


@_attrs_define
class GetConfigurationsRewardsCouponsResponse200:
    enabled: bool | None = None
    maximum_coupons: Decimal | None = None
    coupon_types: list[str] | None = None
    expiration_settings: GetConfigurationsRewardsCouponsResponse200ExpirationSettingsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "enabled",
                "maximum_coupons",
                "coupon_types",
                "expiration_settings",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None
        enabled = self.enabled

        maximum_coupons: Decimal | None
        maximum_coupons = self.maximum_coupons

        coupon_types: list[str] | None
        if isinstance(self.coupon_types, list):
            coupon_types = self.coupon_types

        else:
            coupon_types = self.coupon_types

        expiration_settings: dict[str, Any] | None
        if isinstance(self.expiration_settings, GetConfigurationsRewardsCouponsResponse200ExpirationSettingsType0):
            expiration_settings = self.expiration_settings.to_dict()
        else:
            expiration_settings = self.expiration_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "enabled": enabled,
                "maximumCoupons": maximum_coupons,
                "couponTypes": coupon_types,
                "expirationSettings": expiration_settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled: bool | None = d.pop("enabled", None)

        _maximum_coupons_value = d.pop("maximumCoupons", None)
        maximum_coupons: Decimal | None
        if _maximum_coupons_value is None or isinstance(_maximum_coupons_value, Unset):
            maximum_coupons = _maximum_coupons_value
        else:
            if not (
                isinstance(_maximum_coupons_value, (int, float, Decimal, str))
                and not isinstance(_maximum_coupons_value, bool)
            ):
                raise TypeError()
            maximum_coupons_type_0 = to_decimal(_maximum_coupons_value)

            maximum_coupons = maximum_coupons_type_0

        _coupon_types_value = d.pop("couponTypes", None)
        coupon_types: list[str] | None
        if _coupon_types_value is None or isinstance(_coupon_types_value, Unset):
            coupon_types = _coupon_types_value
        else:
            if not isinstance(_coupon_types_value, list):
                raise TypeError()
            coupon_types_type_0 = cast(list[str], _coupon_types_value)

            coupon_types = coupon_types_type_0

        _expiration_settings_value = d.pop("expirationSettings", None)
        expiration_settings: GetConfigurationsRewardsCouponsResponse200ExpirationSettingsType0 | None
        if _expiration_settings_value is None or isinstance(_expiration_settings_value, Unset):
            expiration_settings = _expiration_settings_value
        else:
            if not isinstance(_expiration_settings_value, dict):
                raise TypeError()
            expiration_settings_type_0 = GetConfigurationsRewardsCouponsResponse200ExpirationSettingsType0.from_dict(
                _expiration_settings_value
            )

            expiration_settings = expiration_settings_type_0

        get_configurations_rewards_coupons_response_200 = cls(
            enabled=enabled,
            maximum_coupons=maximum_coupons,
            coupon_types=coupon_types,
            expiration_settings=expiration_settings,
        )

        get_configurations_rewards_coupons_response_200.additional_properties = d
        return get_configurations_rewards_coupons_response_200

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


from ..models.get_configurations_rewards_coupons_response_200_expiration_settings_type_0 import (
    GetConfigurationsRewardsCouponsResponse200ExpirationSettingsType0,
)
