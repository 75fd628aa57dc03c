from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="PostTransactionsRefundResponse200")


@_attrs_define
class PostTransactionsRefundResponse200:
    gameball_transaction_id: None | str | Unset = UNSET
    """ Unique identifier for the refund transaction in the Gameball system. """
    refund_transaction_id: None | str | Unset = UNSET
    """ Unique identifier for the refund process transaction in your system (e.g., refund number or transaction ID).
    This ID helps track and reference the refund process itself. Example: If the refund process for an order has a
    transaction ID REFUND-54321, this ID will be used to track the refund operation. """
    refund_amount: Decimal | None | Unset = UNSET
    """ The amount refunded from the original transaction. Example: If a customer was originally charged $100 and
    you refunded $40, the refundAmount will be 40. """
    refund_equivalent_points: Decimal | None | Unset = UNSET
    """ The number of points equivalent to the monetary value refunded in the transaction. Example: If $40 is
    refunded and your points-to-currency ratio is 1 point = $0.10, then the refundEquivalentPoints would be 400
    points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gameball_transaction_id: None | str | Unset
        if isinstance(self.gameball_transaction_id, Unset):
            gameball_transaction_id = UNSET
        else:
            gameball_transaction_id = self.gameball_transaction_id

        refund_transaction_id: None | str | Unset
        if isinstance(self.refund_transaction_id, Unset):
            refund_transaction_id = UNSET
        else:
            refund_transaction_id = self.refund_transaction_id

        refund_amount: Decimal | None | Unset
        if isinstance(self.refund_amount, Unset):
            refund_amount = UNSET
        else:
            refund_amount = self.refund_amount

        refund_equivalent_points: Decimal | None | Unset
        if isinstance(self.refund_equivalent_points, Unset):
            refund_equivalent_points = UNSET
        else:
            refund_equivalent_points = self.refund_equivalent_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gameball_transaction_id is not UNSET:
            field_dict["gameballTransactionId"] = gameball_transaction_id
        if refund_transaction_id is not UNSET:
            field_dict["refundTransactionId"] = refund_transaction_id
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if refund_equivalent_points is not UNSET:
            field_dict["refundEquivalentPoints"] = refund_equivalent_points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gameball_transaction_id: None | str | Unset = d.pop("gameballTransactionId", UNSET)

        refund_transaction_id: None | str | Unset = d.pop("refundTransactionId", UNSET)

        _refund_amount_value = d.pop("refundAmount", UNSET)
        refund_amount: Decimal | None | Unset
        if _refund_amount_value is None or isinstance(_refund_amount_value, Unset):
            refund_amount = _refund_amount_value
        else:
            if not (
                isinstance(_refund_amount_value, (int, float, Decimal, str))
                and not isinstance(_refund_amount_value, bool)
            ):
                raise TypeError()
            refund_amount_type_0 = to_decimal(_refund_amount_value)

            refund_amount = refund_amount_type_0

        _refund_equivalent_points_value = d.pop("refundEquivalentPoints", UNSET)
        refund_equivalent_points: Decimal | None | Unset
        if _refund_equivalent_points_value is None or isinstance(_refund_equivalent_points_value, Unset):
            refund_equivalent_points = _refund_equivalent_points_value
        else:
            if not (
                isinstance(_refund_equivalent_points_value, (int, float, Decimal, str))
                and not isinstance(_refund_equivalent_points_value, bool)
            ):
                raise TypeError()
            refund_equivalent_points_type_0 = to_decimal(_refund_equivalent_points_value)

            refund_equivalent_points = refund_equivalent_points_type_0

        post_transactions_refund_response_200 = cls(
            gameball_transaction_id=gameball_transaction_id,
            refund_transaction_id=refund_transaction_id,
            refund_amount=refund_amount,
            refund_equivalent_points=refund_equivalent_points,
        )

        post_transactions_refund_response_200.additional_properties = d
        return post_transactions_refund_response_200

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
