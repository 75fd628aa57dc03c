from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_configurations_widget_response_200_layout_type_0_position_type_0 import (
    GetConfigurationsWidgetResponse200LayoutType0PositionType0,
)
from ..models.get_configurations_widget_response_200_layout_type_0_size_type_0 import (
    GetConfigurationsWidgetResponse200LayoutType0SizeType0,
)
from ..types import Unset, model_repr

T = TypeVar("T", bound="GetConfigurationsWidgetResponse200LayoutType0")


@_attrs_define
class GetConfigurationsWidgetResponse200LayoutType0:
    position: GetConfigurationsWidgetResponse200LayoutType0PositionType0 | None = None
    size: GetConfigurationsWidgetResponse200LayoutType0SizeType0 | None = None
    show_on_mobile: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "position",
                "size",
                "show_on_mobile",
            ),
            frozenset(("show_on_mobile",)),
        )

    def to_dict(self) -> dict[str, Any]:
        position: None | str
        if isinstance(self.position, GetConfigurationsWidgetResponse200LayoutType0PositionType0):
            position = self.position.value
        else:
            position = self.position

        size: None | str
        if isinstance(self.size, GetConfigurationsWidgetResponse200LayoutType0SizeType0):
            size = self.size.value
        else:
            size = self.size

        show_on_mobile: bool | None
        show_on_mobile = self.show_on_mobile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "size": size,
                "showOnMobile": show_on_mobile,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _position_value = d.pop("position", None)
        position: GetConfigurationsWidgetResponse200LayoutType0PositionType0 | None
        if _position_value is None or isinstance(_position_value, Unset):
            position = _position_value
        else:
            if not isinstance(_position_value, str):
                raise TypeError()
            position_type_0 = GetConfigurationsWidgetResponse200LayoutType0PositionType0(_position_value)

            position = position_type_0

        _size_value = d.pop("size", None)
        size: GetConfigurationsWidgetResponse200LayoutType0SizeType0 | None
        if _size_value is None or isinstance(_size_value, Unset):
            size = _size_value
        else:
            if not isinstance(_size_value, str):
                raise TypeError()
            size_type_0 = GetConfigurationsWidgetResponse200LayoutType0SizeType0(_size_value)

            size = size_type_0

        show_on_mobile: bool | None = d.pop("showOnMobile", None)

        get_configurations_widget_response_200_layout_type_0 = cls(
            position=position,
            size=size,
            show_on_mobile=show_on_mobile,
        )

        get_configurations_widget_response_200_layout_type_0.additional_properties = d
        return get_configurations_widget_response_200_layout_type_0

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
