from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsRefundBody")


@_attrs_define
class PostTransactionsRefundBody:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    refund_transaction_id: str
    """ A unique identifier for the refund process transaction in your system (e.g., refund number or transaction
    ID). This ID helps track and reference the refund process itself. Example: If a refund is processed for an item,
    the refundTransactionId could be REFUND-98765, which refers to the specific new refund transaction. """
    reverse_transaction_id: str
    """ The unique transaction ID representing the original order being refunded, reversed, or canceled. This ID is
    sent as reverseTransactionId in the payload and links to the previous transaction. Example: If a customer
    requests a refund for an order previously made with transaction ID ORDER-12345, the reverseTransactionId will be
    ORDER-12345 to indicate which order is being refunded. """
    transaction_time: datetime.datetime
    """ The timestamp of the original transaction in your system (e.g., order datetime, invoice datetime). Must be
    in UTC (ISO 8601 format). """
    email: None | str | Unset = UNSET
    """ Customer's email address. This is required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. This is required if your account uses mobile-based channel merging. """
    refund_amount: Decimal | None | Unset = UNSET
    """ The amount to be refunded from the original transaction. The entire transaction is refunded if this field is
    not provided. Note: For a full refund, you can use any of the following approaches: Send the refund request
    without the refundAmount field, Send the refund request with refundAmount set to null, Send the refund request
    with refundAmount equal to the total paid in the original order. """
    merchant: None | PostTransactionsRefundBodyMerchantType0 | Unset = UNSET
    """ This object contains details about the specific merchant involved in the transaction, which is particularly
    important for businesses managing multiple merchants or branches under the same Gameball account. This object
    can provide identifying information about both the main merchant and any associated branch where the transaction
    took place. """
    line_items: list[PostTransactionsRefundBodyLineItemsType0Item] | None | Unset = UNSET
    """ An array of items from the original transaction that are being refunded. If provided, only the items listed
    in this array will be refunded from the reverseTransactionId. If this field is not provided, the entire
    transaction specified by the reverseTransactionId will be refunded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "refund_transaction_id",
                "reverse_transaction_id",
                "transaction_time",
                "email",
                "mobile",
                "refund_amount",
                "merchant",
                "line_items",
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

        refund_transaction_id = self.refund_transaction_id

        reverse_transaction_id = self.reverse_transaction_id

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

        refund_amount: Decimal | None | Unset
        if isinstance(self.refund_amount, Unset):
            refund_amount = UNSET
        else:
            refund_amount = self.refund_amount

        merchant: dict[str, Any] | None | Unset
        if isinstance(self.merchant, Unset):
            merchant = UNSET
        elif isinstance(self.merchant, PostTransactionsRefundBodyMerchantType0):
            merchant = self.merchant.to_dict()
        else:
            merchant = self.merchant

        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "refundTransactionId": refund_transaction_id,
                "reverseTransactionId": reverse_transaction_id,
                "transactionTime": transaction_time,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if refund_amount is not UNSET:
            field_dict["refundAmount"] = refund_amount
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        refund_transaction_id = d.pop("refundTransactionId")

        reverse_transaction_id = d.pop("reverseTransactionId")

        transaction_time = datetime.datetime.fromisoformat(d.pop("transactionTime"))

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        _refund_amount_value = d.pop("refundAmount", UNSET)
        refund_amount: Decimal | None | Unset
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

        _merchant_value = d.pop("merchant", UNSET)
        merchant: None | PostTransactionsRefundBodyMerchantType0 | Unset
        if _merchant_value is None or isinstance(_merchant_value, Unset):
            merchant = _merchant_value
        else:
            if not isinstance(_merchant_value, dict):
                raise TypeError()
            merchant_type_0 = PostTransactionsRefundBodyMerchantType0.from_dict(_merchant_value)

            merchant = merchant_type_0

        _line_items_value = d.pop("lineItems", UNSET)
        line_items: list[PostTransactionsRefundBodyLineItemsType0Item] | None | Unset
        if _line_items_value is None or isinstance(_line_items_value, Unset):
            line_items = _line_items_value
        else:
            if not isinstance(_line_items_value, list):
                raise TypeError()
            line_items_type_0 = []
            _line_items_type_0 = _line_items_value
            for line_items_type_0_item_data in _line_items_type_0:
                line_items_type_0_item = PostTransactionsRefundBodyLineItemsType0Item.from_dict(
                    line_items_type_0_item_data
                )

                line_items_type_0.append(line_items_type_0_item)

            line_items = line_items_type_0

        post_transactions_refund_body = cls(
            customer_id=customer_id,
            refund_transaction_id=refund_transaction_id,
            reverse_transaction_id=reverse_transaction_id,
            transaction_time=transaction_time,
            email=email,
            mobile=mobile,
            refund_amount=refund_amount,
            merchant=merchant,
            line_items=line_items,
        )

        post_transactions_refund_body.additional_properties = d
        return post_transactions_refund_body

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


from ..models.post_transactions_refund_body_line_items_type_0_item import PostTransactionsRefundBodyLineItemsType0Item
from ..models.post_transactions_refund_body_merchant_type_0 import PostTransactionsRefundBodyMerchantType0
