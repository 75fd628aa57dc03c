from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsManualBody")


@_attrs_define
class PostTransactionsManualBody:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    transaction_id: str
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). This ID can be
    used to reverse, cancel, or refund any reward or redemption transactions in Gameball. """
    username: str
    """ The username of the admin performing the manual transaction. """
    reason: str
    """ Reason for manually rewarding or deducting points (e.g., 'Referral bonus'). """
    email: None | str | Unset = UNSET
    """ Customer's email address. This is required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. This is required if your account uses mobile-based channel merging. """
    transaction_time: datetime.datetime | None | Unset = UNSET
    """ The time of the transaction in your system (e.g., order datetime, invoice datetime). Must be in UTC (ISO
    8601 format). Defaults to the current time in UTC when omitted. """
    points: int | None | Unset = UNSET
    """ The number of points to be rewarded or deducted. Provide either points or amount. Positive values add
    points, and negative values deduct points. """
    amount: Decimal | None | Unset = UNSET
    """ The monetary value, in system currency, associated with the transaction. Provide either points or amount.
    Positive values add points, and negative values deduct points. """
    expiry_after: int | None | Unset = UNSET
    """ The number of days after which the points added in this transaction will expire, counted from the time of
    the addition. For example, 30 means the awarded points expire 30 days from now. When omitted, null, or 0, the
    points follow the client's default points-expiry setting configured in the dashboard. This replicates the
    custom-expiry option available when manually adding points from the Gameball dashboard. expiryAfter applies only
    to point additions; it cannot be used when deducting points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "transaction_id",
                "username",
                "reason",
                "email",
                "mobile",
                "transaction_time",
                "points",
                "amount",
                "expiry_after",
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

        username = self.username

        reason = self.reason

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

        transaction_time: None | str | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        elif isinstance(self.transaction_time, datetime.datetime):
            transaction_time = self.transaction_time.isoformat()
        else:
            transaction_time = self.transaction_time

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        expiry_after: int | None | Unset
        if isinstance(self.expiry_after, Unset):
            expiry_after = UNSET
        else:
            expiry_after = self.expiry_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "transactionId": transaction_id,
                "username": username,
                "reason": reason,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if transaction_time is not UNSET:
            field_dict["transactionTime"] = transaction_time
        if points is not UNSET:
            field_dict["points"] = points
        if amount is not UNSET:
            field_dict["amount"] = amount
        if expiry_after is not UNSET:
            field_dict["expiryAfter"] = expiry_after

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        transaction_id = d.pop("transactionId")

        username = d.pop("username")

        reason = d.pop("reason")

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        _transaction_time_value = d.pop("transactionTime", UNSET)
        transaction_time: datetime.datetime | None | Unset
        if _transaction_time_value is None or isinstance(_transaction_time_value, Unset):
            transaction_time = _transaction_time_value
        else:
            if not isinstance(_transaction_time_value, str):
                raise TypeError()
            transaction_time_type_0 = datetime.datetime.fromisoformat(_transaction_time_value)

            transaction_time = transaction_time_type_0

        points: int | None | Unset = d.pop("points", UNSET)

        _amount_value = d.pop("amount", UNSET)
        amount: Decimal | None | Unset
        if _amount_value is None or isinstance(_amount_value, Unset):
            amount = _amount_value
        else:
            if not (isinstance(_amount_value, (int, float, Decimal, str)) and not isinstance(_amount_value, bool)):
                raise TypeError()
            amount_type_0 = to_decimal(_amount_value)

            amount = amount_type_0

        expiry_after: int | None | Unset = d.pop("expiryAfter", UNSET)

        post_transactions_manual_body = cls(
            customer_id=customer_id,
            transaction_id=transaction_id,
            username=username,
            reason=reason,
            email=email,
            mobile=mobile,
            transaction_time=transaction_time,
            points=points,
            amount=amount,
            expiry_after=expiry_after,
        )

        post_transactions_manual_body.additional_properties = d
        return post_transactions_manual_body

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
