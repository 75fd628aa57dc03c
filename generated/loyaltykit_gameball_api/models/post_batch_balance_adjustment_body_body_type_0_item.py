from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostBatchBalanceAdjustmentBodyBodyType0Item")


@_attrs_define
class PostBatchBalanceAdjustmentBodyBodyType0Item:
    customer_id: str
    """ Unique identifier for the customer. """
    amount: Decimal
    """ Amount to adjust the balance by. """
    reason: None | str | Unset = UNSET
    """ Reason for the balance adjustment. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "amount",
                "reason",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        amount = self.amount

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "amount": amount,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        amount = to_decimal(d.pop("amount"))

        reason: None | str | Unset = d.pop("reason", UNSET)

        post_batch_balance_adjustment_body_body_type_0_item = cls(
            customer_id=customer_id,
            amount=amount,
            reason=reason,
        )

        post_batch_balance_adjustment_body_body_type_0_item.additional_properties = d
        return post_batch_balance_adjustment_body_body_type_0_item

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
