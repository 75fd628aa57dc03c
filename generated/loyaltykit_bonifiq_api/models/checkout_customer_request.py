from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CheckoutCustomerRequest")


@_attrs_define
class CheckoutCustomerRequest:
    """Request payload for checkout actions that need both customer identification and checkout reference."""

    customer_id: None | str | Unset = UNSET
    """ Required customer identifier used by the merchant platform, such as e-mail or CPF/document. """
    checkout_id: None | str | Unset = UNSET
    """ Required checkout or cart identifier from the e-commerce platform. """
    total: Decimal | None | Unset = UNSET
    """ Optional current checkout total value. Send this only when the platform integration needs the caller to
    provide the latest checkout amount explicitly. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "checkout_id",
                "total",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        checkout_id: None | str | Unset
        if isinstance(self.checkout_id, Unset):
            checkout_id = UNSET
        else:
            checkout_id = self.checkout_id

        total: Decimal | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["CustomerId"] = customer_id
        if checkout_id is not UNSET:
            field_dict["CheckoutId"] = checkout_id
        if total is not UNSET:
            field_dict["Total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("CustomerId", UNSET)

        checkout_id: None | str | Unset = d.pop("CheckoutId", UNSET)

        _total_value = d.pop("Total", UNSET)
        total: Decimal | None | Unset
        if _total_value is None or isinstance(_total_value, Unset):
            total = _total_value
        else:
            if not (isinstance(_total_value, (int, float, Decimal, str)) and not isinstance(_total_value, bool)):
                raise TypeError()
            total_type_0 = to_decimal(_total_value)

            total = total_type_0

        checkout_customer_request = cls(
            customer_id=customer_id,
            checkout_id=checkout_id,
            total=total,
        )

        checkout_customer_request.additional_properties = d
        return checkout_customer_request

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
