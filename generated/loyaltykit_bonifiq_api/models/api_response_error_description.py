from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_response_error_description_code import ApiResponseErrorDescriptionCode
from ..types import Unset, model_repr

T = TypeVar("T", bound="ApiResponseErrorDescription")


@_attrs_define
class ApiResponseErrorDescription:
    description: ApiResponseErrorDescriptionCode | None = None
    field: None | str = None
    field_text: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "description",
                "field",
                "field_text",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        description: int | None
        if isinstance(self.description, ApiResponseErrorDescriptionCode):
            description = self.description.value
        else:
            description = self.description

        field: None | str
        field = self.field

        field_text: None | str
        field_text = self.field_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Description": description,
                "Field": field,
                "FieldText": field_text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _description_value = d.pop("Description", None)
        description: ApiResponseErrorDescriptionCode | None
        if _description_value is None or isinstance(_description_value, Unset):
            description = _description_value
        else:
            if not isinstance(_description_value, int):
                raise TypeError()
            description_type_0 = ApiResponseErrorDescriptionCode(_description_value)

            description = description_type_0

        field: None | str = d.pop("Field", None)

        field_text: None | str = d.pop("FieldText", None)

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
