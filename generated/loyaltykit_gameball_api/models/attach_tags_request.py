from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="AttachTagsRequest")


@_attrs_define
class AttachTagsRequest:
    tags: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("tags",),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _tags_value = d.pop("tags", None)
        tags: list[str] | None
        if _tags_value is None or isinstance(_tags_value, Unset):
            tags = _tags_value
        else:
            if not isinstance(_tags_value, list):
                raise TypeError()
            tags_type_0 = cast(list[str], _tags_value)

            tags = tags_type_0

        attach_tags_request = cls(
            tags=tags,
        )

        attach_tags_request.additional_properties = d
        return attach_tags_request

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
