from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsCashbackBody")


@_attrs_define
class PostTransactionsCashbackBody:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email or anything that uniquely identifies the customer. """
    transaction_id: str
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). This ID is
    critical for managing transaction lifecycle events such as reversals, cancellations, or refunds in Gameball. """
    transaction_time: datetime.datetime
    """ The time of the transaction in your system (e.g., order datetime, invoice datetime). Must be in UTC (ISO
    8601 format). """
    amount: Decimal
    """ Monetary value of the transaction for which the customer will be rewarded, based on the Cashback program
    configuration. """
    email: None | str | Unset = UNSET
    """ Customer's email address. This is required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. This is required if your account uses mobile-based channel merging. """
    merchant: None | PostTransactionsCashbackBodyMerchantType0 | Unset = UNSET
    """ This object contains details about the specific merchant involved in the transaction, which is particularly
    important for businesses managing multiple merchants or branches under the same Gameball account. This object
    can provide identifying information about both the main merchant and any associated branch where the transaction
    took place. """
    configurations: None | PostTransactionsCashbackBodyConfigurationsType0 | Unset = UNSET
    """ This object contains configurations related to the cashback settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "transaction_id",
                "transaction_time",
                "amount",
                "email",
                "mobile",
                "merchant",
                "configurations",
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

        amount = self.amount

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

        merchant: dict[str, Any] | None | Unset
        if isinstance(self.merchant, Unset):
            merchant = UNSET
        elif isinstance(self.merchant, PostTransactionsCashbackBodyMerchantType0):
            merchant = self.merchant.to_dict()
        else:
            merchant = self.merchant

        configurations: dict[str, Any] | None | Unset
        if isinstance(self.configurations, Unset):
            configurations = UNSET
        elif isinstance(self.configurations, PostTransactionsCashbackBodyConfigurationsType0):
            configurations = self.configurations.to_dict()
        else:
            configurations = self.configurations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "transactionId": transaction_id,
                "transactionTime": transaction_time,
                "amount": amount,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if configurations is not UNSET:
            field_dict["configurations"] = configurations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        transaction_id = d.pop("transactionId")

        transaction_time = datetime.datetime.fromisoformat(d.pop("transactionTime"))

        amount = to_decimal(d.pop("amount"))

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        _merchant_value = d.pop("merchant", UNSET)
        merchant: None | PostTransactionsCashbackBodyMerchantType0 | Unset
        if _merchant_value is None or isinstance(_merchant_value, Unset):
            merchant = _merchant_value
        else:
            if not isinstance(_merchant_value, dict):
                raise TypeError()
            merchant_type_0 = PostTransactionsCashbackBodyMerchantType0.from_dict(_merchant_value)

            merchant = merchant_type_0

        _configurations_value = d.pop("configurations", UNSET)
        configurations: None | PostTransactionsCashbackBodyConfigurationsType0 | Unset
        if _configurations_value is None or isinstance(_configurations_value, Unset):
            configurations = _configurations_value
        else:
            if not isinstance(_configurations_value, dict):
                raise TypeError()
            configurations_type_0 = PostTransactionsCashbackBodyConfigurationsType0.from_dict(_configurations_value)

            configurations = configurations_type_0

        post_transactions_cashback_body = cls(
            customer_id=customer_id,
            transaction_id=transaction_id,
            transaction_time=transaction_time,
            amount=amount,
            email=email,
            mobile=mobile,
            merchant=merchant,
            configurations=configurations,
        )

        post_transactions_cashback_body.additional_properties = d
        return post_transactions_cashback_body

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


from ..models.post_transactions_cashback_body_configurations_type_0 import (
    PostTransactionsCashbackBodyConfigurationsType0,
)
from ..models.post_transactions_cashback_body_merchant_type_0 import PostTransactionsCashbackBodyMerchantType0
