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
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerCouponsResponseCouponsType0Item")


@_attrs_define
class CustomerCouponsResponseCouponsType0Item:
    name: None | str | Unset = UNSET
    """ Name of the coupon """
    code: None | str | Unset = UNSET
    """ The coupon code that the customer will use """
    value: Decimal | None | Unset = UNSET
    """ The monetary value or percentage value of the coupon """
    type_: CustomerCouponsResponseCouponsType0ItemTypeType0 | None | Unset = UNSET
    target: CustomerCouponsResponseCouponsType0ItemTargetType0 | None | Unset = UNSET
    currency: None | str | Unset = UNSET
    """ Currency code if the coupon has a fixed monetary value """
    start_date: datetime.datetime | None | Unset = UNSET
    """ The date and time when the coupon becomes valid """
    expiry_date: datetime.datetime | None | Unset = UNSET
    """ The date and time when the coupon will expire """
    is_expired: bool | None | Unset = UNSET
    """ Indicates if the coupon has expired """
    is_active: bool | None | Unset = UNSET
    """ Status of the coupon, whether it is active or not """
    usage_limit: Decimal | None | Unset = UNSET
    """ The total number of times the coupon can be used """
    limit_per_customer: Decimal | None | Unset = UNSET
    """ The number of times a single customer can use the coupon """
    used_count: Decimal | None | Unset = UNSET
    """ Number of times the coupon has been used """
    customer_used_count: Decimal | None | Unset = UNSET
    """ Number of times the coupon has been used by this customer """
    is_available_to_use: bool | None | Unset = UNSET
    """ Flag determining whether coupon can be used by customer at given time """
    icon_path: None | str | Unset = UNSET
    """ Path or URL to the icon image for the coupon """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        value: Decimal | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CustomerCouponsResponseCouponsType0ItemTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        target: None | str | Unset
        if isinstance(self.target, Unset):
            target = UNSET
        elif isinstance(self.target, CustomerCouponsResponseCouponsType0ItemTargetType0):
            target = self.target.value
        else:
            target = self.target

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        is_expired: bool | None | Unset
        if isinstance(self.is_expired, Unset):
            is_expired = UNSET
        else:
            is_expired = self.is_expired

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        usage_limit: Decimal | None | Unset
        if isinstance(self.usage_limit, Unset):
            usage_limit = UNSET
        else:
            usage_limit = self.usage_limit

        limit_per_customer: Decimal | None | Unset
        if isinstance(self.limit_per_customer, Unset):
            limit_per_customer = UNSET
        else:
            limit_per_customer = self.limit_per_customer

        used_count: Decimal | None | Unset
        if isinstance(self.used_count, Unset):
            used_count = UNSET
        else:
            used_count = self.used_count

        customer_used_count: Decimal | None | Unset
        if isinstance(self.customer_used_count, Unset):
            customer_used_count = UNSET
        else:
            customer_used_count = self.customer_used_count

        is_available_to_use: bool | None | Unset
        if isinstance(self.is_available_to_use, Unset):
            is_available_to_use = UNSET
        else:
            is_available_to_use = self.is_available_to_use

        icon_path: None | str | Unset
        if isinstance(self.icon_path, Unset):
            icon_path = UNSET
        else:
            icon_path = self.icon_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code
        if value is not UNSET:
            field_dict["value"] = value
        if type_ is not UNSET:
            field_dict["type"] = type_
        if target is not UNSET:
            field_dict["target"] = target
        if currency is not UNSET:
            field_dict["currency"] = currency
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if is_expired is not UNSET:
            field_dict["isExpired"] = is_expired
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if usage_limit is not UNSET:
            field_dict["usageLimit"] = usage_limit
        if limit_per_customer is not UNSET:
            field_dict["limitPerCustomer"] = limit_per_customer
        if used_count is not UNSET:
            field_dict["usedCount"] = used_count
        if customer_used_count is not UNSET:
            field_dict["customerUsedCount"] = customer_used_count
        if is_available_to_use is not UNSET:
            field_dict["isAvailableToUse"] = is_available_to_use
        if icon_path is not UNSET:
            field_dict["iconPath"] = icon_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        code: None | str | Unset = d.pop("code", UNSET)

        _value_value = d.pop("value", UNSET)
        value: Decimal | None | Unset
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        _type__value = d.pop("type", UNSET)
        type_: CustomerCouponsResponseCouponsType0ItemTypeType0 | None | Unset
        if _type__value is None or isinstance(_type__value, Unset):
            type_ = _type__value
        else:
            if not isinstance(_type__value, str):
                raise TypeError()
            type_type_0 = CustomerCouponsResponseCouponsType0ItemTypeType0(_type__value)

            type_ = type_type_0

        _target_value = d.pop("target", UNSET)
        target: CustomerCouponsResponseCouponsType0ItemTargetType0 | None | Unset
        if _target_value is None or isinstance(_target_value, Unset):
            target = _target_value
        else:
            if not isinstance(_target_value, str):
                raise TypeError()
            target_type_0 = CustomerCouponsResponseCouponsType0ItemTargetType0(_target_value)

            target = target_type_0

        currency: None | str | Unset = d.pop("currency", UNSET)

        _start_date_value = d.pop("startDate", UNSET)
        start_date: datetime.datetime | None | Unset
        if _start_date_value is None or isinstance(_start_date_value, Unset):
            start_date = _start_date_value
        else:
            if not isinstance(_start_date_value, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(_start_date_value)

            start_date = start_date_type_0

        _expiry_date_value = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | None | Unset
        if _expiry_date_value is None or isinstance(_expiry_date_value, Unset):
            expiry_date = _expiry_date_value
        else:
            if not isinstance(_expiry_date_value, str):
                raise TypeError()
            expiry_date_type_0 = datetime.datetime.fromisoformat(_expiry_date_value)

            expiry_date = expiry_date_type_0

        is_expired: bool | None | Unset = d.pop("isExpired", UNSET)

        is_active: bool | None | Unset = d.pop("isActive", UNSET)

        _usage_limit_value = d.pop("usageLimit", UNSET)
        usage_limit: Decimal | None | Unset
        if _usage_limit_value is None or isinstance(_usage_limit_value, Unset):
            usage_limit = _usage_limit_value
        else:
            if not (
                isinstance(_usage_limit_value, (int, float, Decimal, str)) and not isinstance(_usage_limit_value, bool)
            ):
                raise TypeError()
            usage_limit_type_0 = to_decimal(_usage_limit_value)

            usage_limit = usage_limit_type_0

        _limit_per_customer_value = d.pop("limitPerCustomer", UNSET)
        limit_per_customer: Decimal | None | Unset
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

        _used_count_value = d.pop("usedCount", UNSET)
        used_count: Decimal | None | Unset
        if _used_count_value is None or isinstance(_used_count_value, Unset):
            used_count = _used_count_value
        else:
            if not (
                isinstance(_used_count_value, (int, float, Decimal, str)) and not isinstance(_used_count_value, bool)
            ):
                raise TypeError()
            used_count_type_0 = to_decimal(_used_count_value)

            used_count = used_count_type_0

        _customer_used_count_value = d.pop("customerUsedCount", UNSET)
        customer_used_count: Decimal | None | Unset
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

        is_available_to_use: bool | None | Unset = d.pop("isAvailableToUse", UNSET)

        icon_path: None | str | Unset = d.pop("iconPath", UNSET)

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
