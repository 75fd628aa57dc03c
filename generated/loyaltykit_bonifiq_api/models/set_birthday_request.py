from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="SetBirthdayRequest")


@_attrs_define
class SetBirthdayRequest:
    birthday: datetime.datetime | None | Unset = UNSET
    """ Birthday date of the customer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("birthday",),
            frozenset(("birthday",)),
        )

    def to_dict(self) -> dict[str, Any]:
        birthday: None | str | Unset
        if isinstance(self.birthday, Unset):
            birthday = UNSET
        elif isinstance(self.birthday, datetime.datetime):
            birthday = self.birthday.isoformat()
        else:
            birthday = self.birthday

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if birthday is not UNSET:
            field_dict["Birthday"] = birthday

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _birthday_value = d.pop("Birthday", UNSET)
        birthday: datetime.datetime | None | Unset
        if _birthday_value is None or isinstance(_birthday_value, Unset):
            birthday = _birthday_value
        else:
            if not isinstance(_birthday_value, str):
                raise TypeError()
            birthday_type_0 = datetime.datetime.fromisoformat(_birthday_value)

            birthday = birthday_type_0

        set_birthday_request = cls(
            birthday=birthday,
        )

        set_birthday_request.additional_properties = d
        return set_birthday_request

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
