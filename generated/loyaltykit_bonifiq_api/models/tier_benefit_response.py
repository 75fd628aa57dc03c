from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TierBenefitResponse")


@_attrs_define
class TierBenefitResponse:
    is_used: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    type_: int | None | Unset = UNSET
    """ Benefit type (rendered as an enum; names not documented). """
    sub_type: int | None | Unset = UNSET
    objective: Any | Unset = UNSET
    """ Linked objective (type rendered as `<unknown>`). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_used: bool | None | Unset
        if isinstance(self.is_used, Unset):
            is_used = UNSET
        else:
            is_used = self.is_used

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        sub_type: int | None | Unset
        if isinstance(self.sub_type, Unset):
            sub_type = UNSET
        else:
            sub_type = self.sub_type

        objective = self.objective

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_used is not UNSET:
            field_dict["IsUsed"] = is_used
        if description is not UNSET:
            field_dict["Description"] = description
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if sub_type is not UNSET:
            field_dict["SubType"] = sub_type
        if objective is not UNSET:
            field_dict["Objective"] = objective

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_used: bool | None | Unset = d.pop("IsUsed", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        type_: int | None | Unset = d.pop("Type", UNSET)

        sub_type: int | None | Unset = d.pop("SubType", UNSET)

        objective = d.pop("Objective", UNSET)

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
