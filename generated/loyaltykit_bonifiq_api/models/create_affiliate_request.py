from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CreateAffiliateRequest")


@_attrs_define
class CreateAffiliateRequest:
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    """ Email address of the affiliate, used in OriginalId """
    document: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    coupon: None | str | Unset = UNSET
    """ Affiliate code or coupon """
    invite_to_portal: bool | None | Unset = UNSET
    """ Invite to affiliate portal, if the portal is active """
    create_customer: bool | None | Unset = UNSET
    """ Flag to create the customer in loyalty if not exists """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "email",
                "document",
                "phone",
                "coupon",
                "invite_to_portal",
                "create_customer",
            ),
            frozenset(
                (
                    "email",
                    "document",
                    "phone",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
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

        document: None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        else:
            document = self.document

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        coupon: None | str | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        else:
            coupon = self.coupon

        invite_to_portal: bool | None | Unset
        if isinstance(self.invite_to_portal, Unset):
            invite_to_portal = UNSET
        else:
            invite_to_portal = self.invite_to_portal

        create_customer: bool | None | Unset
        if isinstance(self.create_customer, Unset):
            create_customer = UNSET
        else:
            create_customer = self.create_customer

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["Name"] = name
        if email is not UNSET:
            field_dict["Email"] = email
        if document is not UNSET:
            field_dict["Document"] = document
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if coupon is not UNSET:
            field_dict["Coupon"] = coupon
        if invite_to_portal is not UNSET:
            field_dict["InviteToPortal"] = invite_to_portal
        if create_customer is not UNSET:
            field_dict["CreateCustomer"] = create_customer

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("Name", UNSET)

        email: None | str | Unset = d.pop("Email", UNSET)

        document: None | str | Unset = d.pop("Document", UNSET)

        phone: None | str | Unset = d.pop("Phone", UNSET)

        coupon: None | str | Unset = d.pop("Coupon", UNSET)

        invite_to_portal: bool | None | Unset = d.pop("InviteToPortal", UNSET)

        create_customer: bool | None | Unset = d.pop("CreateCustomer", UNSET)

        create_affiliate_request = cls(
            name=name,
            email=email,
            document=document,
            phone=phone,
            coupon=coupon,
            invite_to_portal=invite_to_portal,
            create_customer=create_customer,
        )

        create_affiliate_request.additional_properties = d
        return create_affiliate_request

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
