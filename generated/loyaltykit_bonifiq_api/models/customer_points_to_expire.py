from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="CustomerPointsToExpire")


@_attrs_define
class CustomerPointsToExpire:
    """Customer Points to expire Model"""

    points: int | None = None
    """ Amount of Points """
    when: datetime.datetime | None = None
    """ Expiration Date of the points """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "points",
                "when",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        points: int | None
        points = self.points

        when: None | str
        if isinstance(self.when, datetime.datetime):
            when = self.when.isoformat()
        else:
            when = self.when

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Points": points,
                "When": when,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        points: int | None = d.pop("Points", None)

        _when_value = d.pop("When", None)
        when: datetime.datetime | None
        if _when_value is None or isinstance(_when_value, Unset):
            when = _when_value
        else:
            if not isinstance(_when_value, str):
                raise TypeError()
            when_type_0 = datetime.datetime.fromisoformat(_when_value)

            when = when_type_0

        customer_points_to_expire = cls(
            points=points,
            when=when,
        )

        customer_points_to_expire.additional_properties = d
        return customer_points_to_expire

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
