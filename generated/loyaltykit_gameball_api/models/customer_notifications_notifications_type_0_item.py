from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="CustomerNotificationsNotificationsType0Item")


@_attrs_define
class CustomerNotificationsNotificationsType0Item:
    id: None | str = None
    title: None | str = None
    body: None | str = None
    is_read: bool | None = None
    created_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "title",
                "body",
                "is_read",
                "created_at",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        title: None | str
        title = self.title

        body: None | str
        body = self.body

        is_read: bool | None
        is_read = self.is_read

        created_at: None | str
        if isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "body": body,
                "isRead": is_read,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: None | str = d.pop("id", None)

        title: None | str = d.pop("title", None)

        body: None | str = d.pop("body", None)

        is_read: bool | None = d.pop("isRead", None)

        _created_at_value = d.pop("createdAt", None)
        created_at: datetime.datetime | None
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
