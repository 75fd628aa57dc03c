from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PutConfigurationsRewardsCouponsBody")


@_attrs_define
class PutConfigurationsRewardsCouponsBody:
    enabled: bool | None | Unset = UNSET
    maximum_coupons: Decimal | None | Unset = UNSET
    coupon_types: list[str] | None | Unset = UNSET
    expiration_settings: None | PutConfigurationsRewardsCouponsBodyExpirationSettingsType0 | Unset = UNSET
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
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        maximum_coupons: Decimal | None | Unset
        if isinstance(self.maximum_coupons, Unset):
            maximum_coupons = UNSET
        else:
            maximum_coupons = self.maximum_coupons

        coupon_types: list[str] | None | Unset
        if isinstance(self.coupon_types, Unset):
            coupon_types = UNSET
        elif isinstance(self.coupon_types, list):
            coupon_types = self.coupon_types

        else:
            coupon_types = self.coupon_types

        expiration_settings: dict[str, Any] | None | Unset
        if isinstance(self.expiration_settings, Unset):
            expiration_settings = UNSET
        elif isinstance(self.expiration_settings, PutConfigurationsRewardsCouponsBodyExpirationSettingsType0):
            expiration_settings = self.expiration_settings.to_dict()
        else:
            expiration_settings = self.expiration_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if maximum_coupons is not UNSET:
            field_dict["maximumCoupons"] = maximum_coupons
        if coupon_types is not UNSET:
            field_dict["couponTypes"] = coupon_types
        if expiration_settings is not UNSET:
            field_dict["expirationSettings"] = expiration_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        enabled: bool | None | Unset = d.pop("enabled", UNSET)

        _maximum_coupons_value = d.pop("maximumCoupons", UNSET)
        maximum_coupons: Decimal | None | Unset
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

        _coupon_types_value = d.pop("couponTypes", UNSET)
        coupon_types: list[str] | None | Unset
        if _coupon_types_value is None or isinstance(_coupon_types_value, Unset):
            coupon_types = _coupon_types_value
        else:
            if not isinstance(_coupon_types_value, list):
                raise TypeError()
            coupon_types_type_0 = cast(list[str], _coupon_types_value)

            coupon_types = coupon_types_type_0

        _expiration_settings_value = d.pop("expirationSettings", UNSET)
        expiration_settings: None | PutConfigurationsRewardsCouponsBodyExpirationSettingsType0 | Unset
        if _expiration_settings_value is None or isinstance(_expiration_settings_value, Unset):
            expiration_settings = _expiration_settings_value
        else:
            if not isinstance(_expiration_settings_value, dict):
                raise TypeError()
            expiration_settings_type_0 = PutConfigurationsRewardsCouponsBodyExpirationSettingsType0.from_dict(
                _expiration_settings_value
            )

            expiration_settings = expiration_settings_type_0

        put_configurations_rewards_coupons_body = cls(
            enabled=enabled,
            maximum_coupons=maximum_coupons,
            coupon_types=coupon_types,
            expiration_settings=expiration_settings,
        )

        put_configurations_rewards_coupons_body.additional_properties = d
        return put_configurations_rewards_coupons_body

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


from ..models.put_configurations_rewards_coupons_body_expiration_settings_type_0 import (
    PutConfigurationsRewardsCouponsBodyExpirationSettingsType0,
)
