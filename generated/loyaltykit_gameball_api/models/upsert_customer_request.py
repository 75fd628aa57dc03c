from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UpsertCustomerRequest")


@_attrs_define
class UpsertCustomerRequest:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    email: None | str | Unset = UNSET
    """ Customer's email address. Required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. Required if your account uses mobile-based channel merging. """
    device_token: None | str | Unset = UNSET
    """ Token used to identify the device. """
    os_type: None | str | Unset = UNSET
    """ Operating system type of the device. """
    customer_attributes: None | Unset | UpsertCustomerRequestCustomerAttributesType0 = UNSET
    """ Additional customer-specific attributes. Includes attributes such as the customer's name, contact details,
    and purchase history. """
    referrer_code: None | str | Unset = UNSET
    """ The referral code of an existing customer who is referring the customer being created. This is required in
    the create customer request to process the referral. """
    guest: bool | None | Unset = UNSET
    """ A flag indicating if the individual interacting with your system is a guest (not signed up). Set this to
    true for guest users; otherwise, they are treated as registered customers by default. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "email",
                "mobile",
                "device_token",
                "os_type",
                "customer_attributes",
                "referrer_code",
                "guest",
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

        device_token: None | str | Unset
        if isinstance(self.device_token, Unset):
            device_token = UNSET
        else:
            device_token = self.device_token

        os_type: None | str | Unset
        if isinstance(self.os_type, Unset):
            os_type = UNSET
        else:
            os_type = self.os_type

        customer_attributes: dict[str, Any] | None | Unset
        if isinstance(self.customer_attributes, Unset):
            customer_attributes = UNSET
        elif isinstance(self.customer_attributes, UpsertCustomerRequestCustomerAttributesType0):
            customer_attributes = self.customer_attributes.to_dict()
        else:
            customer_attributes = self.customer_attributes

        referrer_code: None | str | Unset
        if isinstance(self.referrer_code, Unset):
            referrer_code = UNSET
        else:
            referrer_code = self.referrer_code

        guest: bool | None | Unset
        if isinstance(self.guest, Unset):
            guest = UNSET
        else:
            guest = self.guest

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
        if device_token is not UNSET:
            field_dict["deviceToken"] = device_token
        if os_type is not UNSET:
            field_dict["osType"] = os_type
        if customer_attributes is not UNSET:
            field_dict["customerAttributes"] = customer_attributes
        if referrer_code is not UNSET:
            field_dict["referrerCode"] = referrer_code
        if guest is not UNSET:
            field_dict["guest"] = guest

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        device_token: None | str | Unset = d.pop("deviceToken", UNSET)

        os_type: None | str | Unset = d.pop("osType", UNSET)

        _customer_attributes_value = d.pop("customerAttributes", UNSET)
        customer_attributes: None | Unset | UpsertCustomerRequestCustomerAttributesType0
        if _customer_attributes_value is None or isinstance(_customer_attributes_value, Unset):
            customer_attributes = _customer_attributes_value
        else:
            if not isinstance(_customer_attributes_value, dict):
                raise TypeError()
            customer_attributes_type_0 = UpsertCustomerRequestCustomerAttributesType0.from_dict(
                _customer_attributes_value
            )

            customer_attributes = customer_attributes_type_0

        referrer_code: None | str | Unset = d.pop("referrerCode", UNSET)

        guest: bool | None | Unset = d.pop("guest", UNSET)

        upsert_customer_request = cls(
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            device_token=device_token,
            os_type=os_type,
            customer_attributes=customer_attributes,
            referrer_code=referrer_code,
            guest=guest,
        )

        upsert_customer_request.additional_properties = d
        return upsert_customer_request

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


from ..models.upsert_customer_request_customer_attributes_type_0 import UpsertCustomerRequestCustomerAttributesType0
