from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="OrderMetadataResponse")


@_attrs_define
class OrderMetadataResponse:
    id: int | None = None
    order_id: int | None = None
    name: None | str = None
    value: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "order_id",
                "name",
                "value",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        order_id: int | None
        order_id = self.order_id

        name: None | str
        name = self.name

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "OrderId": order_id,
                "Name": name,
                "Value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        order_id: int | None = d.pop("OrderId", None)

        name: None | str = d.pop("Name", None)

        value: None | str = d.pop("Value", None)

        order_metadata_response = cls(
            id=id,
            order_id=order_id,
            name=name,
            value=value,
        )

        order_metadata_response.additional_properties = d
        return order_metadata_response

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
