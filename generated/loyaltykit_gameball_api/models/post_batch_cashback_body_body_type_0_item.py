from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="PostBatchCashbackBodyBodyType0Item")


@_attrs_define
class PostBatchCashbackBodyBodyType0Item:
    customer_id: None | str | Unset = UNSET
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. """
    email: None | str | Unset = UNSET
    """ Customer's email address. Required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. Required if your account uses mobile-based channel merging. """
    transaction_id: None | str | Unset = UNSET
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). """
    transaction_time: datetime.datetime | None | Unset = UNSET
    """ The time of the transaction in your system. Must be in UTC (ISO 8601 format). """
    amount: Decimal | None | Unset = UNSET
    """ Monetary value of the transaction for which the customer will be rewarded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

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

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        transaction_time: None | str | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        elif isinstance(self.transaction_time, datetime.datetime):
            transaction_time = self.transaction_time.isoformat()
        else:
            transaction_time = self.transaction_time

        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if transaction_time is not UNSET:
            field_dict["transactionTime"] = transaction_time
        if amount is not UNSET:
            field_dict["amount"] = amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        transaction_id: None | str | Unset = d.pop("transactionId", UNSET)

        _transaction_time_value = d.pop("transactionTime", UNSET)
        transaction_time: datetime.datetime | None | Unset
        if _transaction_time_value is None or isinstance(_transaction_time_value, Unset):
            transaction_time = _transaction_time_value
        else:
            if not isinstance(_transaction_time_value, str):
                raise TypeError()
            transaction_time_type_0 = datetime.datetime.fromisoformat(_transaction_time_value)

            transaction_time = transaction_time_type_0

        _amount_value = d.pop("amount", UNSET)
        amount: Decimal | None | Unset
        if _amount_value is None or isinstance(_amount_value, Unset):
            amount = _amount_value
        else:
            if not (isinstance(_amount_value, (int, float, Decimal, str)) and not isinstance(_amount_value, bool)):
                raise TypeError()
            amount_type_0 = to_decimal(_amount_value)

            amount = amount_type_0

        post_batch_cashback_body_body_type_0_item = cls(
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            transaction_id=transaction_id,
            transaction_time=transaction_time,
            amount=amount,
        )

        post_batch_cashback_body_body_type_0_item.additional_properties = d
        return post_batch_cashback_body_body_type_0_item

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
