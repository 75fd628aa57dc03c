from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CustomerCurrentTier")


@_attrs_define
class CustomerCurrentTier:
    """The customer's current tier."""

    name: None | str = None
    color: None | str = None
    icon_url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "color",
                "icon_url",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        color: None | str
        color = self.color

        icon_url: None | str
        icon_url = self.icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Name": name,
                "Color": color,
                "IconUrl": icon_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str = d.pop("Name", None)

        color: None | str = d.pop("Color", None)

        icon_url: None | str = d.pop("IconUrl", None)

        customer_current_tier = cls(
            name=name,
            color=color,
            icon_url=icon_url,
        )

        customer_current_tier.additional_properties = d
        return customer_current_tier

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
