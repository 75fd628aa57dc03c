from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CheckoutRefreshCashbackResponse")


@_attrs_define
class CheckoutRefreshCashbackResponse:
    cashback_removed: bool | None = None
    """ true when the cashback was removed from the checkout. """
    customer_message: None | str = None
    """ Human-readable message describing the final state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "cashback_removed",
                "customer_message",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        cashback_removed: bool | None
        cashback_removed = self.cashback_removed

        customer_message: None | str
        customer_message = self.customer_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CashbackRemoved": cashback_removed,
                "CustomerMessage": customer_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        cashback_removed: bool | None = d.pop("CashbackRemoved", None)

        customer_message: None | str = d.pop("CustomerMessage", None)

        checkout_refresh_cashback_response = cls(
            cashback_removed=cashback_removed,
            customer_message=customer_message,
        )

        checkout_refresh_cashback_response.additional_properties = d
        return checkout_refresh_cashback_response

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
