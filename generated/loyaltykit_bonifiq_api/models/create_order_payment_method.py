from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CreateOrderPaymentMethod")


@_attrs_define
class CreateOrderPaymentMethod:
    """The Payment Method used in this purchase. Should be the more specific as possible."""

    original_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    paid_amount: Decimal | None | Unset = UNSET
    """ Amount paid with this method (only in the PaymentMethods array). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_id",
                "name",
                "paid_amount",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        paid_amount: Decimal | None | Unset
        if isinstance(self.paid_amount, Unset):
            paid_amount = UNSET
        else:
            paid_amount = self.paid_amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if name is not UNSET:
            field_dict["Name"] = name
        if paid_amount is not UNSET:
            field_dict["PaidAmount"] = paid_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: None | str | Unset = d.pop("OriginalId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        _paid_amount_value = d.pop("PaidAmount", UNSET)
        paid_amount: Decimal | None | Unset
        if _paid_amount_value is None or isinstance(_paid_amount_value, Unset):
            paid_amount = _paid_amount_value
        else:
            if not (
                isinstance(_paid_amount_value, (int, float, Decimal, str)) and not isinstance(_paid_amount_value, bool)
            ):
                raise TypeError()
            paid_amount_type_0 = to_decimal(_paid_amount_value)

            paid_amount = paid_amount_type_0

        create_order_payment_method = cls(
            original_id=original_id,
            name=name,
            paid_amount=paid_amount,
        )

        create_order_payment_method.additional_properties = d
        return create_order_payment_method

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
