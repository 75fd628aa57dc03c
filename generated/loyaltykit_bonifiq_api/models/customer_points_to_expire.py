from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerPointsToExpire")


@_attrs_define
class CustomerPointsToExpire:
    """Customer Points to expire Model"""

    points: int | None | Unset = UNSET
    """ Amount of Points """
    when: datetime.datetime | None | Unset = UNSET
    """ Expiration Date of the points """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        when: None | str | Unset
        if isinstance(self.when, Unset):
            when = UNSET
        elif isinstance(self.when, datetime.datetime):
            when = self.when.isoformat()
        else:
            when = self.when

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points is not UNSET:
            field_dict["Points"] = points
        if when is not UNSET:
            field_dict["When"] = when

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        points: int | None | Unset = d.pop("Points", UNSET)

        _when_value = d.pop("When", UNSET)
        when: datetime.datetime | None | Unset
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
