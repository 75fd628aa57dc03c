from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetTransactionsCustomerViewResponse200")


@_attrs_define
class GetTransactionsCustomerViewResponse200:
    transactions: list[GetTransactionsCustomerViewResponse200TransactionsType0Item] | None = None
    count: Decimal | None = None
    """ The total number of transactions on the current page. """
    has_more: bool | None = None
    """ Indicating whether there are additional transactions to be fetched beyond the current page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "transactions",
                "count",
                "has_more",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        transactions: list[dict[str, Any]] | None
        if isinstance(self.transactions, list):
            transactions = []
            for transactions_type_0_item_data in self.transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = self.transactions

        count: Decimal | None
        count = self.count

        has_more: bool | None
        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactions": transactions,
                "count": count,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _transactions_value = d.pop("transactions", None)
        transactions: list[GetTransactionsCustomerViewResponse200TransactionsType0Item] | None
        if _transactions_value is None or isinstance(_transactions_value, Unset):
            transactions = _transactions_value
        else:
            if not isinstance(_transactions_value, list):
                raise TypeError()
            transactions_type_0 = []
            _transactions_type_0 = _transactions_value
            for transactions_type_0_item_data in _transactions_type_0:
                transactions_type_0_item = GetTransactionsCustomerViewResponse200TransactionsType0Item.from_dict(
                    transactions_type_0_item_data
                )

                transactions_type_0.append(transactions_type_0_item)

            transactions = transactions_type_0

        _count_value = d.pop("count", None)
        count: Decimal | None
        if _count_value is None or isinstance(_count_value, Unset):
            count = _count_value
        else:
            if not (isinstance(_count_value, (int, float, Decimal, str)) and not isinstance(_count_value, bool)):
                raise TypeError()
            count_type_0 = to_decimal(_count_value)

            count = count_type_0

        has_more: bool | None = d.pop("hasMore", None)

        get_transactions_customer_view_response_200 = cls(
            transactions=transactions,
            count=count,
            has_more=has_more,
        )

        get_transactions_customer_view_response_200.additional_properties = d
        return get_transactions_customer_view_response_200

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


from ..models.get_transactions_customer_view_response_200_transactions_type_0_item import (
    GetTransactionsCustomerViewResponse200TransactionsType0Item,
)
