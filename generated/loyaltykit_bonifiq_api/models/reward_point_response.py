from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="RewardPointResponse")


@_attrs_define
class RewardPointResponse:
    """Points record regenerated upon redeeming process"""

    id: int | None = None
    points: int | None = None
    """ Points moved by this record (points given back after a cancel). """
    type_: int | None = None
    """ Point type (rendered as an enum 0..n; names not documented). """
    event_key: None | str = None
    """ Event key (the vendor demo fixture equals the redeem's OriginalKey). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "points",
                "type_",
                "event_key",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        points: int | None
        points = self.points

        type_: int | None
        type_ = self.type_

        event_key: None | str
        event_key = self.event_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Points": points,
                "Type": type_,
                "EventKey": event_key,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        points: int | None = d.pop("Points", None)

        type_: int | None = d.pop("Type", None)

        event_key: None | str = d.pop("EventKey", None)

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
