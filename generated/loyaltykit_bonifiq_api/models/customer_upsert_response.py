from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerUpsertResponse")


@_attrs_define
class CustomerUpsertResponse:
    """Customer information plus balances, returned by upsert."""

    original_id: None | str = None
    """ This is the Id in the client store. """
    public_id: None | str = None
    """ Bonifiq Plubic Id """
    name: None | str = None
    """ Customer name. """
    email: None | str = None
    """ Customer email. """
    phone: None | str = None
    """ Customer Contact Phone. """
    birthday_date: datetime.datetime | None = None
    """ Customer Birthdate. """
    signup_date: datetime.datetime | None = None
    """ Date when the customer made the register on client store. """
    document: None | str = None
    """ Some document number from the customer, accepts any string. """
    is_enrolled: bool | None = None
    """ If true the customer is participating on the points plan from the store. """
    referral_url: None | str = None
    """ Customer`s Referral URL. Will be null if the Referral Objective is not active. """
    whatsapp_referral_url: None | str = None
    """ Customer`s Referral URL for sharing in Whatsapp. Will be null if Referral Objective is not active """
    current_tier: CustomerCurrentTier | None = None
    """ If the customer is in a Tier returns it. Otherwise returns null """
    balance_of_points: int | None = None
    balance_cashback: Decimal | None = None
    operation: None | str = None
    """ Which operation was performed (create or update). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_id",
                "public_id",
                "name",
                "email",
                "phone",
                "birthday_date",
                "signup_date",
                "document",
                "is_enrolled",
                "referral_url",
                "whatsapp_referral_url",
                "current_tier",
                "balance_of_points",
                "balance_cashback",
                "operation",
            ),
            frozenset(
                (
                    "email",
                    "phone",
                    "birthday_date",
                    "document",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        original_id: None | str
        original_id = self.original_id

        public_id: None | str
        public_id = self.public_id

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        birthday_date: None | str
        if isinstance(self.birthday_date, datetime.datetime):
            birthday_date = self.birthday_date.isoformat()
        else:
            birthday_date = self.birthday_date

        signup_date: None | str
        if isinstance(self.signup_date, datetime.datetime):
            signup_date = self.signup_date.isoformat()
        else:
            signup_date = self.signup_date

        document: None | str
        document = self.document

        is_enrolled: bool | None
        is_enrolled = self.is_enrolled

        referral_url: None | str
        referral_url = self.referral_url

        whatsapp_referral_url: None | str
        whatsapp_referral_url = self.whatsapp_referral_url

        current_tier: dict[str, Any] | None
        if isinstance(self.current_tier, CustomerCurrentTier):
            current_tier = self.current_tier.to_dict()
        else:
            current_tier = self.current_tier

        balance_of_points: int | None
        balance_of_points = self.balance_of_points

        balance_cashback: Decimal | None
        balance_cashback = self.balance_cashback

        operation: None | str
        operation = self.operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OriginalId": original_id,
                "PublicId": public_id,
                "Name": name,
                "Email": email,
                "Phone": phone,
                "BirthdayDate": birthday_date,
                "SignupDate": signup_date,
                "Document": document,
                "IsEnrolled": is_enrolled,
                "ReferralURL": referral_url,
                "WhatsappReferralUrl": whatsapp_referral_url,
                "CurrentTier": current_tier,
                "BalanceOfPoints": balance_of_points,
                "BalanceCashback": balance_cashback,
                "Operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: None | str = d.pop("OriginalId", None)

        public_id: None | str = d.pop("PublicId", None)

        name: None | str = d.pop("Name", None)

        email: None | str = d.pop("Email", None)

        phone: None | str = d.pop("Phone", None)

        _birthday_date_value = d.pop("BirthdayDate", None)
        birthday_date: datetime.datetime | None
        if _birthday_date_value is None or isinstance(_birthday_date_value, Unset):
            birthday_date = _birthday_date_value
        else:
            if not isinstance(_birthday_date_value, str):
                raise TypeError()
            birthday_date_type_0 = datetime.datetime.fromisoformat(_birthday_date_value)

            birthday_date = birthday_date_type_0

        _signup_date_value = d.pop("SignupDate", None)
        signup_date: datetime.datetime | None
        if _signup_date_value is None or isinstance(_signup_date_value, Unset):
            signup_date = _signup_date_value
        else:
            if not isinstance(_signup_date_value, str):
                raise TypeError()
            signup_date_type_0 = datetime.datetime.fromisoformat(_signup_date_value)

            signup_date = signup_date_type_0

        document: None | str = d.pop("Document", None)

        is_enrolled: bool | None = d.pop("IsEnrolled", None)

        referral_url: None | str = d.pop("ReferralURL", None)

        whatsapp_referral_url: None | str = d.pop("WhatsappReferralUrl", None)

        _current_tier_value = d.pop("CurrentTier", None)
        current_tier: CustomerCurrentTier | None
        if _current_tier_value is None or isinstance(_current_tier_value, Unset):
            current_tier = _current_tier_value
        else:
            if not isinstance(_current_tier_value, dict):
                raise TypeError()
            current_tier_type_0 = CustomerCurrentTier.from_dict(_current_tier_value)

            current_tier = current_tier_type_0

        balance_of_points: int | None = d.pop("BalanceOfPoints", None)

        _balance_cashback_value = d.pop("BalanceCashback", None)
        balance_cashback: Decimal | None
        if _balance_cashback_value is None or isinstance(_balance_cashback_value, Unset):
            balance_cashback = _balance_cashback_value
        else:
            if not (
                isinstance(_balance_cashback_value, (int, float, Decimal, str))
                and not isinstance(_balance_cashback_value, bool)
            ):
                raise TypeError()
            balance_cashback_type_0 = to_decimal(_balance_cashback_value)

            balance_cashback = balance_cashback_type_0

        operation: None | str = d.pop("Operation", None)

        customer_upsert_response = cls(
            original_id=original_id,
            public_id=public_id,
            name=name,
            email=email,
            phone=phone,
            birthday_date=birthday_date,
            signup_date=signup_date,
            document=document,
            is_enrolled=is_enrolled,
            referral_url=referral_url,
            whatsapp_referral_url=whatsapp_referral_url,
            current_tier=current_tier,
            balance_of_points=balance_of_points,
            balance_cashback=balance_cashback,
            operation=operation,
        )

        customer_upsert_response.additional_properties = d
        return customer_upsert_response

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


from ..models.customer_current_tier import CustomerCurrentTier
