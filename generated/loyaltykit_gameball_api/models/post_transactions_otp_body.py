from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsOtpBody")


@_attrs_define
class PostTransactionsOtpBody:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    email: None | str | Unset = UNSET
    """ Customer's email address. This is required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. This is required if your account uses mobile-based channel merging. """
    amount: Decimal | None | Unset = UNSET
    """ The monetary value associated with the redemption or hold operation for which the OTP is being generated.
    This allows you to secure specific financial transactions by tying the OTP to an exact amount. Note: Only one of
    ruleId, points, or amount must be provided for the OTP request to proceed. """
    points: int | None | Unset = UNSET
    """ The number of loyalty points for which the OTP is being generated. This allows the customer to redeem or
    hold a specific quantity of points, adding an extra layer of security to the transaction. Note: Only one of
    ruleId, points, or amount must be provided for the OTP request to proceed. """
    rule_id: int | None | Unset = UNSET
    """ The ID of a redemption rule configured within Gameball's system that the customer wants to use. Clients can
    create custom redemption rules through the Gameball dashboard to specify different redemption options. For
    example, a redemption rule may allow points to be redeemed for a free product, free shipping, percentage-based
    discounts, or fixed-amount discounts. You can retrieve your configured redemption rules and their associated IDs
    by using the Redemption Configuration API. Note: Only one of ruleId, points, or amount must be provided for the
    OTP request to proceed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "email",
                "mobile",
                "amount",
                "points",
                "rule_id",
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

        rule_id: int | None | Unset
        if isinstance(self.rule_id, Unset):
            rule_id = UNSET
        else:
            rule_id = self.rule_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
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
        if rule_id is not UNSET:
            field_dict["ruleId"] = rule_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

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

        rule_id: int | None | Unset = d.pop("ruleId", UNSET)

        post_transactions_otp_body = cls(
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            amount=amount,
            points=points,
            rule_id=rule_id,
        )

        post_transactions_otp_body.additional_properties = d
        return post_transactions_otp_body

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
