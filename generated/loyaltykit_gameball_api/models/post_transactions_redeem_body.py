from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsRedeemBody")


@_attrs_define
class PostTransactionsRedeemBody:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    transaction_id: str
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). This ID can be
    used to reverse, cancel, or refund any reward or redemption transactions in Gameball. """
    transaction_time: datetime.datetime
    """ The time of the transaction in your system (e.g., order datetime, invoice datetime). Must be in UTC (ISO
    8601 format). """
    email: None | str | Unset = UNSET
    """ Customer's email address. This is required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. This is required if your account uses mobile-based channel merging. """
    amount: Decimal | None | Unset = UNSET
    """ The actual monetary value the customer wants to redeem. This will be deducted from their points balance
    based on the redemption factor. For instance, if the customer wants to redeem $10 and the redemption factor is
    0.1, then 100 points will be deducted from their balance to cover this amount. Note: Only one of amount, points,
    or holdReference must be provided for the redemption. """
    points: int | None | Unset = UNSET
    """ The number of points the customer wants to redeem from their balance. This allows the customer to specify
    exactly how many points they wish to use. Note: Only one of amount, points, or holdReference must be provided
    for the redemption. """
    hold_reference: None | str | Unset = UNSET
    """ A unique reference obtained from the Hold Points API. If provided, the points in the hold will be used. It
    is used when points have been reserved previously, allowing the system to redeem the points that are on hold.
    Example: If you previously used the Hold Points API to hold 100 points, you would provide the holdReference
    obtained from that hold transaction to redeem the 100 points that were held. Note: Only one of amount, points,
    or holdReference must be provided for the redemption. """
    merchant: None | PostTransactionsRedeemBodyMerchantType0 | Unset = UNSET
    """ This object contains details about the specific merchant involved in the transaction, which is particularly
    important for businesses managing multiple merchants or branches under the same Gameball account. This object
    can provide identifying information about both the main merchant and any associated branch where the transaction
    took place. """
    hash_: None | str | Unset = UNSET
    """ A unique, rotating number generated for each customer, used as an additional layer of verification during
    redemptions. For more details on how the hash is generated and validated, refer to the Customer's Hash section.
    """
    otp: None | str | Unset = UNSET
    """ One-time password (OTP) required if OTP is enabled for the customer. This OTP serves as an additional layer
    of security for verifying the redemption request. For more details on how OTP works and when it is required,
    refer to the Transaction Validation section. """
    ignore_otp: bool | None | Unset = UNSET
    """ This attribute allows you to skip OTP verification when set to true. If not provided or set to false, OTP
    verification will be required for accounts configured to use OTP. """
    reason: None | str | Unset = UNSET
    """ An optional reason for the redemption. This can be used to provide context about why the customer is
    redeeming points (e.g., 'Discount on order', 'Loyalty reward'). The reason will be stored with the transaction
    and displayed in the dashboard transaction details. """
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
                "merchant",
                "hash_",
                "otp",
                "ignore_otp",
                "reason",
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

        merchant: dict[str, Any] | None | Unset
        if isinstance(self.merchant, Unset):
            merchant = UNSET
        elif isinstance(self.merchant, PostTransactionsRedeemBodyMerchantType0):
            merchant = self.merchant.to_dict()
        else:
            merchant = self.merchant

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        otp: None | str | Unset
        if isinstance(self.otp, Unset):
            otp = UNSET
        else:
            otp = self.otp

        ignore_otp: bool | None | Unset
        if isinstance(self.ignore_otp, Unset):
            ignore_otp = UNSET
        else:
            ignore_otp = self.ignore_otp

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

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
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if otp is not UNSET:
            field_dict["otp"] = otp
        if ignore_otp is not UNSET:
            field_dict["ignoreOTP"] = ignore_otp
        if reason is not UNSET:
            field_dict["reason"] = reason

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

        _merchant_value = d.pop("merchant", UNSET)
        merchant: None | PostTransactionsRedeemBodyMerchantType0 | Unset
        if _merchant_value is None or isinstance(_merchant_value, Unset):
            merchant = _merchant_value
        else:
            if not isinstance(_merchant_value, dict):
                raise TypeError()
            merchant_type_0 = PostTransactionsRedeemBodyMerchantType0.from_dict(_merchant_value)

            merchant = merchant_type_0

        hash_: None | str | Unset = d.pop("hash", UNSET)

        otp: None | str | Unset = d.pop("otp", UNSET)

        ignore_otp: bool | None | Unset = d.pop("ignoreOTP", UNSET)

        reason: None | str | Unset = d.pop("reason", UNSET)

        post_transactions_redeem_body = cls(
            customer_id=customer_id,
            transaction_id=transaction_id,
            transaction_time=transaction_time,
            email=email,
            mobile=mobile,
            amount=amount,
            points=points,
            hold_reference=hold_reference,
            merchant=merchant,
            hash_=hash_,
            otp=otp,
            ignore_otp=ignore_otp,
            reason=reason,
        )

        post_transactions_redeem_body.additional_properties = d
        return post_transactions_redeem_body

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


from ..models.post_transactions_redeem_body_merchant_type_0 import PostTransactionsRedeemBodyMerchantType0
