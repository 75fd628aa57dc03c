from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    customer_id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    attributes: CustomerAttributesType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
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

        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, CustomerAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        _attributes_value = d.pop("attributes", UNSET)
        attributes: CustomerAttributesType0 | None | Unset
        if _attributes_value is None or isinstance(_attributes_value, Unset):
            attributes = _attributes_value
        else:
            if not isinstance(_attributes_value, dict):
                raise TypeError()
            attributes_type_0 = CustomerAttributesType0.from_dict(_attributes_value)

            attributes = attributes_type_0

        customer = cls(
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            attributes=attributes,
        )

        customer.additional_properties = d
        return customer

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


from ..models.customer_attributes_type_0 import CustomerAttributesType0
