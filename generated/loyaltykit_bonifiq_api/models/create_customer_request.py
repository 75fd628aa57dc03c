from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateCustomerRequest")


@_attrs_define
class CreateCustomerRequest:
    """Creater Customer body Request"""

    original_id: str
    """ This is the Id in the client store. """
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
    enrolled_date: datetime.datetime | None | Unset = UNSET
    """ Date the customer enrolled in the program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_id",
                "name",
                "email",
                "phone",
                "birthday_date",
                "signup_date",
                "document",
                "is_enrolled",
                "enrolled_date",
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
        original_id = self.original_id

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

        enrolled_date: None | str | Unset
        if isinstance(self.enrolled_date, Unset):
            enrolled_date = UNSET
        elif isinstance(self.enrolled_date, datetime.datetime):
            enrolled_date = self.enrolled_date.isoformat()
        else:
            enrolled_date = self.enrolled_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OriginalId": original_id,
            }
        )
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
        if enrolled_date is not UNSET:
            field_dict["EnrolledDate"] = enrolled_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id = d.pop("OriginalId")

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

        _enrolled_date_value = d.pop("EnrolledDate", UNSET)
        enrolled_date: datetime.datetime | None | Unset
        if _enrolled_date_value is None or isinstance(_enrolled_date_value, Unset):
            enrolled_date = _enrolled_date_value
        else:
            if not isinstance(_enrolled_date_value, str):
                raise TypeError()
            enrolled_date_type_0 = datetime.datetime.fromisoformat(_enrolled_date_value)

            enrolled_date = enrolled_date_type_0

        create_customer_request = cls(
            original_id=original_id,
            name=name,
            email=email,
            phone=phone,
            birthday_date=birthday_date,
            signup_date=signup_date,
            document=document,
            is_enrolled=is_enrolled,
            enrolled_date=enrolled_date,
        )

        create_customer_request.additional_properties = d
        return create_customer_request

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
