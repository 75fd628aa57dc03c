from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CheckoutRedeemItem")


@_attrs_define
class CheckoutRedeemItem:
    """Order item for cashback eligibility validation."""

    external_product_id: None | str | Unset = UNSET
    value: Decimal | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "external_product_id",
                "value",
                "quantity",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        external_product_id: None | str | Unset
        if isinstance(self.external_product_id, Unset):
            external_product_id = UNSET
        else:
            external_product_id = self.external_product_id

        value: Decimal | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if external_product_id is not UNSET:
            field_dict["ExternalProductId"] = external_product_id
        if value is not UNSET:
            field_dict["Value"] = value
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        external_product_id: None | str | Unset = d.pop("ExternalProductId", UNSET)

        _value_value = d.pop("Value", UNSET)
        value: Decimal | None | Unset
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        quantity: int | None | Unset = d.pop("Quantity", UNSET)

        checkout_redeem_item = cls(
            external_product_id=external_product_id,
            value=value,
            quantity=quantity,
        )

        checkout_redeem_item.additional_properties = d
        return checkout_redeem_item

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
