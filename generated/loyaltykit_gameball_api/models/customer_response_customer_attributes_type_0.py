from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerResponseCustomerAttributesType0")


@_attrs_define
class CustomerResponseCustomerAttributesType0:
    """Customer attributes (minimized, excluding PII)"""

    gender: None | str | Unset = UNSET
    """ Customer's gender. """
    country: None | str | Unset = UNSET
    """ Customer's country. """
    city: None | str | Unset = UNSET
    """ Customer's city. """
    zip_: None | str | Unset = UNSET
    """ Customer's postal code. """
    custom: CustomerResponseCustomerAttributesType0CustomType0 | None | Unset = UNSET
    """ Key-value pairs that allow you to store additional attributes for the customer. This can include any extra
    information specific to your needs, enabling more personalized interactions and offerings. """
    tags: list[str] | None | Unset = UNSET
    """ Tags associated with the customer. """
    source: None | str | Unset = UNSET
    """ Source of the customer registration. """
    ut_ms: list[Any] | None | Unset = UNSET
    """ List of UTM attributes associated with the customer. """
    utms: list[Any] | None | Unset = UNSET
    """ List of UTM attributes associated with the customer. """
    devices: list[Any] | None | Unset = UNSET
    """ List of devices associated with the customer. """
    payment_methods: list[str] | None | Unset = UNSET
    """ List of payment methods used by the customer. """
    total_spent: Decimal | None | Unset = UNSET
    """ Total amount spent by the customer. """
    last_order_date: None | str | Unset = UNSET
    """ Date of the last order placed by the customer. """
    total_orders: Decimal | None | Unset = UNSET
    """ Total number of orders placed by the customer. """
    manual_date: None | str | Unset = UNSET
    """ Custom date for manual entries. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        zip_: None | str | Unset
        if isinstance(self.zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = self.zip_

        custom: dict[str, Any] | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        elif isinstance(self.custom, CustomerResponseCustomerAttributesType0CustomType0):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        ut_ms: list[Any] | None | Unset
        if isinstance(self.ut_ms, Unset):
            ut_ms = UNSET
        elif isinstance(self.ut_ms, list):
            ut_ms = self.ut_ms

        else:
            ut_ms = self.ut_ms

        utms: list[Any] | None | Unset
        if isinstance(self.utms, Unset):
            utms = UNSET
        elif isinstance(self.utms, list):
            utms = self.utms

        else:
            utms = self.utms

        devices: list[Any] | None | Unset
        if isinstance(self.devices, Unset):
            devices = UNSET
        elif isinstance(self.devices, list):
            devices = self.devices

        else:
            devices = self.devices

        payment_methods: list[str] | None | Unset
        if isinstance(self.payment_methods, Unset):
            payment_methods = UNSET
        elif isinstance(self.payment_methods, list):
            payment_methods = self.payment_methods

        else:
            payment_methods = self.payment_methods

        total_spent: Decimal | None | Unset
        if isinstance(self.total_spent, Unset):
            total_spent = UNSET
        else:
            total_spent = self.total_spent

        last_order_date: None | str | Unset
        if isinstance(self.last_order_date, Unset):
            last_order_date = UNSET
        else:
            last_order_date = self.last_order_date

        total_orders: Decimal | None | Unset
        if isinstance(self.total_orders, Unset):
            total_orders = UNSET
        else:
            total_orders = self.total_orders

        manual_date: None | str | Unset
        if isinstance(self.manual_date, Unset):
            manual_date = UNSET
        else:
            manual_date = self.manual_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if gender is not UNSET:
            field_dict["gender"] = gender
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if custom is not UNSET:
            field_dict["custom"] = custom
        if tags is not UNSET:
            field_dict["tags"] = tags
        if source is not UNSET:
            field_dict["source"] = source
        if ut_ms is not UNSET:
            field_dict["utMs"] = ut_ms
        if utms is not UNSET:
            field_dict["utms"] = utms
        if devices is not UNSET:
            field_dict["devices"] = devices
        if payment_methods is not UNSET:
            field_dict["paymentMethods"] = payment_methods
        if total_spent is not UNSET:
            field_dict["totalSpent"] = total_spent
        if last_order_date is not UNSET:
            field_dict["lastOrderDate"] = last_order_date
        if total_orders is not UNSET:
            field_dict["totalOrders"] = total_orders
        if manual_date is not UNSET:
            field_dict["manualDate"] = manual_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gender: None | str | Unset = d.pop("gender", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        zip_: None | str | Unset = d.pop("zip", UNSET)

        _custom_value = d.pop("custom", UNSET)
        custom: CustomerResponseCustomerAttributesType0CustomType0 | None | Unset
        if _custom_value is None or isinstance(_custom_value, Unset):
            custom = _custom_value
        else:
            if not isinstance(_custom_value, dict):
                raise TypeError()
            custom_type_0 = CustomerResponseCustomerAttributesType0CustomType0.from_dict(_custom_value)

            custom = custom_type_0

        _tags_value = d.pop("tags", UNSET)
        tags: list[str] | None | Unset
        if _tags_value is None or isinstance(_tags_value, Unset):
            tags = _tags_value
        else:
            if not isinstance(_tags_value, list):
                raise TypeError()
            tags_type_0 = cast(list[str], _tags_value)

            tags = tags_type_0

        source: None | str | Unset = d.pop("source", UNSET)

        _ut_ms_value = d.pop("utMs", UNSET)
        ut_ms: list[Any] | None | Unset
        if _ut_ms_value is None or isinstance(_ut_ms_value, Unset):
            ut_ms = _ut_ms_value
        else:
            if not isinstance(_ut_ms_value, list):
                raise TypeError()
            ut_ms_type_0 = cast(list[Any], _ut_ms_value)

            ut_ms = ut_ms_type_0

        _utms_value = d.pop("utms", UNSET)
        utms: list[Any] | None | Unset
        if _utms_value is None or isinstance(_utms_value, Unset):
            utms = _utms_value
        else:
            if not isinstance(_utms_value, list):
                raise TypeError()
            utms_type_0 = cast(list[Any], _utms_value)

            utms = utms_type_0

        _devices_value = d.pop("devices", UNSET)
        devices: list[Any] | None | Unset
        if _devices_value is None or isinstance(_devices_value, Unset):
            devices = _devices_value
        else:
            if not isinstance(_devices_value, list):
                raise TypeError()
            devices_type_0 = cast(list[Any], _devices_value)

            devices = devices_type_0

        _payment_methods_value = d.pop("paymentMethods", UNSET)
        payment_methods: list[str] | None | Unset
        if _payment_methods_value is None or isinstance(_payment_methods_value, Unset):
            payment_methods = _payment_methods_value
        else:
            if not isinstance(_payment_methods_value, list):
                raise TypeError()
            payment_methods_type_0 = cast(list[str], _payment_methods_value)

            payment_methods = payment_methods_type_0

        _total_spent_value = d.pop("totalSpent", UNSET)
        total_spent: Decimal | None | Unset
        if _total_spent_value is None or isinstance(_total_spent_value, Unset):
            total_spent = _total_spent_value
        else:
            if not (
                isinstance(_total_spent_value, (int, float, Decimal, str)) and not isinstance(_total_spent_value, bool)
            ):
                raise TypeError()
            total_spent_type_0 = to_decimal(_total_spent_value)

            total_spent = total_spent_type_0

        last_order_date: None | str | Unset = d.pop("lastOrderDate", UNSET)

        _total_orders_value = d.pop("totalOrders", UNSET)
        total_orders: Decimal | None | Unset
        if _total_orders_value is None or isinstance(_total_orders_value, Unset):
            total_orders = _total_orders_value
        else:
            if not (
                isinstance(_total_orders_value, (int, float, Decimal, str))
                and not isinstance(_total_orders_value, bool)
            ):
                raise TypeError()
            total_orders_type_0 = to_decimal(_total_orders_value)

            total_orders = total_orders_type_0

        manual_date: None | str | Unset = d.pop("manualDate", UNSET)

        customer_response_customer_attributes_type_0 = cls(
            gender=gender,
            country=country,
            city=city,
            zip_=zip_,
            custom=custom,
            tags=tags,
            source=source,
            ut_ms=ut_ms,
            utms=utms,
            devices=devices,
            payment_methods=payment_methods,
            total_spent=total_spent,
            last_order_date=last_order_date,
            total_orders=total_orders,
            manual_date=manual_date,
        )

        customer_response_customer_attributes_type_0.additional_properties = d
        return customer_response_customer_attributes_type_0

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


from ..models.customer_response_customer_attributes_type_0_custom_type_0 import (
    CustomerResponseCustomerAttributesType0CustomType0,
)
