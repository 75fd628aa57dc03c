from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsRefundResponse200")


@_attrs_define
class PostTransactionsRefundResponse200:
    gameball_transaction_id: None | str = None
    """ Unique identifier for the refund transaction in the Gameball system. """
    refund_transaction_id: None | str = None
    """ Unique identifier for the refund process transaction in your system (e.g., refund number or transaction ID).
    This ID helps track and reference the refund process itself. Example: If the refund process for an order has a
    transaction ID REFUND-54321, this ID will be used to track the refund operation. """
    refund_amount: Decimal | None = None
    """ The amount refunded from the original transaction. Example: If a customer was originally charged $100 and
    you refunded $40, the refundAmount will be 40. """
    refund_equivalent_points: Decimal | None = None
    """ The number of points equivalent to the monetary value refunded in the transaction. Example: If $40 is
    refunded and your points-to-currency ratio is 1 point = $0.10, then the refundEquivalentPoints would be 400
    points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "gameball_transaction_id",
                "refund_transaction_id",
                "refund_amount",
                "refund_equivalent_points",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        gameball_transaction_id: None | str
        gameball_transaction_id = self.gameball_transaction_id

        refund_transaction_id: None | str
        refund_transaction_id = self.refund_transaction_id

        refund_amount: Decimal | None
        refund_amount = self.refund_amount

        refund_equivalent_points: Decimal | None
        refund_equivalent_points = self.refund_equivalent_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gameballTransactionId": gameball_transaction_id,
                "refundTransactionId": refund_transaction_id,
                "refundAmount": refund_amount,
                "refundEquivalentPoints": refund_equivalent_points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gameball_transaction_id: None | str = d.pop("gameballTransactionId", None)

        refund_transaction_id: None | str = d.pop("refundTransactionId", None)

        _refund_amount_value = d.pop("refundAmount", None)
        refund_amount: Decimal | None
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

        _refund_equivalent_points_value = d.pop("refundEquivalentPoints", None)
        refund_equivalent_points: Decimal | None
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
