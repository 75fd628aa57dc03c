from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ChangeCustomerStatusRequest")


@_attrs_define
class ChangeCustomerStatusRequest:
    is_enabled: bool | None | Unset = UNSET
    """ An active customer (IsEnabled=true) can receive points and participate in the program points. An inactive
    customer (IsEnabled=false) will not receive points nor will be able to redeem rewards. """
    reason: None | str | Unset = UNSET
    """ Required. Used to track why the status has changed. Internal-use only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_enabled: bool | None | Unset
        if isinstance(self.is_enabled, Unset):
            is_enabled = UNSET
        else:
            is_enabled = self.is_enabled

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_enabled is not UNSET:
            field_dict["IsEnabled"] = is_enabled
        if reason is not UNSET:
            field_dict["Reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_enabled: bool | None | Unset = d.pop("IsEnabled", UNSET)

        reason: None | str | Unset = d.pop("Reason", UNSET)

        change_customer_status_request = cls(
            is_enabled=is_enabled,
            reason=reason,
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
