from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="CustomerNotifications")


@_attrs_define
class CustomerNotifications:
    notifications: list[CustomerNotificationsNotificationsType0Item] | None = None
    next_cursor: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "notifications",
                "next_cursor",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        notifications: list[dict[str, Any]] | None
        if isinstance(self.notifications, list):
            notifications = []
            for notifications_type_0_item_data in self.notifications:
                notifications_type_0_item = notifications_type_0_item_data.to_dict()
                notifications.append(notifications_type_0_item)

        else:
            notifications = self.notifications

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "notifications": notifications,
                "nextCursor": next_cursor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _notifications_value = d.pop("notifications", None)
        notifications: list[CustomerNotificationsNotificationsType0Item] | None
        if _notifications_value is None or isinstance(_notifications_value, Unset):
            notifications = _notifications_value
        else:
            if not isinstance(_notifications_value, list):
                raise TypeError()
            notifications_type_0 = []
            _notifications_type_0 = _notifications_value
            for notifications_type_0_item_data in _notifications_type_0:
                notifications_type_0_item = CustomerNotificationsNotificationsType0Item.from_dict(
                    notifications_type_0_item_data
                )

                notifications_type_0.append(notifications_type_0_item)

            notifications = notifications_type_0

        next_cursor: None | str = d.pop("nextCursor", None)

        customer_notifications = cls(
            notifications=notifications,
            next_cursor=next_cursor,
        )

        customer_notifications.additional_properties = d
        return customer_notifications

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


from ..models.customer_notifications_notifications_type_0_item import CustomerNotificationsNotificationsType0Item
