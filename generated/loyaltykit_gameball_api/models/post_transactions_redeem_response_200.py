from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsRedeemResponse200")


@_attrs_define
class PostTransactionsRedeemResponse200:
    customer_id: None | str = None
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    gameball_transaction_id: None | str = None
    """ Unique identifier for the transaction in the Gameball system. """
    transaction_id: None | str = None
    """ A unique identifier for the transaction in your system (e.g., order number or invoice number). This ID can
    be used to reverse, cancel, or refund any reward or redemption transactions in Gameball. """
    redeem_amount: Decimal | None = None
    """ The amount of money redeemed in the transaction, based on the points redeemed. Example: If a customer
    redeems points equivalent to $10 off their purchase, the redeemAmount will be 10.0. """
    redeem_equivalent_points: Decimal | None = None
    """ The number of points used to redeem the specified monetary value in the transaction. Example: If a customer
    uses 100 points to redeem $10, the redeemEquivalentPoints will be 100. """
    reason: None | str = None
    """ The reason provided for the redemption, if one was included in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "gameball_transaction_id",
                "transaction_id",
                "redeem_amount",
                "redeem_equivalent_points",
                "reason",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        gameball_transaction_id: None | str
        gameball_transaction_id = self.gameball_transaction_id

        transaction_id: None | str
        transaction_id = self.transaction_id

        redeem_amount: Decimal | None
        redeem_amount = self.redeem_amount

        redeem_equivalent_points: Decimal | None
        redeem_equivalent_points = self.redeem_equivalent_points

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "gameballTransactionId": gameball_transaction_id,
                "transactionId": transaction_id,
                "redeemAmount": redeem_amount,
                "redeemEquivalentPoints": redeem_equivalent_points,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        gameball_transaction_id: None | str = d.pop("gameballTransactionId", None)

        transaction_id: None | str = d.pop("transactionId", None)

        _redeem_amount_value = d.pop("redeemAmount", None)
        redeem_amount: Decimal | None
        if _redeem_amount_value is None or isinstance(_redeem_amount_value, Unset):
            redeem_amount = _redeem_amount_value
        else:
            if not (
                isinstance(_redeem_amount_value, (int, float, Decimal, str))
                and not isinstance(_redeem_amount_value, bool)
            ):
                raise TypeError()
            redeem_amount_type_0 = to_decimal(_redeem_amount_value)

            redeem_amount = redeem_amount_type_0

        _redeem_equivalent_points_value = d.pop("redeemEquivalentPoints", None)
        redeem_equivalent_points: Decimal | None
        if _redeem_equivalent_points_value is None or isinstance(_redeem_equivalent_points_value, Unset):
            redeem_equivalent_points = _redeem_equivalent_points_value
        else:
            if not (
                isinstance(_redeem_equivalent_points_value, (int, float, Decimal, str))
                and not isinstance(_redeem_equivalent_points_value, bool)
            ):
                raise TypeError()
            redeem_equivalent_points_type_0 = to_decimal(_redeem_equivalent_points_value)

            redeem_equivalent_points = redeem_equivalent_points_type_0

        reason: None | str = d.pop("reason", None)

        post_transactions_redeem_response_200 = cls(
            customer_id=customer_id,
            gameball_transaction_id=gameball_transaction_id,
            transaction_id=transaction_id,
            redeem_amount=redeem_amount,
            redeem_equivalent_points=redeem_equivalent_points,
            reason=reason,
        )

        post_transactions_redeem_response_200.additional_properties = d
        return post_transactions_redeem_response_200

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
