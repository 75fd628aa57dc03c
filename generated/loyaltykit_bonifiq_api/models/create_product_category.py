from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateProductCategory")


@_attrs_define
class CreateProductCategory:
    original_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    parent_category: CreateProductCategory | None | Unset = UNSET
    """ Parent category (same shape, recursive). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_id",
                "name",
                "description",
                "parent_category",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        parent_category: dict[str, Any] | None | Unset
        if isinstance(self.parent_category, Unset):
            parent_category = UNSET
        elif isinstance(self.parent_category, CreateProductCategory):
            parent_category = self.parent_category.to_dict()
        else:
            parent_category = self.parent_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if name is not UNSET:
            field_dict["Name"] = name
        if description is not UNSET:
            field_dict["Description"] = description
        if parent_category is not UNSET:
            field_dict["ParentCategory"] = parent_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: None | str | Unset = d.pop("OriginalId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        _parent_category_value = d.pop("ParentCategory", UNSET)
        parent_category: CreateProductCategory | None | Unset
        if _parent_category_value is None or isinstance(_parent_category_value, Unset):
            parent_category = _parent_category_value
        else:
            if not isinstance(_parent_category_value, dict):
                raise TypeError()
            parent_category_type_0 = CreateProductCategory.from_dict(_parent_category_value)

            parent_category = parent_category_type_0

        create_product_category = cls(
            original_id=original_id,
            name=name,
            description=description,
            parent_category=parent_category,
        )

        create_product_category.additional_properties = d
        return create_product_category

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
