from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerResponse")


@_attrs_define
class CustomerResponse:
    gameball_id: Decimal | None | Unset = UNSET
    """ The customer's unique ID within the Gameball system """
    customer_id: None | str | Unset = UNSET
    """ Unique identifier for the customer """
    customer_attributes: CustomerResponseCustomerAttributesType0 | None | Unset = UNSET
    """ Customer attributes (minimized, excluding PII) """
    referral_code: None | str | Unset = UNSET
    """ The referral code of the customer """
    referral_link: None | str | Unset = UNSET
    """ The referral link generated for the customer """
    is_referred: bool | None | Unset = UNSET
    """ Boolean indicating if this customer was referred """
    dynamic_referral_link: None | str | Unset = UNSET
    """ Dynamic referral link for mobile apps """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gameball_id: Decimal | None | Unset
        if isinstance(self.gameball_id, Unset):
            gameball_id = UNSET
        else:
            gameball_id = self.gameball_id

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_attributes: dict[str, Any] | None | Unset
        if isinstance(self.customer_attributes, Unset):
            customer_attributes = UNSET
        elif isinstance(self.customer_attributes, CustomerResponseCustomerAttributesType0):
            customer_attributes = self.customer_attributes.to_dict()
        else:
            customer_attributes = self.customer_attributes

        referral_code: None | str | Unset
        if isinstance(self.referral_code, Unset):
            referral_code = UNSET
        else:
            referral_code = self.referral_code

        referral_link: None | str | Unset
        if isinstance(self.referral_link, Unset):
            referral_link = UNSET
        else:
            referral_link = self.referral_link

        is_referred: bool | None | Unset
        if isinstance(self.is_referred, Unset):
            is_referred = UNSET
        else:
            is_referred = self.is_referred

        dynamic_referral_link: None | str | Unset
        if isinstance(self.dynamic_referral_link, Unset):
            dynamic_referral_link = UNSET
        else:
            dynamic_referral_link = self.dynamic_referral_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gameball_id is not UNSET:
            field_dict["gameballId"] = gameball_id
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_attributes is not UNSET:
            field_dict["customerAttributes"] = customer_attributes
        if referral_code is not UNSET:
            field_dict["referralCode"] = referral_code
        if referral_link is not UNSET:
            field_dict["referralLink"] = referral_link
        if is_referred is not UNSET:
            field_dict["isReferred"] = is_referred
        if dynamic_referral_link is not UNSET:
            field_dict["dynamicReferralLink"] = dynamic_referral_link

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _gameball_id_value = d.pop("gameballId", UNSET)
        gameball_id: Decimal | None | Unset
        if _gameball_id_value is None or isinstance(_gameball_id_value, Unset):
            gameball_id = _gameball_id_value
        else:
            if not (
                isinstance(_gameball_id_value, (int, float, Decimal, str)) and not isinstance(_gameball_id_value, bool)
            ):
                raise TypeError()
            gameball_id_type_0 = to_decimal(_gameball_id_value)

            gameball_id = gameball_id_type_0

        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        _customer_attributes_value = d.pop("customerAttributes", UNSET)
        customer_attributes: CustomerResponseCustomerAttributesType0 | None | Unset
        if _customer_attributes_value is None or isinstance(_customer_attributes_value, Unset):
            customer_attributes = _customer_attributes_value
        else:
            if not isinstance(_customer_attributes_value, dict):
                raise TypeError()
            customer_attributes_type_0 = CustomerResponseCustomerAttributesType0.from_dict(_customer_attributes_value)

            customer_attributes = customer_attributes_type_0

        referral_code: None | str | Unset = d.pop("referralCode", UNSET)

        referral_link: None | str | Unset = d.pop("referralLink", UNSET)

        is_referred: bool | None | Unset = d.pop("isReferred", UNSET)

        dynamic_referral_link: None | str | Unset = d.pop("dynamicReferralLink", UNSET)

        customer_response = cls(
            gameball_id=gameball_id,
            customer_id=customer_id,
            customer_attributes=customer_attributes,
            referral_code=referral_code,
            referral_link=referral_link,
            is_referred=is_referred,
            dynamic_referral_link=dynamic_referral_link,
        )

        customer_response.additional_properties = d
        return customer_response

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


from ..models.customer_response_customer_attributes_type_0 import CustomerResponseCustomerAttributesType0
