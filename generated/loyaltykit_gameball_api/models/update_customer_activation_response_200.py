from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="UpdateCustomerActivationResponse200")


@_attrs_define
class UpdateCustomerActivationResponse200:
    customer_id: None | str = None
    """ Echo of the customer ID from the request. """
    is_active: bool | None = None
    """ The customer's activation state after this request. """
    state_changed: bool | None = None
    """ `true` if the state was different before this request and changed as a result; `false` if the customer was
    already in the target state (idempotent no-op). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "is_active",
                "state_changed",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        is_active: bool | None
        is_active = self.is_active

        state_changed: bool | None
        state_changed = self.state_changed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "isActive": is_active,
                "stateChanged": state_changed,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        is_active: bool | None = d.pop("isActive", None)

        state_changed: bool | None = d.pop("stateChanged", None)

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
