from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostBatchRedeemBodyBodyType0Item")


@_attrs_define
class PostBatchRedeemBodyBodyType0Item:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. """
    transaction_id: str
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). """
    transaction_time: datetime.datetime
    """ The time of the transaction in your system. Must be in UTC (ISO 8601 format). """
    email: None | str | Unset = UNSET
    """ Customer's email address. Required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. Required if your account uses mobile-based channel merging. """
    amount: Decimal | None | Unset = UNSET
    """ The actual monetary value the customer wants to redeem. """
    points: int | None | Unset = UNSET
    """ The number of points the customer wants to redeem from their balance. """
    hold_reference: None | str | Unset = UNSET
    """ A unique reference obtained from the Hold Points API. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "transaction_id",
                "transaction_time",
                "email",
                "mobile",
                "amount",
                "points",
                "hold_reference",
            ),
            frozenset(
                (
                    "email",
                    "mobile",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        transaction_id = self.transaction_id

        transaction_time = self.transaction_time.isoformat()

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        hold_reference: None | str | Unset
        if isinstance(self.hold_reference, Unset):
            hold_reference = UNSET
        else:
            hold_reference = self.hold_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "transactionId": transaction_id,
                "transactionTime": transaction_time,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if amount is not UNSET:
            field_dict["amount"] = amount
        if points is not UNSET:
            field_dict["points"] = points
        if hold_reference is not UNSET:
            field_dict["holdReference"] = hold_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        transaction_id = d.pop("transactionId")

        transaction_time = datetime.datetime.fromisoformat(d.pop("transactionTime"))

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        _amount_value = d.pop("amount", UNSET)
        amount: Decimal | None | Unset
        if _amount_value is None or isinstance(_amount_value, Unset):
            amount = _amount_value
        else:
            if not (isinstance(_amount_value, (int, float, Decimal, str)) and not isinstance(_amount_value, bool)):
                raise TypeError()
            amount_type_0 = to_decimal(_amount_value)

            amount = amount_type_0

        points: int | None | Unset = d.pop("points", UNSET)

        hold_reference: None | str | Unset = d.pop("holdReference", UNSET)

        post_batch_redeem_body_body_type_0_item = cls(
            customer_id=customer_id,
            transaction_id=transaction_id,
            transaction_time=transaction_time,
            email=email,
            mobile=mobile,
            amount=amount,
            points=points,
            hold_reference=hold_reference,
        )

        post_batch_redeem_body_body_type_0_item.additional_properties = d
        return post_batch_redeem_body_body_type_0_item

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
