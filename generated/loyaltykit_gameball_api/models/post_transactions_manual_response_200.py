from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsManualResponse200")


@_attrs_define
class PostTransactionsManualResponse200:
    customer_id: None | str = None
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    gameball_transaction_id: Decimal | None = None
    """ The unique identifier for the transaction within Gameball. """
    transaction_id: None | str = None
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). This ID can be
    used to reverse, cancel, or refund any reward or redemption transactions in Gameball. """
    points: Decimal | None = None
    """ The number of points rewarded or deducted in the transaction. """
    amount: Decimal | None = None
    """ The monetary value processed in the transaction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "gameball_transaction_id",
                "transaction_id",
                "points",
                "amount",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        gameball_transaction_id: Decimal | None
        gameball_transaction_id = self.gameball_transaction_id

        transaction_id: None | str
        transaction_id = self.transaction_id

        points: Decimal | None
        points = self.points

        amount: Decimal | None
        amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "gameballTransactionId": gameball_transaction_id,
                "transactionId": transaction_id,
                "points": points,
                "amount": amount,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        _gameball_transaction_id_value = d.pop("gameballTransactionId", None)
        gameball_transaction_id: Decimal | None
        if _gameball_transaction_id_value is None or isinstance(_gameball_transaction_id_value, Unset):
            gameball_transaction_id = _gameball_transaction_id_value
        else:
            if not (
                isinstance(_gameball_transaction_id_value, (int, float, Decimal, str))
                and not isinstance(_gameball_transaction_id_value, bool)
            ):
                raise TypeError()
            gameball_transaction_id_type_0 = to_decimal(_gameball_transaction_id_value)

            gameball_transaction_id = gameball_transaction_id_type_0

        transaction_id: None | str = d.pop("transactionId", None)

        _points_value = d.pop("points", None)
        points: Decimal | None
        if _points_value is None or isinstance(_points_value, Unset):
            points = _points_value
        else:
            if not (isinstance(_points_value, (int, float, Decimal, str)) and not isinstance(_points_value, bool)):
                raise TypeError()
            points_type_0 = to_decimal(_points_value)

            points = points_type_0

        _amount_value = d.pop("amount", None)
        amount: Decimal | None
        if _amount_value is None or isinstance(_amount_value, Unset):
            amount = _amount_value
        else:
            if not (isinstance(_amount_value, (int, float, Decimal, str)) and not isinstance(_amount_value, bool)):
                raise TypeError()
            amount_type_0 = to_decimal(_amount_value)

            amount = amount_type_0

        post_transactions_manual_response_200 = cls(
            customer_id=customer_id,
            gameball_transaction_id=gameball_transaction_id,
            transaction_id=transaction_id,
            points=points,
            amount=amount,
        )

        post_transactions_manual_response_200.additional_properties = d
        return post_transactions_manual_response_200

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
