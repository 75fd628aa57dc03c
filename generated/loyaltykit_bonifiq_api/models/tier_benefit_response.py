from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="TierBenefitResponse")


@_attrs_define
class TierBenefitResponse:
    is_used: bool | None = None
    description: None | str = None
    type_: int | None = None
    """ Benefit type (rendered as an enum; names not documented). """
    sub_type: int | None = None
    objective: Any = None
    """ Linked objective (type rendered as `<unknown>`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "is_used",
                "description",
                "type_",
                "sub_type",
                "objective",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        is_used: bool | None
        is_used = self.is_used

        description: None | str
        description = self.description

        type_: int | None
        type_ = self.type_

        sub_type: int | None
        sub_type = self.sub_type

        objective = self.objective

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IsUsed": is_used,
                "Description": description,
                "Type": type_,
                "SubType": sub_type,
                "Objective": objective,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_used: bool | None = d.pop("IsUsed", None)

        description: None | str = d.pop("Description", None)

        type_: int | None = d.pop("Type", None)

        sub_type: int | None = d.pop("SubType", None)

        objective = d.pop("Objective", None)

        tier_benefit_response = cls(
            is_used=is_used,
            description=description,
            type_=type_,
            sub_type=sub_type,
            objective=objective,
        )

        tier_benefit_response.additional_properties = d
        return tier_benefit_response

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
