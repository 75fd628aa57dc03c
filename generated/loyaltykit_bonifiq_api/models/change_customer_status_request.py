from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ChangeCustomerStatusRequest")


@_attrs_define
class ChangeCustomerStatusRequest:
    reason: str
    """ Required. Used to track why the status has changed. Internal-use only. """
    is_enabled: bool | None | Unset = UNSET
    """ An active customer (IsEnabled=true) can receive points and participate in the program points. An inactive
    customer (IsEnabled=false) will not receive points nor will be able to redeem rewards. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "reason",
                "is_enabled",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        is_enabled: bool | None | Unset
        if isinstance(self.is_enabled, Unset):
            is_enabled = UNSET
        else:
            is_enabled = self.is_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Reason": reason,
            }
        )
        if is_enabled is not UNSET:
            field_dict["IsEnabled"] = is_enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("Reason")

        is_enabled: bool | None | Unset = d.pop("IsEnabled", UNSET)

        change_customer_status_request = cls(
            reason=reason,
            is_enabled=is_enabled,
        )

        change_customer_status_request.additional_properties = d
        return change_customer_status_request

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
