from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="GetConfigurationsCouponResponse200PlatformsType0Item")


@_attrs_define
class GetConfigurationsCouponResponse200PlatformsType0Item:
    display_name: None | str = None
    """ The display name of the platform. """
    value: None | str = None
    """ The internal value used for the platform. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "display_name",
                "value",
            ),
            frozenset(("display_name",)),
        )

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str
        display_name = self.display_name

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name: None | str = d.pop("displayName", None)

        value: None | str = d.pop("value", None)

        get_configurations_coupon_response_200_platforms_type_0_item = cls(
            display_name=display_name,
            value=value,
        )

        get_configurations_coupon_response_200_platforms_type_0_item.additional_properties = d
        return get_configurations_coupon_response_200_platforms_type_0_item

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
