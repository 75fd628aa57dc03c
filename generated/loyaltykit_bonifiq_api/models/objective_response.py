from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ObjectiveResponse")


@_attrs_define
class ObjectiveResponse:
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    amount_of_points: int | None | Unset = UNSET
    active: bool | None | Unset = UNSET
    details: Any | Unset = UNSET
    """ Objective details (type rendered as `<unknown>`). """
    id: int | None | Unset = UNSET
    type_: int | None | Unset = UNSET
    """ Objective type (rendered as an enum; names not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        amount_of_points: int | None | Unset
        if isinstance(self.amount_of_points, Unset):
            amount_of_points = UNSET
        else:
            amount_of_points = self.amount_of_points

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        details = self.details

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["Title"] = title
        if description is not UNSET:
            field_dict["Description"] = description
        if amount_of_points is not UNSET:
            field_dict["AmountOfPoints"] = amount_of_points
        if active is not UNSET:
            field_dict["Active"] = active
        if details is not UNSET:
            field_dict["Details"] = details
        if id is not UNSET:
            field_dict["Id"] = id
        if type_ is not UNSET:
            field_dict["Type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title: None | str | Unset = d.pop("Title", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        amount_of_points: int | None | Unset = d.pop("AmountOfPoints", UNSET)

        active: bool | None | Unset = d.pop("Active", UNSET)

        details = d.pop("Details", UNSET)

        id: int | None | Unset = d.pop("Id", UNSET)

        type_: int | None | Unset = d.pop("Type", UNSET)

        objective_response = cls(
            title=title,
            description=description,
            amount_of_points=amount_of_points,
            active=active,
            details=details,
            id=id,
            type_=type_,
        )

        objective_response.additional_properties = d
        return objective_response

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
