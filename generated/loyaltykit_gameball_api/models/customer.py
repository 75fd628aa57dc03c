from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    customer_id: None | str = None
    email: None | str = None
    mobile: None | str = None
    attributes: CustomerAttributesType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "email",
                "mobile",
                "attributes",
            ),
            frozenset(
                (
                    "email",
                    "mobile",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        email: None | str
        email = self.email

        mobile: None | str
        mobile = self.mobile

        attributes: dict[str, Any] | None
        if isinstance(self.attributes, CustomerAttributesType0):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "email": email,
                "mobile": mobile,
                "attributes": attributes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        email: None | str = d.pop("email", None)

        mobile: None | str = d.pop("mobile", None)

        _attributes_value = d.pop("attributes", None)
        attributes: CustomerAttributesType0 | None
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
