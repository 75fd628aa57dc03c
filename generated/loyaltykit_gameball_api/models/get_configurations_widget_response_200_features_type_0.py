from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetConfigurationsWidgetResponse200FeaturesType0")


@_attrs_define
class GetConfigurationsWidgetResponse200FeaturesType0:
    show_balance: bool | None | Unset = UNSET
    show_points: bool | None | Unset = UNSET
    show_tier: bool | None | Unset = UNSET
    show_notifications: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        show_balance: bool | None | Unset
        if isinstance(self.show_balance, Unset):
            show_balance = UNSET
        else:
            show_balance = self.show_balance

        show_points: bool | None | Unset
        if isinstance(self.show_points, Unset):
            show_points = UNSET
        else:
            show_points = self.show_points

        show_tier: bool | None | Unset
        if isinstance(self.show_tier, Unset):
            show_tier = UNSET
        else:
            show_tier = self.show_tier

        show_notifications: bool | None | Unset
        if isinstance(self.show_notifications, Unset):
            show_notifications = UNSET
        else:
            show_notifications = self.show_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if show_balance is not UNSET:
            field_dict["showBalance"] = show_balance
        if show_points is not UNSET:
            field_dict["showPoints"] = show_points
        if show_tier is not UNSET:
            field_dict["showTier"] = show_tier
        if show_notifications is not UNSET:
            field_dict["showNotifications"] = show_notifications

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        show_balance: bool | None | Unset = d.pop("showBalance", UNSET)

        show_points: bool | None | Unset = d.pop("showPoints", UNSET)

        show_tier: bool | None | Unset = d.pop("showTier", UNSET)

        show_notifications: bool | None | Unset = d.pop("showNotifications", UNSET)

        get_configurations_widget_response_200_features_type_0 = cls(
            show_balance=show_balance,
            show_points=show_points,
            show_tier=show_tier,
            show_notifications=show_notifications,
        )

        get_configurations_widget_response_200_features_type_0.additional_properties = d
        return get_configurations_widget_response_200_features_type_0

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
