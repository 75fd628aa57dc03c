from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerNotificationsNotificationsType0Item")


@_attrs_define
class CustomerNotificationsNotificationsType0Item:
    id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
    is_read: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        is_read: bool | None | Unset
        if isinstance(self.is_read, Unset):
            is_read = UNSET
        else:
            is_read = self.is_read

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if body is not UNSET:
            field_dict["body"] = body
        if is_read is not UNSET:
            field_dict["isRead"] = is_read
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: None | str | Unset = d.pop("id", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        body: None | str | Unset = d.pop("body", UNSET)

        is_read: bool | None | Unset = d.pop("isRead", UNSET)

        _created_at_value = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | None | Unset
        if _created_at_value is None or isinstance(_created_at_value, Unset):
            created_at = _created_at_value
        else:
            if not isinstance(_created_at_value, str):
                raise TypeError()
            created_at_type_0 = datetime.datetime.fromisoformat(_created_at_value)

            created_at = created_at_type_0

        customer_notifications_notifications_type_0_item = cls(
            id=id,
            title=title,
            body=body,
            is_read=is_read,
            created_at=created_at,
        )

        customer_notifications_notifications_type_0_item.additional_properties = d
        return customer_notifications_notifications_type_0_item

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
