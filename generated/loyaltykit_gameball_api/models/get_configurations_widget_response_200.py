from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="GetConfigurationsWidgetResponse200")


@_attrs_define
class GetConfigurationsWidgetResponse200:
    colors: GetConfigurationsWidgetResponse200ColorsType0 | None = None
    layout: GetConfigurationsWidgetResponse200LayoutType0 | None = None
    features: GetConfigurationsWidgetResponse200FeaturesType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "colors",
                "layout",
                "features",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        colors: dict[str, Any] | None
        if isinstance(self.colors, GetConfigurationsWidgetResponse200ColorsType0):
            colors = self.colors.to_dict()
        else:
            colors = self.colors

        layout: dict[str, Any] | None
        if isinstance(self.layout, GetConfigurationsWidgetResponse200LayoutType0):
            layout = self.layout.to_dict()
        else:
            layout = self.layout

        features: dict[str, Any] | None
        if isinstance(self.features, GetConfigurationsWidgetResponse200FeaturesType0):
            features = self.features.to_dict()
        else:
            features = self.features

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "colors": colors,
                "layout": layout,
                "features": features,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _colors_value = d.pop("colors", None)
        colors: GetConfigurationsWidgetResponse200ColorsType0 | None
        if _colors_value is None or isinstance(_colors_value, Unset):
            colors = _colors_value
        else:
            if not isinstance(_colors_value, dict):
                raise TypeError()
            colors_type_0 = GetConfigurationsWidgetResponse200ColorsType0.from_dict(_colors_value)

            colors = colors_type_0

        _layout_value = d.pop("layout", None)
        layout: GetConfigurationsWidgetResponse200LayoutType0 | None
        if _layout_value is None or isinstance(_layout_value, Unset):
            layout = _layout_value
        else:
            if not isinstance(_layout_value, dict):
                raise TypeError()
            layout_type_0 = GetConfigurationsWidgetResponse200LayoutType0.from_dict(_layout_value)

            layout = layout_type_0

        _features_value = d.pop("features", None)
        features: GetConfigurationsWidgetResponse200FeaturesType0 | None
        if _features_value is None or isinstance(_features_value, Unset):
            features = _features_value
        else:
            if not isinstance(_features_value, dict):
                raise TypeError()
            features_type_0 = GetConfigurationsWidgetResponse200FeaturesType0.from_dict(_features_value)

            features = features_type_0

        get_configurations_widget_response_200 = cls(
            colors=colors,
            layout=layout,
            features=features,
        )

        get_configurations_widget_response_200.additional_properties = d
        return get_configurations_widget_response_200

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


from ..models.get_configurations_widget_response_200_colors_type_0 import GetConfigurationsWidgetResponse200ColorsType0
from ..models.get_configurations_widget_response_200_features_type_0 import (
    GetConfigurationsWidgetResponse200FeaturesType0,
)
from ..models.get_configurations_widget_response_200_layout_type_0 import GetConfigurationsWidgetResponse200LayoutType0
