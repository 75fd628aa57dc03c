from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RewardPointResponse")


@_attrs_define
class RewardPointResponse:
    """Points record regenerated upon redeeming process"""

    id: int | None | Unset = UNSET
    points: int | None | Unset = UNSET
    """ Points moved by this record (points given back after a cancel). """
    type_: int | None | Unset = UNSET
    """ Point type (rendered as an enum 0..n; names not documented). """
    event_key: None | str | Unset = UNSET
    """ Event key (the vendor demo fixture equals the redeem's OriginalKey). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        type_: int | None | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        event_key: None | str | Unset
        if isinstance(self.event_key, Unset):
            event_key = UNSET
        else:
            event_key = self.event_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if points is not UNSET:
            field_dict["Points"] = points
        if type_ is not UNSET:
            field_dict["Type"] = type_
        if event_key is not UNSET:
            field_dict["EventKey"] = event_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        points: int | None | Unset = d.pop("Points", UNSET)

        type_: int | None | Unset = d.pop("Type", UNSET)

        event_key: None | str | Unset = d.pop("EventKey", UNSET)

        reward_point_response = cls(
            id=id,
            points=points,
            type_=type_,
            event_key=event_key,
        )

        reward_point_response.additional_properties = d
        return reward_point_response

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
