from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomerActivationResponse200")


@_attrs_define
class UpdateCustomerActivationResponse200:
    customer_id: None | str | Unset = UNSET
    """ Echo of the customer ID from the request. """
    is_active: bool | None | Unset = UNSET
    """ The customer's activation state after this request. """
    state_changed: bool | None | Unset = UNSET
    """ `true` if the state was different before this request and changed as a result; `false` if the customer was
    already in the target state (idempotent no-op). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        state_changed: bool | None | Unset
        if isinstance(self.state_changed, Unset):
            state_changed = UNSET
        else:
            state_changed = self.state_changed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if state_changed is not UNSET:
            field_dict["stateChanged"] = state_changed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        is_active: bool | None | Unset = d.pop("isActive", UNSET)

        state_changed: bool | None | Unset = d.pop("stateChanged", UNSET)

        update_customer_activation_response_200 = cls(
            customer_id=customer_id,
            is_active=is_active,
            state_changed=state_changed,
        )

        update_customer_activation_response_200.additional_properties = d
        return update_customer_activation_response_200

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
