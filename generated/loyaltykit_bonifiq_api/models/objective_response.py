from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ObjectiveResponse")


@_attrs_define
class ObjectiveResponse:
    title: None | str = None
    description: None | str = None
    amount_of_points: int | None = None
    active: bool | None = None
    details: Any = None
    """ Objective details (type rendered as `<unknown>`). """
    id: int | None = None
    type_: int | None = None
    """ Objective type (rendered as an enum; names not documented). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "title",
                "description",
                "amount_of_points",
                "active",
                "details",
                "id",
                "type_",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        title: None | str
        title = self.title

        description: None | str
        description = self.description

        amount_of_points: int | None
        amount_of_points = self.amount_of_points

        active: bool | None
        active = self.active

        details = self.details

        id: int | None
        id = self.id

        type_: int | None
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Title": title,
                "Description": description,
                "AmountOfPoints": amount_of_points,
                "Active": active,
                "Details": details,
                "Id": id,
                "Type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        title: None | str = d.pop("Title", None)

        description: None | str = d.pop("Description", None)

        amount_of_points: int | None = d.pop("AmountOfPoints", None)

        active: bool | None = d.pop("Active", None)

        details = d.pop("Details", None)

        id: int | None = d.pop("Id", None)

        type_: int | None = d.pop("Type", None)

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
