from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetConfigurationsRewardsRedemptionResponse200")


@_attrs_define
class GetConfigurationsRewardsRedemptionResponse200:
    minimum_points: Decimal | None = None
    point_value: Decimal | None = None
    maximum_redemption: Decimal | None = None
    enabled: bool | None = None
    redemption_methods: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "minimum_points",
                "point_value",
                "maximum_redemption",
                "enabled",
                "redemption_methods",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        minimum_points: Decimal | None
        minimum_points = self.minimum_points

        point_value: Decimal | None
        point_value = self.point_value

        maximum_redemption: Decimal | None
        maximum_redemption = self.maximum_redemption

        enabled: bool | None
        enabled = self.enabled

        redemption_methods: list[str] | None
        if isinstance(self.redemption_methods, list):
            redemption_methods = self.redemption_methods

        else:
            redemption_methods = self.redemption_methods

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minimumPoints": minimum_points,
                "pointValue": point_value,
                "maximumRedemption": maximum_redemption,
                "enabled": enabled,
                "redemptionMethods": redemption_methods,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _minimum_points_value = d.pop("minimumPoints", None)
        minimum_points: Decimal | None
        if _minimum_points_value is None or isinstance(_minimum_points_value, Unset):
            minimum_points = _minimum_points_value
        else:
            if not (
                isinstance(_minimum_points_value, (int, float, Decimal, str))
                and not isinstance(_minimum_points_value, bool)
            ):
                raise TypeError()
            minimum_points_type_0 = to_decimal(_minimum_points_value)

            minimum_points = minimum_points_type_0

        _point_value_value = d.pop("pointValue", None)
        point_value: Decimal | None
        if _point_value_value is None or isinstance(_point_value_value, Unset):
            point_value = _point_value_value
        else:
            if not (
                isinstance(_point_value_value, (int, float, Decimal, str)) and not isinstance(_point_value_value, bool)
            ):
                raise TypeError()
            point_value_type_0 = to_decimal(_point_value_value)

            point_value = point_value_type_0

        _maximum_redemption_value = d.pop("maximumRedemption", None)
        maximum_redemption: Decimal | None
        if _maximum_redemption_value is None or isinstance(_maximum_redemption_value, Unset):
            maximum_redemption = _maximum_redemption_value
        else:
            if not (
                isinstance(_maximum_redemption_value, (int, float, Decimal, str))
                and not isinstance(_maximum_redemption_value, bool)
            ):
                raise TypeError()
            maximum_redemption_type_0 = to_decimal(_maximum_redemption_value)

            maximum_redemption = maximum_redemption_type_0

        enabled: bool | None = d.pop("enabled", None)

        _redemption_methods_value = d.pop("redemptionMethods", None)
        redemption_methods: list[str] | None
        if _redemption_methods_value is None or isinstance(_redemption_methods_value, Unset):
            redemption_methods = _redemption_methods_value
        else:
            if not isinstance(_redemption_methods_value, list):
                raise TypeError()
            redemption_methods_type_0 = cast(list[str], _redemption_methods_value)

            redemption_methods = redemption_methods_type_0

        get_configurations_rewards_redemption_response_200 = cls(
            minimum_points=minimum_points,
            point_value=point_value,
            maximum_redemption=maximum_redemption,
            enabled=enabled,
            redemption_methods=redemption_methods,
        )

        get_configurations_rewards_redemption_response_200.additional_properties = d
        return get_configurations_rewards_redemption_response_200

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
