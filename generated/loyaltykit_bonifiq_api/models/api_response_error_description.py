from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_response_error_description_code import ApiResponseErrorDescriptionCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiResponseErrorDescription")


@_attrs_define
class ApiResponseErrorDescription:
    description: ApiResponseErrorDescriptionCode | None | Unset = UNSET
    field: None | str | Unset = UNSET
    field_text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: int | None | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        elif isinstance(self.description, ApiResponseErrorDescriptionCode):
            description = self.description.value
        else:
            description = self.description

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        field_text: None | str | Unset
        if isinstance(self.field_text, Unset):
            field_text = UNSET
        else:
            field_text = self.field_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["Description"] = description
        if field is not UNSET:
            field_dict["Field"] = field
        if field_text is not UNSET:
            field_dict["FieldText"] = field_text

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _description_value = d.pop("Description", UNSET)
        description: ApiResponseErrorDescriptionCode | None | Unset
        if _description_value is None or isinstance(_description_value, Unset):
            description = _description_value
        else:
            if not isinstance(_description_value, int):
                raise TypeError()
            description_type_0 = ApiResponseErrorDescriptionCode(_description_value)

            description = description_type_0

        field: None | str | Unset = d.pop("Field", UNSET)

        field_text: None | str | Unset = d.pop("FieldText", UNSET)

        api_response_error_description = cls(
            description=description,
            field=field,
            field_text=field_text,
        )

        api_response_error_description.additional_properties = d
        return api_response_error_description

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
