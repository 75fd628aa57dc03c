from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PutConfigurationsRewardsCouponsBodyExpirationSettingsType0")


@_attrs_define
class PutConfigurationsRewardsCouponsBodyExpirationSettingsType0:
    default_expiry_days: Decimal | None | Unset = UNSET
    max_expiry_days: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "default_expiry_days",
                "max_expiry_days",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        default_expiry_days: Decimal | None | Unset
        if isinstance(self.default_expiry_days, Unset):
            default_expiry_days = UNSET
        else:
            default_expiry_days = self.default_expiry_days

        max_expiry_days: Decimal | None | Unset
        if isinstance(self.max_expiry_days, Unset):
            max_expiry_days = UNSET
        else:
            max_expiry_days = self.max_expiry_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_expiry_days is not UNSET:
            field_dict["defaultExpiryDays"] = default_expiry_days
        if max_expiry_days is not UNSET:
            field_dict["maxExpiryDays"] = max_expiry_days

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _default_expiry_days_value = d.pop("defaultExpiryDays", UNSET)
        default_expiry_days: Decimal | None | Unset
        if _default_expiry_days_value is None or isinstance(_default_expiry_days_value, Unset):
            default_expiry_days = _default_expiry_days_value
        else:
            if not (
                isinstance(_default_expiry_days_value, (int, float, Decimal, str))
                and not isinstance(_default_expiry_days_value, bool)
            ):
                raise TypeError()
            default_expiry_days_type_0 = to_decimal(_default_expiry_days_value)

            default_expiry_days = default_expiry_days_type_0

        _max_expiry_days_value = d.pop("maxExpiryDays", UNSET)
        max_expiry_days: Decimal | None | Unset
        if _max_expiry_days_value is None or isinstance(_max_expiry_days_value, Unset):
            max_expiry_days = _max_expiry_days_value
        else:
            if not (
                isinstance(_max_expiry_days_value, (int, float, Decimal, str))
                and not isinstance(_max_expiry_days_value, bool)
            ):
                raise TypeError()
            max_expiry_days_type_0 = to_decimal(_max_expiry_days_value)

            max_expiry_days = max_expiry_days_type_0

        put_configurations_rewards_coupons_body_expiration_settings_type_0 = cls(
            default_expiry_days=default_expiry_days,
            max_expiry_days=max_expiry_days,
        )

        put_configurations_rewards_coupons_body_expiration_settings_type_0.additional_properties = d
        return put_configurations_rewards_coupons_body_expiration_settings_type_0

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
