from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="PostTransactionsRedeemResponse200")


@_attrs_define
class PostTransactionsRedeemResponse200:
    customer_id: None | str | Unset = UNSET
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    gameball_transaction_id: None | str | Unset = UNSET
    """ Unique identifier for the transaction in the Gameball system. """
    transaction_id: None | str | Unset = UNSET
    """ A unique identifier for the transaction in your system (e.g., order number or invoice number). This ID can
    be used to reverse, cancel, or refund any reward or redemption transactions in Gameball. """
    redeem_amount: Decimal | None | Unset = UNSET
    """ The amount of money redeemed in the transaction, based on the points redeemed. Example: If a customer
    redeems points equivalent to $10 off their purchase, the redeemAmount will be 10.0. """
    redeem_equivalent_points: Decimal | None | Unset = UNSET
    """ The number of points used to redeem the specified monetary value in the transaction. Example: If a customer
    uses 100 points to redeem $10, the redeemEquivalentPoints will be 100. """
    reason: None | str | Unset = UNSET
    """ The reason provided for the redemption, if one was included in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        gameball_transaction_id: None | str | Unset
        if isinstance(self.gameball_transaction_id, Unset):
            gameball_transaction_id = UNSET
        else:
            gameball_transaction_id = self.gameball_transaction_id

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        redeem_amount: Decimal | None | Unset
        if isinstance(self.redeem_amount, Unset):
            redeem_amount = UNSET
        else:
            redeem_amount = self.redeem_amount

        redeem_equivalent_points: Decimal | None | Unset
        if isinstance(self.redeem_equivalent_points, Unset):
            redeem_equivalent_points = UNSET
        else:
            redeem_equivalent_points = self.redeem_equivalent_points

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if gameball_transaction_id is not UNSET:
            field_dict["gameballTransactionId"] = gameball_transaction_id
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if redeem_amount is not UNSET:
            field_dict["redeemAmount"] = redeem_amount
        if redeem_equivalent_points is not UNSET:
            field_dict["redeemEquivalentPoints"] = redeem_equivalent_points
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        gameball_transaction_id: None | str | Unset = d.pop("gameballTransactionId", UNSET)

        transaction_id: None | str | Unset = d.pop("transactionId", UNSET)

        _redeem_amount_value = d.pop("redeemAmount", UNSET)
        redeem_amount: Decimal | None | Unset
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

        _redeem_equivalent_points_value = d.pop("redeemEquivalentPoints", UNSET)
        redeem_equivalent_points: Decimal | None | Unset
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

        reason: None | str | Unset = d.pop("reason", UNSET)

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
