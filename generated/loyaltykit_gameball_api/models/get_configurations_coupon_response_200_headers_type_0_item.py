from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="GetConfigurationsCouponResponse200HeadersType0Item")


@_attrs_define
class GetConfigurationsCouponResponse200HeadersType0Item:
    key: None | str = None
    """ The header key. """
    value: None | str = None
    """ The header value. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "key",
                "value",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        key: None | str
        key = self.key

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        key: None | str = d.pop("key", None)

        value: None | str = d.pop("value", None)

        get_configurations_coupon_response_200_headers_type_0_item = cls(
            key=key,
            value=value,
        )

        get_configurations_coupon_response_200_headers_type_0_item.additional_properties = d
        return get_configurations_coupon_response_200_headers_type_0_item

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
