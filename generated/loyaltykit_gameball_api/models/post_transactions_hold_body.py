from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsHoldBody")


@_attrs_define
class PostTransactionsHoldBody:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    transaction_time: datetime.datetime
    """ The time of the transaction in your system (e.g., order datetime, invoice datetime). Must be in UTC (ISO
    8601 format). """
    email: None | str | Unset = UNSET
    """ Customer's email address. This is required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. This is required if your account uses mobile-based channel merging. """
    otp: None | str | Unset = UNSET
    """ A one-time password (OTP) sent to the customer for authentication purposes. This is used only if your
    account has OTP configuration enabled. For more details on how the OTP is generated and validated, refer to the
    OTP Generation and Validation section. """
    ignore_otp: bool | None | Unset = UNSET
    """ This attribute allows you to skip OTP verification when set to true. If not provided or set to false, OTP
    verification will be required for accounts configured to use OTP. """
    amount_to_hold: Decimal | None | Unset = UNSET
    """ The monetary value (in the system's currency) that will be held from the customer's points balance. This
    allows you to reserve a specific monetary amount using the customer's points. Note: Only one of ruleId,
    amountToHold, or pointsToHold must be provided for the hold request to proceed. """
    points_to_hold: int | None | Unset = UNSET
    """ The number of points to be held from the customer's points balance. This allows you to reserve a certain
    number of points for later use. Note: Only one of ruleId, amountToHold, or pointsToHold must be provided for the
    hold request to proceed. """
    rule_id: None | str | Unset = UNSET
    """ The ID of a redemption rule configured within Gameball's system. Clients can create custom redemption rules
    through the Gameball dashboard to specify different redemption options. For example, a redemption rule may allow
    points to be redeemed for a free product, free shipping, percentage-based discounts, or fixed-amount discounts.
    You can retrieve your configured redemption rules and their associated IDs by using the Redemption Configuration
    API. Note: Only one of ruleId, amountToHold, or pointsToHold must be provided for the hold request to proceed.
    """
    hash_: None | str | Unset = UNSET
    """ A unique, rotating number generated for each customer, used as an additional layer of verification during
    redemptions. This number changes with each transaction to ensure secure validation. For more details on how the
    hash is generated and validated, refer to the Customer's Hash section. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "transaction_time",
                "email",
                "mobile",
                "otp",
                "ignore_otp",
                "amount_to_hold",
                "points_to_hold",
                "rule_id",
                "hash_",
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

        amount_to_hold: Decimal | None | Unset
        if isinstance(self.amount_to_hold, Unset):
            amount_to_hold = UNSET
        else:
            amount_to_hold = self.amount_to_hold

        points_to_hold: int | None | Unset
        if isinstance(self.points_to_hold, Unset):
            points_to_hold = UNSET
        else:
            points_to_hold = self.points_to_hold

        rule_id: None | str | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "transactionTime": transaction_time,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if otp is not UNSET:
            field_dict["otp"] = otp
        if ignore_otp is not UNSET:
            field_dict["ignoreOTP"] = ignore_otp
        if amount_to_hold is not UNSET:
            field_dict["amountToHold"] = amount_to_hold
        if points_to_hold is not UNSET:
            field_dict["pointsToHold"] = points_to_hold
        if rule_id is not UNSET:
            field_dict["ruleId"] = rule_id
        if hash_ is not UNSET:
            field_dict["hash"] = hash_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        transaction_time = datetime.datetime.fromisoformat(d.pop("transactionTime"))

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        otp: None | str | Unset = d.pop("otp", UNSET)

        ignore_otp: bool | None | Unset = d.pop("ignoreOTP", UNSET)

        _amount_to_hold_value = d.pop("amountToHold", UNSET)
        amount_to_hold: Decimal | None | Unset
        if _amount_to_hold_value is None or isinstance(_amount_to_hold_value, Unset):
            amount_to_hold = _amount_to_hold_value
        else:
            if not (
                isinstance(_amount_to_hold_value, (int, float, Decimal, str))
                and not isinstance(_amount_to_hold_value, bool)
            ):
                raise TypeError()
            amount_to_hold_type_0 = to_decimal(_amount_to_hold_value)

            amount_to_hold = amount_to_hold_type_0

        points_to_hold: int | None | Unset = d.pop("pointsToHold", UNSET)

        rule_id: None | str | Unset = d.pop("ruleId", UNSET)

        hash_: None | str | Unset = d.pop("hash", UNSET)

        post_transactions_hold_body = cls(
            customer_id=customer_id,
            transaction_time=transaction_time,
            email=email,
            mobile=mobile,
            otp=otp,
            ignore_otp=ignore_otp,
            amount_to_hold=amount_to_hold,
            points_to_hold=points_to_hold,
            rule_id=rule_id,
            hash_=hash_,
        )

        post_transactions_hold_body.additional_properties = d
        return post_transactions_hold_body

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
