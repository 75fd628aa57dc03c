from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_order_transactions_response_200_transactions_type_0_item_transaction_type_type_0 import (
    GetOrderTransactionsResponse200TransactionsType0ItemTransactionTypeType0,
)
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetOrderTransactionsResponse200TransactionsType0Item")


@_attrs_define
class GetOrderTransactionsResponse200TransactionsType0Item:
    transaction_date: datetime.datetime | None = None
    """ The date and time when the transaction occurred. """
    gameball_transaction_id: int | None = None
    """ Unique identifier for the transaction in the Gameball system. """
    transaction_type: GetOrderTransactionsResponse200TransactionsType0ItemTransactionTypeType0 | None = None
    amount: Decimal | None = None
    """ The monetary value involved in the transaction. """
    transaction_id: None | str = None
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). This ID can be
    used to reverse, cancel, or refund any reward or redemption transactions in Gameball. """
    equivalent_points: Decimal | None = None
    """ The points equivalent to the monetary value of the transaction. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "transaction_date",
                "gameball_transaction_id",
                "transaction_type",
                "amount",
                "transaction_id",
                "equivalent_points",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        transaction_date: None | str
        if isinstance(self.transaction_date, datetime.datetime):
            transaction_date = self.transaction_date.isoformat()
        else:
            transaction_date = self.transaction_date

        gameball_transaction_id: int | None
        gameball_transaction_id = self.gameball_transaction_id

        transaction_type: None | str
        if isinstance(self.transaction_type, GetOrderTransactionsResponse200TransactionsType0ItemTransactionTypeType0):
            transaction_type = self.transaction_type.value
        else:
            transaction_type = self.transaction_type

        amount: Decimal | None
        amount = self.amount

        transaction_id: None | str
        transaction_id = self.transaction_id

        equivalent_points: Decimal | None
        equivalent_points = self.equivalent_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionDate": transaction_date,
                "gameballTransactionId": gameball_transaction_id,
                "transactionType": transaction_type,
                "amount": amount,
                "transactionId": transaction_id,
                "equivalentPoints": equivalent_points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _transaction_date_value = d.pop("transactionDate", None)
        transaction_date: datetime.datetime | None
        if _transaction_date_value is None or isinstance(_transaction_date_value, Unset):
            transaction_date = _transaction_date_value
        else:
            if not isinstance(_transaction_date_value, str):
                raise TypeError()
            transaction_date_type_0 = datetime.datetime.fromisoformat(_transaction_date_value)

            transaction_date = transaction_date_type_0

        gameball_transaction_id: int | None = d.pop("gameballTransactionId", None)

        _transaction_type_value = d.pop("transactionType", None)
        transaction_type: GetOrderTransactionsResponse200TransactionsType0ItemTransactionTypeType0 | None
        if _transaction_type_value is None or isinstance(_transaction_type_value, Unset):
            transaction_type = _transaction_type_value
        else:
            if not isinstance(_transaction_type_value, str):
                raise TypeError()
            transaction_type_type_0 = GetOrderTransactionsResponse200TransactionsType0ItemTransactionTypeType0(
                _transaction_type_value
            )

            transaction_type = transaction_type_type_0

        _amount_value = d.pop("amount", None)
        amount: Decimal | None
        if _amount_value is None or isinstance(_amount_value, Unset):
            amount = _amount_value
        else:
            if not (isinstance(_amount_value, (int, float, Decimal, str)) and not isinstance(_amount_value, bool)):
                raise TypeError()
            amount_type_0 = to_decimal(_amount_value)

            amount = amount_type_0

        transaction_id: None | str = d.pop("transactionId", None)

        _equivalent_points_value = d.pop("equivalentPoints", None)
        equivalent_points: Decimal | None
        if _equivalent_points_value is None or isinstance(_equivalent_points_value, Unset):
            equivalent_points = _equivalent_points_value
        else:
            if not (
                isinstance(_equivalent_points_value, (int, float, Decimal, str))
                and not isinstance(_equivalent_points_value, bool)
            ):
                raise TypeError()
            equivalent_points_type_0 = to_decimal(_equivalent_points_value)

            equivalent_points = equivalent_points_type_0

        get_order_transactions_response_200_transactions_type_0_item = cls(
            transaction_date=transaction_date,
            gameball_transaction_id=gameball_transaction_id,
            transaction_type=transaction_type,
            amount=amount,
            transaction_id=transaction_id,
            equivalent_points=equivalent_points,
        )

        get_order_transactions_response_200_transactions_type_0_item.additional_properties = d
        return get_order_transactions_response_200_transactions_type_0_item

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
