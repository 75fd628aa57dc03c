from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CheckoutRemoveCashbackResponse")


@_attrs_define
class CheckoutRemoveCashbackResponse:
    success: bool | None = None
    """ true when the cashback was effectively removed. """
    customer_message: None | str = None
    """ Human-readable message describing the final state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "success",
                "customer_message",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        success: bool | None
        success = self.success

        customer_message: None | str
        customer_message = self.customer_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Success": success,
                "CustomerMessage": customer_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success: bool | None = d.pop("Success", None)

        customer_message: None | str = d.pop("CustomerMessage", None)

        checkout_remove_cashback_response = cls(
            success=success,
            customer_message=customer_message,
        )

        checkout_remove_cashback_response.additional_properties = d
        return checkout_remove_cashback_response

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
