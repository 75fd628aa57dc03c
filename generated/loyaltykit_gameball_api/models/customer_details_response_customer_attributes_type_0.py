from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_details_response_customer_attributes_type_0_channel_type_0 import (
    CustomerDetailsResponseCustomerAttributesType0ChannelType0,
)
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerDetailsResponseCustomerAttributesType0")


@_attrs_define
class CustomerDetailsResponseCustomerAttributesType0:
    """Complete customer attributes including PII"""

    display_name: None | str = None
    """ Display name for the customer. """
    first_name: None | str = None
    """ Customer's first name. """
    last_name: None | str = None
    """ Customer's last name. """
    email: None | str = None
    """ Customer's email address. """
    gender: None | str = None
    """ Customer's gender. """
    mobile: None | str = None
    """ Customer's mobile number. """
    date_of_birth: None | str = None
    """ Customer's date of birth. """
    join_date: None | str = None
    """ Date the customer joined. """
    country: None | str = None
    """ Customer's country. """
    city: None | str = None
    """ Customer's city. """
    zip_: None | str = None
    """ Customer's postal code. """
    preferred_language: None | str = None
    """ The customer's preferred language for communication and interactions. This is typically used to personalize
    notifications, messages, and other system interactions based on the customer's language preference. """
    tags: list[str] | None = None
    """ A list of tags or labels associated with the customer. These tags are used to categorize customers for
    personalized marketing campaigns, rewards, and tailored communications. """
    source: None | str = None
    """ Source of the customer registration. """
    utms: list[Any] | None = None
    """ List of UTM attributes associated with the customer. """
    ut_ms: list[Any] | None = None
    """ List of UTM attributes associated with the customer. """
    devices: list[Any] | None = None
    """ List of devices associated with the customer. """
    payment_methods: list[str] | None = None
    """ List of payment methods used by the customer. This array may include various forms of payment, such as
    credit cards, PayPal, or other payment providers. Each payment method is represented as a string. """
    total_spent: Decimal | None = None
    """ Total amount spent by the customer. """
    last_order_date: None | str = None
    """ Date of the last order placed by the customer. """
    total_orders: Decimal | None = None
    """ Total number of orders placed by the customer. """
    avg_order_amount: Decimal | None = None
    """ Average amount spent per order by this customer. """
    channel: CustomerDetailsResponseCustomerAttributesType0ChannelType0 | None = None
    custom: CustomerDetailsResponseCustomerAttributesType0CustomType0 | None = None
    """ Key-value pairs that allow you to store additional attributes for the customer. This can include any extra
    information specific to your needs, enabling more personalized interactions and offerings. """
    manual_date: None | str = None
    """ Custom date for manual entries. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "display_name",
                "first_name",
                "last_name",
                "email",
                "gender",
                "mobile",
                "date_of_birth",
                "join_date",
                "country",
                "city",
                "zip_",
                "preferred_language",
                "tags",
                "source",
                "utms",
                "ut_ms",
                "devices",
                "payment_methods",
                "total_spent",
                "last_order_date",
                "total_orders",
                "avg_order_amount",
                "channel",
                "custom",
                "manual_date",
            ),
            frozenset(
                (
                    "display_name",
                    "first_name",
                    "last_name",
                    "email",
                    "mobile",
                    "date_of_birth",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str
        display_name = self.display_name

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        email: None | str
        email = self.email

        gender: None | str
        gender = self.gender

        mobile: None | str
        mobile = self.mobile

        date_of_birth: None | str
        date_of_birth = self.date_of_birth

        join_date: None | str
        join_date = self.join_date

        country: None | str
        country = self.country

        city: None | str
        city = self.city

        zip_: None | str
        zip_ = self.zip_

        preferred_language: None | str
        preferred_language = self.preferred_language

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        source: None | str
        source = self.source

        utms: list[Any] | None
        if isinstance(self.utms, list):
            utms = self.utms

        else:
            utms = self.utms

        ut_ms: list[Any] | None
        if isinstance(self.ut_ms, list):
            ut_ms = self.ut_ms

        else:
            ut_ms = self.ut_ms

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

        avg_order_amount: Decimal | None
        avg_order_amount = self.avg_order_amount

        channel: None | str
        if isinstance(self.channel, CustomerDetailsResponseCustomerAttributesType0ChannelType0):
            channel = self.channel.value
        else:
            channel = self.channel

        custom: dict[str, Any] | None
        if isinstance(self.custom, CustomerDetailsResponseCustomerAttributesType0CustomType0):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

        manual_date: None | str
        manual_date = self.manual_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "firstName": first_name,
                "lastName": last_name,
                "email": email,
                "gender": gender,
                "mobile": mobile,
                "dateOfBirth": date_of_birth,
                "joinDate": join_date,
                "country": country,
                "city": city,
                "zip": zip_,
                "preferredLanguage": preferred_language,
                "tags": tags,
                "source": source,
                "utms": utms,
                "utMs": ut_ms,
                "devices": devices,
                "paymentMethods": payment_methods,
                "totalSpent": total_spent,
                "lastOrderDate": last_order_date,
                "totalOrders": total_orders,
                "avgOrderAmount": avg_order_amount,
                "channel": channel,
                "custom": custom,
                "manualDate": manual_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name: None | str = d.pop("displayName", None)

        first_name: None | str = d.pop("firstName", None)

        last_name: None | str = d.pop("lastName", None)

        email: None | str = d.pop("email", None)

        gender: None | str = d.pop("gender", None)

        mobile: None | str = d.pop("mobile", None)

        date_of_birth: None | str = d.pop("dateOfBirth", None)

        join_date: None | str = d.pop("joinDate", None)

        country: None | str = d.pop("country", None)

        city: None | str = d.pop("city", None)

        zip_: None | str = d.pop("zip", None)

        preferred_language: None | str = d.pop("preferredLanguage", None)

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

        _utms_value = d.pop("utms", None)
        utms: list[Any] | None
        if _utms_value is None or isinstance(_utms_value, Unset):
            utms = _utms_value
        else:
            if not isinstance(_utms_value, list):
                raise TypeError()
            utms_type_0 = cast(list[Any], _utms_value)

            utms = utms_type_0

        _ut_ms_value = d.pop("utMs", None)
        ut_ms: list[Any] | None
        if _ut_ms_value is None or isinstance(_ut_ms_value, Unset):
            ut_ms = _ut_ms_value
        else:
            if not isinstance(_ut_ms_value, list):
                raise TypeError()
            ut_ms_type_0 = cast(list[Any], _ut_ms_value)

            ut_ms = ut_ms_type_0

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

        _avg_order_amount_value = d.pop("avgOrderAmount", None)
        avg_order_amount: Decimal | None
        if _avg_order_amount_value is None or isinstance(_avg_order_amount_value, Unset):
            avg_order_amount = _avg_order_amount_value
        else:
            if not (
                isinstance(_avg_order_amount_value, (int, float, Decimal, str))
                and not isinstance(_avg_order_amount_value, bool)
            ):
                raise TypeError()
            avg_order_amount_type_0 = to_decimal(_avg_order_amount_value)

            avg_order_amount = avg_order_amount_type_0

        _channel_value = d.pop("channel", None)
        channel: CustomerDetailsResponseCustomerAttributesType0ChannelType0 | None
        if _channel_value is None or isinstance(_channel_value, Unset):
            channel = _channel_value
        else:
            if not isinstance(_channel_value, str):
                raise TypeError()
            channel_type_0 = CustomerDetailsResponseCustomerAttributesType0ChannelType0(_channel_value)

            channel = channel_type_0

        _custom_value = d.pop("custom", None)
        custom: CustomerDetailsResponseCustomerAttributesType0CustomType0 | None
        if _custom_value is None or isinstance(_custom_value, Unset):
            custom = _custom_value
        else:
            if not isinstance(_custom_value, dict):
                raise TypeError()
            custom_type_0 = CustomerDetailsResponseCustomerAttributesType0CustomType0.from_dict(_custom_value)

            custom = custom_type_0

        manual_date: None | str = d.pop("manualDate", None)

        customer_details_response_customer_attributes_type_0 = cls(
            display_name=display_name,
            first_name=first_name,
            last_name=last_name,
            email=email,
            gender=gender,
            mobile=mobile,
            date_of_birth=date_of_birth,
            join_date=join_date,
            country=country,
            city=city,
            zip_=zip_,
            preferred_language=preferred_language,
            tags=tags,
            source=source,
            utms=utms,
            ut_ms=ut_ms,
            devices=devices,
            payment_methods=payment_methods,
            total_spent=total_spent,
            last_order_date=last_order_date,
            total_orders=total_orders,
            avg_order_amount=avg_order_amount,
            channel=channel,
            custom=custom,
            manual_date=manual_date,
        )

        customer_details_response_customer_attributes_type_0.additional_properties = d
        return customer_details_response_customer_attributes_type_0

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


from ..models.customer_details_response_customer_attributes_type_0_custom_type_0 import (
    CustomerDetailsResponseCustomerAttributesType0CustomType0,
)
