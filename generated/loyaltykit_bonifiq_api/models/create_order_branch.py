from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CreateOrderBranch")


@_attrs_define
class CreateOrderBranch:
    original_id: None | str = None
    """ This is the Id of the branch (filial, loja, etc) in the client store. Can be any string. """
    name: None | str = None
    """ This is the name of the branch. Can be any string possible """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_id",
                "name",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        original_id: None | str
        original_id = self.original_id

        name: None | str
        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OriginalId": original_id,
                "Name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: None | str = d.pop("OriginalId", None)

        name: None | str = d.pop("Name", None)

        create_order_branch = cls(
            original_id=original_id,
            name=name,
        )

        create_order_branch.additional_properties = d
        return create_order_branch

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
