from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_batch_customers_body_body_type_0_item_customer_attributes_type_0_channel_type_0 import (
    PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0ChannelType0,
)
from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0")


@_attrs_define
class PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0:
    """Additional customer-specific attributes. Includes attributes such as the customer's name, contact details, and
    purchase history.

    """

    display_name: None | str | Unset = UNSET
    """ Display name for the customer. """
    first_name: None | str | Unset = UNSET
    """ Customer's first name. """
    last_name: None | str | Unset = UNSET
    """ Customer's last name. """
    email: None | str | Unset = UNSET
    """ Customer's email address. """
    gender: None | str | Unset = UNSET
    """ Customer's gender. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. """
    date_of_birth: None | str | Unset = UNSET
    """ Customer's date of birth. """
    join_date: None | str | Unset = UNSET
    """ Date the customer joined. """
    country: None | str | Unset = UNSET
    """ Customer's country. """
    city: None | str | Unset = UNSET
    """ Customer's city. """
    zip_: None | str | Unset = UNSET
    """ Customer's postal code. """
    preferred_language: None | str | Unset = UNSET
    """ The customer's preferred language for communication and interactions. This is typically used to personalize
    notifications, messages, and other system interactions based on the customer's language preference. """
    source: None | str | Unset = UNSET
    """ Source of the customer registration. """
    utms: list[Any] | None | Unset = UNSET
    """ List of UTM attributes associated with the customer. """
    devices: list[Any] | None | Unset = UNSET
    """ List of devices associated with the customer. """
    payment_methods: list[Any] | None | Unset = UNSET
    """ List of payment methods used by the customer. This array may include various forms of payment, such as
    credit cards, PayPal, or other payment providers. Each payment method is represented as a string. """
    total_spent: Decimal | None | Unset = UNSET
    """ Total amount spent by the customer. """
    last_order_date: None | str | Unset = UNSET
    """ Date of the last order placed by the customer. """
    total_orders: int | None | Unset = UNSET
    """ Total number of orders placed by the customer. """
    avg_order_amount: Decimal | None | Unset = UNSET
    """ Average amount spent per order by this customer. """
    channel: None | PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0ChannelType0 | Unset = UNSET
    custom: None | PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0CustomType0 | Unset = UNSET
    """ Key-value pairs that allow you to store additional attributes for the customer. This can include any extra
    information specific to your needs, enabling more personalized interactions and offerings. """
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
                "source",
                "utms",
                "devices",
                "payment_methods",
                "total_spent",
                "last_order_date",
                "total_orders",
                "avg_order_amount",
                "channel",
                "custom",
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
        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = self.date_of_birth

        join_date: None | str | Unset
        if isinstance(self.join_date, Unset):
            join_date = UNSET
        else:
            join_date = self.join_date

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

        preferred_language: None | str | Unset
        if isinstance(self.preferred_language, Unset):
            preferred_language = UNSET
        else:
            preferred_language = self.preferred_language

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

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

        payment_methods: list[Any] | None | Unset
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

        total_orders: int | None | Unset
        if isinstance(self.total_orders, Unset):
            total_orders = UNSET
        else:
            total_orders = self.total_orders

        avg_order_amount: Decimal | None | Unset
        if isinstance(self.avg_order_amount, Unset):
            avg_order_amount = UNSET
        else:
            avg_order_amount = self.avg_order_amount

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0ChannelType0):
            channel = self.channel.value
        else:
            channel = self.channel

        custom: dict[str, Any] | None | Unset
        if isinstance(self.custom, Unset):
            custom = UNSET
        elif isinstance(self.custom, PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0CustomType0):
            custom = self.custom.to_dict()
        else:
            custom = self.custom

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if gender is not UNSET:
            field_dict["gender"] = gender
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if join_date is not UNSET:
            field_dict["joinDate"] = join_date
        if country is not UNSET:
            field_dict["country"] = country
        if city is not UNSET:
            field_dict["city"] = city
        if zip_ is not UNSET:
            field_dict["zip"] = zip_
        if preferred_language is not UNSET:
            field_dict["preferredLanguage"] = preferred_language
        if source is not UNSET:
            field_dict["source"] = source
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
        if avg_order_amount is not UNSET:
            field_dict["avgOrderAmount"] = avg_order_amount
        if channel is not UNSET:
            field_dict["channel"] = channel
        if custom is not UNSET:
            field_dict["custom"] = custom

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name: None | str | Unset = d.pop("displayName", UNSET)

        first_name: None | str | Unset = d.pop("firstName", UNSET)

        last_name: None | str | Unset = d.pop("lastName", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        gender: None | str | Unset = d.pop("gender", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        date_of_birth: None | str | Unset = d.pop("dateOfBirth", UNSET)

        join_date: None | str | Unset = d.pop("joinDate", UNSET)

        country: None | str | Unset = d.pop("country", UNSET)

        city: None | str | Unset = d.pop("city", UNSET)

        zip_: None | str | Unset = d.pop("zip", UNSET)

        preferred_language: None | str | Unset = d.pop("preferredLanguage", UNSET)

        source: None | str | Unset = d.pop("source", UNSET)

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
        payment_methods: list[Any] | None | Unset
        if _payment_methods_value is None or isinstance(_payment_methods_value, Unset):
            payment_methods = _payment_methods_value
        else:
            if not isinstance(_payment_methods_value, list):
                raise TypeError()
            payment_methods_type_0 = cast(list[Any], _payment_methods_value)

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

        total_orders: int | None | Unset = d.pop("totalOrders", UNSET)

        _avg_order_amount_value = d.pop("avgOrderAmount", UNSET)
        avg_order_amount: Decimal | None | Unset
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

        _channel_value = d.pop("channel", UNSET)
        channel: None | PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0ChannelType0 | Unset
        if _channel_value is None or isinstance(_channel_value, Unset):
            channel = _channel_value
        else:
            if not isinstance(_channel_value, str):
                raise TypeError()
            channel_type_0 = PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0ChannelType0(_channel_value)

            channel = channel_type_0

        _custom_value = d.pop("custom", UNSET)
        custom: None | PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0CustomType0 | Unset
        if _custom_value is None or isinstance(_custom_value, Unset):
            custom = _custom_value
        else:
            if not isinstance(_custom_value, dict):
                raise TypeError()
            custom_type_0 = PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0CustomType0.from_dict(
                _custom_value
            )

            custom = custom_type_0

        post_batch_customers_body_body_type_0_item_customer_attributes_type_0 = cls(
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
            source=source,
            utms=utms,
            devices=devices,
            payment_methods=payment_methods,
            total_spent=total_spent,
            last_order_date=last_order_date,
            total_orders=total_orders,
            avg_order_amount=avg_order_amount,
            channel=channel,
            custom=custom,
        )

        post_batch_customers_body_body_type_0_item_customer_attributes_type_0.additional_properties = d
        return post_batch_customers_body_body_type_0_item_customer_attributes_type_0

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


from ..models.post_batch_customers_body_body_type_0_item_customer_attributes_type_0_custom_type_0 import (
    PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0CustomType0,
)
