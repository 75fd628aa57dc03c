from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CustomerChallengeRequest")


@_attrs_define
class CustomerChallengeRequest:
    transaction_id: None | str | Unset = UNSET
    """ This is a unique ID that is used to identify this request. Can be any string that is linked to the currente
    purchase. If no ID is available, the current timestamp can be used """
    phone: None | str | Unset = UNSET
    """ If the customers dont have a phone number in BonifiQ yet it can be informed by the customer. BonifiQ can use
    this number to execute the challenge """
    email: None | str | Unset = UNSET
    """ If the customer dont have an e-mail address yet in BonifiQ it can be informed by the customer. BonifiQ can
    use this address to execute the challenge """
    document: None | str | Unset = UNSET
    """ Customer document; sent only for signup validation (ShouldValidateCustomerSignup=true). """
    name: None | str | Unset = UNSET
    """ Customer name; sent only for signup validation (ShouldValidateCustomerSignup=true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "transaction_id",
                "phone",
                "email",
                "document",
                "name",
            ),
            frozenset(
                (
                    "phone",
                    "email",
                    "document",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        document: None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        else:
            document = self.document

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["TransactionId"] = transaction_id
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if email is not UNSET:
            field_dict["Email"] = email
        if document is not UNSET:
            field_dict["Document"] = document
        if name is not UNSET:
            field_dict["Name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id: None | str | Unset = d.pop("TransactionId", UNSET)

        phone: None | str | Unset = d.pop("Phone", UNSET)

        email: None | str | Unset = d.pop("Email", UNSET)

        document: None | str | Unset = d.pop("Document", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        customer_challenge_request = cls(
            transaction_id=transaction_id,
            phone=phone,
            email=email,
            document=document,
            name=name,
        )

        customer_challenge_request.additional_properties = d
        return customer_challenge_request

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
