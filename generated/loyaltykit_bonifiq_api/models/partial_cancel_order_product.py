from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PartialCancelOrderProduct")


@_attrs_define
class PartialCancelOrderProduct:
    original_id: None | str | Unset = UNSET
    value_to_refund: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_id",
                "value_to_refund",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        value_to_refund: Decimal | None | Unset
        if isinstance(self.value_to_refund, Unset):
            value_to_refund = UNSET
        else:
            value_to_refund = self.value_to_refund

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if value_to_refund is not UNSET:
            field_dict["ValueToRefund"] = value_to_refund

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: None | str | Unset = d.pop("OriginalId", UNSET)

        _value_to_refund_value = d.pop("ValueToRefund", UNSET)
        value_to_refund: Decimal | None | Unset
        if _value_to_refund_value is None or isinstance(_value_to_refund_value, Unset):
            value_to_refund = _value_to_refund_value
        else:
            if not (
                isinstance(_value_to_refund_value, (int, float, Decimal, str))
                and not isinstance(_value_to_refund_value, bool)
            ):
                raise TypeError()
            value_to_refund_type_0 = to_decimal(_value_to_refund_value)

            value_to_refund = value_to_refund_type_0

        partial_cancel_order_product = cls(
            original_id=original_id,
            value_to_refund=value_to_refund,
        )

        partial_cancel_order_product.additional_properties = d
        return partial_cancel_order_product

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
