from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerUpsertResponse")


@_attrs_define
class CustomerUpsertResponse:
    """Customer information plus balances, returned by upsert."""

    original_id: None | str | Unset = UNSET
    """ This is the Id in the client store. """
    public_id: None | str | Unset = UNSET
    """ Bonifiq Plubic Id """
    name: None | str | Unset = UNSET
    """ Customer name. """
    email: None | str | Unset = UNSET
    """ Customer email. """
    phone: None | str | Unset = UNSET
    """ Customer Contact Phone. """
    birthday_date: datetime.datetime | None | Unset = UNSET
    """ Customer Birthdate. """
    signup_date: datetime.datetime | None | Unset = UNSET
    """ Date when the customer made the register on client store. """
    document: None | str | Unset = UNSET
    """ Some document number from the customer, accepts any string. """
    is_enrolled: bool | None | Unset = UNSET
    """ If true the customer is participating on the points plan from the store. """
    referral_url: None | str | Unset = UNSET
    """ Customer`s Referral URL. Will be null if the Referral Objective is not active. """
    whatsapp_referral_url: None | str | Unset = UNSET
    """ Customer`s Referral URL for sharing in Whatsapp. Will be null if Referral Objective is not active """
    current_tier: CustomerCurrentTier | None | Unset = UNSET
    """ If the customer is in a Tier returns it. Otherwise returns null """
    balance_of_points: int | None | Unset = UNSET
    balance_cashback: Decimal | None | Unset = UNSET
    operation: None | str | Unset = UNSET
    """ Which operation was performed (create or update). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        public_id: None | str | Unset
        if isinstance(self.public_id, Unset):
            public_id = UNSET
        else:
            public_id = self.public_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        birthday_date: None | str | Unset
        if isinstance(self.birthday_date, Unset):
            birthday_date = UNSET
        elif isinstance(self.birthday_date, datetime.datetime):
            birthday_date = self.birthday_date.isoformat()
        else:
            birthday_date = self.birthday_date

        signup_date: None | str | Unset
        if isinstance(self.signup_date, Unset):
            signup_date = UNSET
        elif isinstance(self.signup_date, datetime.datetime):
            signup_date = self.signup_date.isoformat()
        else:
            signup_date = self.signup_date

        document: None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        else:
            document = self.document

        is_enrolled: bool | None | Unset
        if isinstance(self.is_enrolled, Unset):
            is_enrolled = UNSET
        else:
            is_enrolled = self.is_enrolled

        referral_url: None | str | Unset
        if isinstance(self.referral_url, Unset):
            referral_url = UNSET
        else:
            referral_url = self.referral_url

        whatsapp_referral_url: None | str | Unset
        if isinstance(self.whatsapp_referral_url, Unset):
            whatsapp_referral_url = UNSET
        else:
            whatsapp_referral_url = self.whatsapp_referral_url

        current_tier: dict[str, Any] | None | Unset
        if isinstance(self.current_tier, Unset):
            current_tier = UNSET
        elif isinstance(self.current_tier, CustomerCurrentTier):
            current_tier = self.current_tier.to_dict()
        else:
            current_tier = self.current_tier

        balance_of_points: int | None | Unset
        if isinstance(self.balance_of_points, Unset):
            balance_of_points = UNSET
        else:
            balance_of_points = self.balance_of_points

        balance_cashback: Decimal | None | Unset
        if isinstance(self.balance_cashback, Unset):
            balance_cashback = UNSET
        else:
            balance_cashback = self.balance_cashback

        operation: None | str | Unset
        if isinstance(self.operation, Unset):
            operation = UNSET
        else:
            operation = self.operation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if public_id is not UNSET:
            field_dict["PublicId"] = public_id
        if name is not UNSET:
            field_dict["Name"] = name
        if email is not UNSET:
            field_dict["Email"] = email
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if birthday_date is not UNSET:
            field_dict["BirthdayDate"] = birthday_date
        if signup_date is not UNSET:
            field_dict["SignupDate"] = signup_date
        if document is not UNSET:
            field_dict["Document"] = document
        if is_enrolled is not UNSET:
            field_dict["IsEnrolled"] = is_enrolled
        if referral_url is not UNSET:
            field_dict["ReferralURL"] = referral_url
        if whatsapp_referral_url is not UNSET:
            field_dict["WhatsappReferralUrl"] = whatsapp_referral_url
        if current_tier is not UNSET:
            field_dict["CurrentTier"] = current_tier
        if balance_of_points is not UNSET:
            field_dict["BalanceOfPoints"] = balance_of_points
        if balance_cashback is not UNSET:
            field_dict["BalanceCashback"] = balance_cashback
        if operation is not UNSET:
            field_dict["Operation"] = operation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: None | str | Unset = d.pop("OriginalId", UNSET)

        public_id: None | str | Unset = d.pop("PublicId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        email: None | str | Unset = d.pop("Email", UNSET)

        phone: None | str | Unset = d.pop("Phone", UNSET)

        _birthday_date_value = d.pop("BirthdayDate", UNSET)
        birthday_date: datetime.datetime | None | Unset
        if _birthday_date_value is None or isinstance(_birthday_date_value, Unset):
            birthday_date = _birthday_date_value
        else:
            if not isinstance(_birthday_date_value, str):
                raise TypeError()
            birthday_date_type_0 = datetime.datetime.fromisoformat(_birthday_date_value)

            birthday_date = birthday_date_type_0

        _signup_date_value = d.pop("SignupDate", UNSET)
        signup_date: datetime.datetime | None | Unset
        if _signup_date_value is None or isinstance(_signup_date_value, Unset):
            signup_date = _signup_date_value
        else:
            if not isinstance(_signup_date_value, str):
                raise TypeError()
            signup_date_type_0 = datetime.datetime.fromisoformat(_signup_date_value)

            signup_date = signup_date_type_0

        document: None | str | Unset = d.pop("Document", UNSET)

        is_enrolled: bool | None | Unset = d.pop("IsEnrolled", UNSET)

        referral_url: None | str | Unset = d.pop("ReferralURL", UNSET)

        whatsapp_referral_url: None | str | Unset = d.pop("WhatsappReferralUrl", UNSET)

        _current_tier_value = d.pop("CurrentTier", UNSET)
        current_tier: CustomerCurrentTier | None | Unset
        if _current_tier_value is None or isinstance(_current_tier_value, Unset):
            current_tier = _current_tier_value
        else:
            if not isinstance(_current_tier_value, dict):
                raise TypeError()
            current_tier_type_0 = CustomerCurrentTier.from_dict(_current_tier_value)

            current_tier = current_tier_type_0

        balance_of_points: int | None | Unset = d.pop("BalanceOfPoints", UNSET)

        _balance_cashback_value = d.pop("BalanceCashback", UNSET)
        balance_cashback: Decimal | None | Unset
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

        operation: None | str | Unset = d.pop("Operation", UNSET)

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
