from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_coupons_response_coupons_type_0_item_target_type_0 import (
    CustomerCouponsResponseCouponsType0ItemTargetType0,
)
from ..models.customer_coupons_response_coupons_type_0_item_type_type_0 import (
    CustomerCouponsResponseCouponsType0ItemTypeType0,
)
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerCouponsResponseCouponsType0Item")


@_attrs_define
class CustomerCouponsResponseCouponsType0Item:
    name: None | str = None
    """ Name of the coupon """
    code: None | str = None
    """ The coupon code that the customer will use """
    value: Decimal | None = None
    """ The monetary value or percentage value of the coupon """
    type_: CustomerCouponsResponseCouponsType0ItemTypeType0 | None = None
    target: CustomerCouponsResponseCouponsType0ItemTargetType0 | None = None
    currency: None | str = None
    """ Currency code if the coupon has a fixed monetary value """
    start_date: datetime.datetime | None = None
    """ The date and time when the coupon becomes valid """
    expiry_date: datetime.datetime | None = None
    """ The date and time when the coupon will expire """
    is_expired: bool | None = None
    """ Indicates if the coupon has expired """
    is_active: bool | None = None
    """ Status of the coupon, whether it is active or not """
    usage_limit: Decimal | None = None
    """ The total number of times the coupon can be used """
    limit_per_customer: Decimal | None = None
    """ The number of times a single customer can use the coupon """
    used_count: Decimal | None = None
    """ Number of times the coupon has been used """
    customer_used_count: Decimal | None = None
    """ Number of times the coupon has been used by this customer """
    is_available_to_use: bool | None = None
    """ Flag determining whether coupon can be used by customer at given time """
    icon_path: None | str = None
    """ Path or URL to the icon image for the coupon """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "code",
                "value",
                "type_",
                "target",
                "currency",
                "start_date",
                "expiry_date",
                "is_expired",
                "is_active",
                "usage_limit",
                "limit_per_customer",
                "used_count",
                "customer_used_count",
                "is_available_to_use",
                "icon_path",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        code: None | str
        code = self.code

        value: Decimal | None
        value = self.value

        type_: None | str
        if isinstance(self.type_, CustomerCouponsResponseCouponsType0ItemTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        target: None | str
        if isinstance(self.target, CustomerCouponsResponseCouponsType0ItemTargetType0):
            target = self.target.value
        else:
            target = self.target

        currency: None | str
        currency = self.currency

        start_date: None | str
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        expiry_date: None | str
        if isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        is_expired: bool | None
        is_expired = self.is_expired

        is_active: bool | None
        is_active = self.is_active

        usage_limit: Decimal | None
        usage_limit = self.usage_limit

        limit_per_customer: Decimal | None
        limit_per_customer = self.limit_per_customer

        used_count: Decimal | None
        used_count = self.used_count

        customer_used_count: Decimal | None
        customer_used_count = self.customer_used_count

        is_available_to_use: bool | None
        is_available_to_use = self.is_available_to_use

        icon_path: None | str
        icon_path = self.icon_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "code": code,
                "value": value,
                "type": type_,
                "target": target,
                "currency": currency,
                "startDate": start_date,
                "expiryDate": expiry_date,
                "isExpired": is_expired,
                "isActive": is_active,
                "usageLimit": usage_limit,
                "limitPerCustomer": limit_per_customer,
                "usedCount": used_count,
                "customerUsedCount": customer_used_count,
                "isAvailableToUse": is_available_to_use,
                "iconPath": icon_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str = d.pop("name", None)

        code: None | str = d.pop("code", None)

        _value_value = d.pop("value", None)
        value: Decimal | None
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        _type__value = d.pop("type", None)
        type_: CustomerCouponsResponseCouponsType0ItemTypeType0 | None
        if _type__value is None or isinstance(_type__value, Unset):
            type_ = _type__value
        else:
            if not isinstance(_type__value, str):
                raise TypeError()
            type_type_0 = CustomerCouponsResponseCouponsType0ItemTypeType0(_type__value)

            type_ = type_type_0

        _target_value = d.pop("target", None)
        target: CustomerCouponsResponseCouponsType0ItemTargetType0 | None
        if _target_value is None or isinstance(_target_value, Unset):
            target = _target_value
        else:
            if not isinstance(_target_value, str):
                raise TypeError()
            target_type_0 = CustomerCouponsResponseCouponsType0ItemTargetType0(_target_value)

            target = target_type_0

        currency: None | str = d.pop("currency", None)

        _start_date_value = d.pop("startDate", None)
        start_date: datetime.datetime | None
        if _start_date_value is None or isinstance(_start_date_value, Unset):
            start_date = _start_date_value
        else:
            if not isinstance(_start_date_value, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(_start_date_value)

            start_date = start_date_type_0

        _expiry_date_value = d.pop("expiryDate", None)
        expiry_date: datetime.datetime | None
        if _expiry_date_value is None or isinstance(_expiry_date_value, Unset):
            expiry_date = _expiry_date_value
        else:
            if not isinstance(_expiry_date_value, str):
                raise TypeError()
            expiry_date_type_0 = datetime.datetime.fromisoformat(_expiry_date_value)

            expiry_date = expiry_date_type_0

        is_expired: bool | None = d.pop("isExpired", None)

        is_active: bool | None = d.pop("isActive", None)

        _usage_limit_value = d.pop("usageLimit", None)
        usage_limit: Decimal | None
        if _usage_limit_value is None or isinstance(_usage_limit_value, Unset):
            usage_limit = _usage_limit_value
        else:
            if not (
                isinstance(_usage_limit_value, (int, float, Decimal, str)) and not isinstance(_usage_limit_value, bool)
            ):
                raise TypeError()
            usage_limit_type_0 = to_decimal(_usage_limit_value)

            usage_limit = usage_limit_type_0

        _limit_per_customer_value = d.pop("limitPerCustomer", None)
        limit_per_customer: Decimal | None
        if _limit_per_customer_value is None or isinstance(_limit_per_customer_value, Unset):
            limit_per_customer = _limit_per_customer_value
        else:
            if not (
                isinstance(_limit_per_customer_value, (int, float, Decimal, str))
                and not isinstance(_limit_per_customer_value, bool)
            ):
                raise TypeError()
            limit_per_customer_type_0 = to_decimal(_limit_per_customer_value)

            limit_per_customer = limit_per_customer_type_0

        _used_count_value = d.pop("usedCount", None)
        used_count: Decimal | None
        if _used_count_value is None or isinstance(_used_count_value, Unset):
            used_count = _used_count_value
        else:
            if not (
                isinstance(_used_count_value, (int, float, Decimal, str)) and not isinstance(_used_count_value, bool)
            ):
                raise TypeError()
            used_count_type_0 = to_decimal(_used_count_value)

            used_count = used_count_type_0

        _customer_used_count_value = d.pop("customerUsedCount", None)
        customer_used_count: Decimal | None
        if _customer_used_count_value is None or isinstance(_customer_used_count_value, Unset):
            customer_used_count = _customer_used_count_value
        else:
            if not (
                isinstance(_customer_used_count_value, (int, float, Decimal, str))
                and not isinstance(_customer_used_count_value, bool)
            ):
                raise TypeError()
            customer_used_count_type_0 = to_decimal(_customer_used_count_value)

            customer_used_count = customer_used_count_type_0

        is_available_to_use: bool | None = d.pop("isAvailableToUse", None)

        icon_path: None | str = d.pop("iconPath", None)

        customer_coupons_response_coupons_type_0_item = cls(
            name=name,
            code=code,
            value=value,
            type_=type_,
            target=target,
            currency=currency,
            start_date=start_date,
            expiry_date=expiry_date,
            is_expired=is_expired,
            is_active=is_active,
            usage_limit=usage_limit,
            limit_per_customer=limit_per_customer,
            used_count=used_count,
            customer_used_count=customer_used_count,
            is_available_to_use=is_available_to_use,
            icon_path=icon_path,
        )

        customer_coupons_response_coupons_type_0_item.additional_properties = d
        return customer_coupons_response_coupons_type_0_item

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
