from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_state import OrderState
from ..types import Unset, model_repr

T = TypeVar("T", bound="CompleteOrderResponse")


@_attrs_define
class CompleteOrderResponse:
    is_completed: bool | None = None
    """ If true the order was found and set completed. """
    updated_at: datetime.datetime | None = None
    status: None | OrderState = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "is_completed",
                "updated_at",
                "status",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        is_completed: bool | None
        is_completed = self.is_completed

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        status: int | None
        if isinstance(self.status, OrderState):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "IsCompleted": is_completed,
                "UpdatedAt": updated_at,
                "Status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_completed: bool | None = d.pop("IsCompleted", None)

        _updated_at_value = d.pop("UpdatedAt", None)
        updated_at: datetime.datetime | None
        if _updated_at_value is None or isinstance(_updated_at_value, Unset):
            updated_at = _updated_at_value
        else:
            if not isinstance(_updated_at_value, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at_value)

            updated_at = updated_at_type_0

        _status_value = d.pop("Status", None)
        status: None | OrderState
        if _status_value is None or isinstance(_status_value, Unset):
            status = _status_value
        else:
            if not isinstance(_status_value, int):
                raise TypeError()
            status_type_0 = OrderState(_status_value)

            status = status_type_0

        complete_order_response = cls(
            is_completed=is_completed,
            updated_at=updated_at,
            status=status,
        )

        complete_order_response.additional_properties = d
        return complete_order_response

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
