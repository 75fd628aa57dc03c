from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="GetConfigurationsWidgetResponse200ColorsType0")


@_attrs_define
class GetConfigurationsWidgetResponse200ColorsType0:
    primary: None | str = None
    secondary: None | str = None
    accent: None | str = None
    background: None | str = None
    text: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "primary",
                "secondary",
                "accent",
                "background",
                "text",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        primary: None | str
        primary = self.primary

        secondary: None | str
        secondary = self.secondary

        accent: None | str
        accent = self.accent

        background: None | str
        background = self.background

        text: None | str
        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "primary": primary,
                "secondary": secondary,
                "accent": accent,
                "background": background,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        primary: None | str = d.pop("primary", None)

        secondary: None | str = d.pop("secondary", None)

        accent: None | str = d.pop("accent", None)

        background: None | str = d.pop("background", None)

        text: None | str = d.pop("text", None)

        get_configurations_widget_response_200_colors_type_0 = cls(
            primary=primary,
            secondary=secondary,
            accent=accent,
            background=background,
            text=text,
        )

        get_configurations_widget_response_200_colors_type_0.additional_properties = d
        return get_configurations_widget_response_200_colors_type_0

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
