from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerResponseCustomerAttributesType0")


@_attrs_define
class CustomerResponseCustomerAttributesType0:
    """Customer attributes (minimized, excluding PII)"""

    gender: None | str = None
    """ Customer's gender. """
    country: None | str = None
    """ Customer's country. """
    city: None | str = None
    """ Customer's city. """
    zip_: None | str = None
    """ Customer's postal code. """
    custom: CustomerResponseCustomerAttributesType0CustomType0 | None = None
    """ Key-value pairs that allow you to store additional attributes for the customer. This can include any extra
    information specific to your needs, enabling more personalized interactions and offerings. """
    tags: list[str] | None = None
    """ Tags associated with the customer. """
    source: None | str = None
    """ Source of the customer registration. """
    ut_ms: list[Any] | None = None
    """ List of UTM attributes associated with the customer. """
    utms: list[Any] | None = None
    """ List of UTM attributes associated with the customer. """
    devices: list[Any] | None = None
    """ List of devices associated with the customer. """
    payment_methods: list[str] | None = None
    """ List of payment methods used by the customer. """
    total_spent: Decimal | None = None
    """ Total amount spent by the customer. """
    last_order_date: None | str = None
    """ Date of the last order placed by the customer. """
    total_orders: Decimal | None = None
    """ Total number of orders placed by the customer. """
    manual_date: None | str = None
    """ Custom date for manual entries. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "gender",
                "country",
                "city",
                "zip_",
                "custom",
                "tags",
                "source",
                "ut_ms",
                "utms",
                "devices",
                "payment_methods",
                "total_spent",
                "last_order_date",
                "total_orders",
                "manual_date",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        gender: None | str
        gender = self.gender

        country: None | str
        country = self.country

        city: None | str
        city = self.city

        zip_: None | str
        zip_ = self.zip_

        custom: dict[str, Any] | None
        if isinstance(self.custom, CustomerResponseCustomerAttributesType0CustomType0):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        source: None | str
        source = self.source

        ut_ms: list[Any] | None
        if isinstance(self.ut_ms, list):
            ut_ms = self.ut_ms

        else:
            ut_ms = self.ut_ms

        utms: list[Any] | None
        if isinstance(self.utms, list):
            utms = self.utms

        else:
            utms = self.utms

        devices: list[Any] | None
        if isinstance(self.devices, list):
            devices = self.devices

        else:
            devices = self.devices

        payment_methods: list[str] | None
        if isinstance(self.payment_methods, list):
            payment_methods = self.payment_methods

        else:
            payment_methods = self.payment_methods

        total_spent: Decimal | None
        total_spent = self.total_spent

        last_order_date: None | str
        last_order_date = self.last_order_date

        total_orders: Decimal | None
        total_orders = self.total_orders

        manual_date: None | str
        manual_date = self.manual_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gender": gender,
                "country": country,
                "city": city,
                "zip": zip_,
                "custom": custom,
                "tags": tags,
                "source": source,
                "utMs": ut_ms,
                "utms": utms,
                "devices": devices,
                "paymentMethods": payment_methods,
                "totalSpent": total_spent,
                "lastOrderDate": last_order_date,
                "totalOrders": total_orders,
                "manualDate": manual_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        gender: None | str = d.pop("gender", None)

        country: None | str = d.pop("country", None)

        city: None | str = d.pop("city", None)

        zip_: None | str = d.pop("zip", None)

        _custom_value = d.pop("custom", None)
        custom: CustomerResponseCustomerAttributesType0CustomType0 | None
        if _custom_value is None or isinstance(_custom_value, Unset):
            custom = _custom_value
        else:
            if not isinstance(_custom_value, dict):
                raise TypeError()
            custom_type_0 = CustomerResponseCustomerAttributesType0CustomType0.from_dict(_custom_value)

            custom = custom_type_0

        _tags_value = d.pop("tags", None)
        tags: list[str] | None
        if _tags_value is None or isinstance(_tags_value, Unset):
            tags = _tags_value
        else:
            if not isinstance(_tags_value, list):
                raise TypeError()
            tags_type_0 = cast(list[str], _tags_value)

            tags = tags_type_0

        source: None | str = d.pop("source", None)

        _ut_ms_value = d.pop("utMs", None)
        ut_ms: list[Any] | None
        if _ut_ms_value is None or isinstance(_ut_ms_value, Unset):
            ut_ms = _ut_ms_value
        else:
            if not isinstance(_ut_ms_value, list):
                raise TypeError()
            ut_ms_type_0 = cast(list[Any], _ut_ms_value)

            ut_ms = ut_ms_type_0

        _utms_value = d.pop("utms", None)
        utms: list[Any] | None
        if _utms_value is None or isinstance(_utms_value, Unset):
            utms = _utms_value
        else:
            if not isinstance(_utms_value, list):
                raise TypeError()
            utms_type_0 = cast(list[Any], _utms_value)

            utms = utms_type_0

        _devices_value = d.pop("devices", None)
        devices: list[Any] | None
        if _devices_value is None or isinstance(_devices_value, Unset):
            devices = _devices_value
        else:
            if not isinstance(_devices_value, list):
                raise TypeError()
            devices_type_0 = cast(list[Any], _devices_value)

            devices = devices_type_0

        _payment_methods_value = d.pop("paymentMethods", None)
        payment_methods: list[str] | None
        if _payment_methods_value is None or isinstance(_payment_methods_value, Unset):
            payment_methods = _payment_methods_value
        else:
            if not isinstance(_payment_methods_value, list):
                raise TypeError()
            payment_methods_type_0 = cast(list[str], _payment_methods_value)

            payment_methods = payment_methods_type_0

        _total_spent_value = d.pop("totalSpent", None)
        total_spent: Decimal | None
        if _total_spent_value is None or isinstance(_total_spent_value, Unset):
            total_spent = _total_spent_value
        else:
            if not (
                isinstance(_total_spent_value, (int, float, Decimal, str)) and not isinstance(_total_spent_value, bool)
            ):
                raise TypeError()
            total_spent_type_0 = to_decimal(_total_spent_value)

            total_spent = total_spent_type_0

        last_order_date: None | str = d.pop("lastOrderDate", None)

        _total_orders_value = d.pop("totalOrders", None)
        total_orders: Decimal | None
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

        manual_date: None | str = d.pop("manualDate", None)

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
