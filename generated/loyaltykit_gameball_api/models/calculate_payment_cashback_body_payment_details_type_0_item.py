from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CalculatePaymentCashbackBodyPaymentDetailsType0Item")


@_attrs_define
class CalculatePaymentCashbackBodyPaymentDetailsType0Item:
    service_id: None | str | Unset = UNSET
    """ Unique identifier for the service. """
    service_name: None | str | Unset = UNSET
    """ Service title or name. """
    service_provider: None | str | Unset = UNSET
    """ Company or entity that provides the service being paid for. """
    amount: Decimal | None | Unset = UNSET
    """ The original amount of a single service before any tax or discount is applied. """
    tax: Decimal | None | Unset = UNSET
    """ The total amount of taxes applied to the service. Must be positive. """
    discount: Decimal | None | Unset = UNSET
    """ The total discount applied to this service, expressed as a positive value. """
    tags: list[str] | None | Unset = UNSET
    """ Tags associated with the service for categorization or promotional purposes. """
    category: list[str] | None | Unset = UNSET
    """ Service category. It can include one or multiple categories. """
    extra: CalculatePaymentCashbackBodyPaymentDetailsType0ItemExtraType0 | None | Unset = UNSET
    """ Key-value pairs containing any extra information about the service. The values must be of type string or
    number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "service_id",
                "service_name",
                "service_provider",
                "amount",
                "tax",
                "discount",
                "tags",
                "category",
                "extra",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        service_id: None | str | Unset
        if isinstance(self.service_id, Unset):
            service_id = UNSET
        else:
            service_id = self.service_id

        service_name: None | str | Unset
        if isinstance(self.service_name, Unset):
            service_name = UNSET
        else:
            service_name = self.service_name

        service_provider: None | str | Unset
        if isinstance(self.service_provider, Unset):
            service_provider = UNSET
        else:
            service_provider = self.service_provider

        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        tax: Decimal | None | Unset
        if isinstance(self.tax, Unset):
            tax = UNSET
        else:
            tax = self.tax

        discount: Decimal | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        category: list[str] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, list):
            category = self.category

        else:
            category = self.category

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, CalculatePaymentCashbackBodyPaymentDetailsType0ItemExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if service_name is not UNSET:
            field_dict["serviceName"] = service_name
        if service_provider is not UNSET:
            field_dict["serviceProvider"] = service_provider
        if amount is not UNSET:
            field_dict["amount"] = amount
        if tax is not UNSET:
            field_dict["tax"] = tax
        if discount is not UNSET:
            field_dict["discount"] = discount
        if tags is not UNSET:
            field_dict["tags"] = tags
        if category is not UNSET:
            field_dict["category"] = category
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_id: None | str | Unset = d.pop("serviceId", UNSET)

        service_name: None | str | Unset = d.pop("serviceName", UNSET)

        service_provider: None | str | Unset = d.pop("serviceProvider", UNSET)

        _amount_value = d.pop("amount", UNSET)
        amount: Decimal | None | Unset
        if _amount_value is None or isinstance(_amount_value, Unset):
            amount = _amount_value
        else:
            if not (isinstance(_amount_value, (int, float, Decimal, str)) and not isinstance(_amount_value, bool)):
                raise TypeError()
            amount_type_0 = to_decimal(_amount_value)

            amount = amount_type_0

        _tax_value = d.pop("tax", UNSET)
        tax: Decimal | None | Unset
        if _tax_value is None or isinstance(_tax_value, Unset):
            tax = _tax_value
        else:
            if not (isinstance(_tax_value, (int, float, Decimal, str)) and not isinstance(_tax_value, bool)):
                raise TypeError()
            tax_type_0 = to_decimal(_tax_value)

            tax = tax_type_0

        _discount_value = d.pop("discount", UNSET)
        discount: Decimal | None | Unset
        if _discount_value is None or isinstance(_discount_value, Unset):
            discount = _discount_value
        else:
            if not (isinstance(_discount_value, (int, float, Decimal, str)) and not isinstance(_discount_value, bool)):
                raise TypeError()
            discount_type_0 = to_decimal(_discount_value)

            discount = discount_type_0

        _tags_value = d.pop("tags", UNSET)
        tags: list[str] | None | Unset
        if _tags_value is None or isinstance(_tags_value, Unset):
            tags = _tags_value
        else:
            if not isinstance(_tags_value, list):
                raise TypeError()
            tags_type_0 = cast(list[str], _tags_value)

            tags = tags_type_0

        _category_value = d.pop("category", UNSET)
        category: list[str] | None | Unset
        if _category_value is None or isinstance(_category_value, Unset):
            category = _category_value
        else:
            if not isinstance(_category_value, list):
                raise TypeError()
            category_type_0 = cast(list[str], _category_value)

            category = category_type_0

        _extra_value = d.pop("extra", UNSET)
        extra: CalculatePaymentCashbackBodyPaymentDetailsType0ItemExtraType0 | None | Unset
        if _extra_value is None or isinstance(_extra_value, Unset):
            extra = _extra_value
        else:
            if not isinstance(_extra_value, dict):
                raise TypeError()
            extra_type_0 = CalculatePaymentCashbackBodyPaymentDetailsType0ItemExtraType0.from_dict(_extra_value)

            extra = extra_type_0

        calculate_payment_cashback_body_payment_details_type_0_item = cls(
            service_id=service_id,
            service_name=service_name,
            service_provider=service_provider,
            amount=amount,
            tax=tax,
            discount=discount,
            tags=tags,
            category=category,
            extra=extra,
        )

        calculate_payment_cashback_body_payment_details_type_0_item.additional_properties = d
        return calculate_payment_cashback_body_payment_details_type_0_item

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


from ..models.calculate_payment_cashback_body_payment_details_type_0_item_extra_type_0 import (
    CalculatePaymentCashbackBodyPaymentDetailsType0ItemExtraType0,
)
