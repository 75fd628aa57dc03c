from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerDetailsResponse")


@_attrs_define
class CustomerDetailsResponse:
    customer_id: None | str = None
    """ Unique identifier for the customer """
    gameball_id: Decimal | None = None
    """ The customer's unique ID within the Gameball system """
    customer_attributes: CustomerDetailsResponseCustomerAttributesType0 | None = None
    """ Complete customer attributes including PII """
    referral_code: None | str = None
    """ The referral code of the customer """
    referral_link: None | str = None
    """ The referral link generated for the customer """
    is_referred: bool | None = None
    """ Boolean indicating if this customer was referred """
    dynamic_referral_link: None | str = None
    """ Dynamic referral link for mobile apps """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "gameball_id",
                "customer_attributes",
                "referral_code",
                "referral_link",
                "is_referred",
                "dynamic_referral_link",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        gameball_id: Decimal | None
        gameball_id = self.gameball_id

        customer_attributes: dict[str, Any] | None
        if isinstance(self.customer_attributes, CustomerDetailsResponseCustomerAttributesType0):
            customer_attributes = self.customer_attributes.to_dict()
        else:
            customer_attributes = self.customer_attributes

        referral_code: None | str
        referral_code = self.referral_code

        referral_link: None | str
        referral_link = self.referral_link

        is_referred: bool | None
        is_referred = self.is_referred

        dynamic_referral_link: None | str
        dynamic_referral_link = self.dynamic_referral_link

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "gameballId": gameball_id,
                "customerAttributes": customer_attributes,
                "referralCode": referral_code,
                "referralLink": referral_link,
                "isReferred": is_referred,
                "dynamicReferralLink": dynamic_referral_link,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        _gameball_id_value = d.pop("gameballId", None)
        gameball_id: Decimal | None
        if _gameball_id_value is None or isinstance(_gameball_id_value, Unset):
            gameball_id = _gameball_id_value
        else:
            if not (
                isinstance(_gameball_id_value, (int, float, Decimal, str)) and not isinstance(_gameball_id_value, bool)
            ):
                raise TypeError()
            gameball_id_type_0 = to_decimal(_gameball_id_value)

            gameball_id = gameball_id_type_0

        _customer_attributes_value = d.pop("customerAttributes", None)
        customer_attributes: CustomerDetailsResponseCustomerAttributesType0 | None
        if _customer_attributes_value is None or isinstance(_customer_attributes_value, Unset):
            customer_attributes = _customer_attributes_value
        else:
            if not isinstance(_customer_attributes_value, dict):
                raise TypeError()
            customer_attributes_type_0 = CustomerDetailsResponseCustomerAttributesType0.from_dict(
                _customer_attributes_value
            )

            customer_attributes = customer_attributes_type_0

        referral_code: None | str = d.pop("referralCode", None)

        referral_link: None | str = d.pop("referralLink", None)

        is_referred: bool | None = d.pop("isReferred", None)

        dynamic_referral_link: None | str = d.pop("dynamicReferralLink", None)

        customer_details_response = cls(
            customer_id=customer_id,
            gameball_id=gameball_id,
            customer_attributes=customer_attributes,
            referral_code=referral_code,
            referral_link=referral_link,
            is_referred=is_referred,
            dynamic_referral_link=dynamic_referral_link,
        )

        customer_details_response.additional_properties = d
        return customer_details_response

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


from ..models.customer_details_response_customer_attributes_type_0 import CustomerDetailsResponseCustomerAttributesType0
