from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="GetConfigurationsWidgetResponse200FeaturesType0")


@_attrs_define
class GetConfigurationsWidgetResponse200FeaturesType0:
    show_balance: bool | None = None
    show_points: bool | None = None
    show_tier: bool | None = None
    show_notifications: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "show_balance",
                "show_points",
                "show_tier",
                "show_notifications",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        show_balance: bool | None
        show_balance = self.show_balance

        show_points: bool | None
        show_points = self.show_points

        show_tier: bool | None
        show_tier = self.show_tier

        show_notifications: bool | None
        show_notifications = self.show_notifications

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "showBalance": show_balance,
                "showPoints": show_points,
                "showTier": show_tier,
                "showNotifications": show_notifications,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        show_balance: bool | None = d.pop("showBalance", None)

        show_points: bool | None = d.pop("showPoints", None)

        show_tier: bool | None = d.pop("showTier", None)

        show_notifications: bool | None = d.pop("showNotifications", None)

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
