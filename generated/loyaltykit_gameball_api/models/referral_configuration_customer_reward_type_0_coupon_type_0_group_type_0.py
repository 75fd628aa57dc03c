from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="ReferralConfigurationCustomerRewardType0CouponType0GroupType0")


@_attrs_define
class ReferralConfigurationCustomerRewardType0CouponType0GroupType0:
    handle: None | str | Unset = UNSET
    """ A unique identifier used to reference the coupon group in the system. """
    title: None | str | Unset = UNSET
    """ The title of the coupon group. """
    url: None | str | Unset = UNSET
    """ The URL for the coupon group. """
    icon_path: None | str | Unset = UNSET
    """ The path to the icon of the coupon group. """
    description: None | str | Unset = UNSET
    """ A description of the coupon group. """
    max_per_customer: Decimal | None | Unset = UNSET
    """ The maximum number of times a customer can use the coupon. Example: 5 indicates that each customer can
    redeem this coupon up to 5 times. """
    start_date: datetime.datetime | None | Unset = UNSET
    """ The date when the coupons within this coupon group will become active and valid for redemption. """
    expiry_date: datetime.datetime | None | Unset = UNSET
    """ The date when the coupons within this coupon group will expire and no longer be valid for redemption. """
    is_available: bool | None | Unset = UNSET
    """ Indicates whether the coupon group is currently available. """
    is_active: bool | None | Unset = UNSET
    """ Indicates whether the coupon group is currently active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        handle: None | str | Unset
        if isinstance(self.handle, Unset):
            handle = UNSET
        else:
            handle = self.handle

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        icon_path: None | str | Unset
        if isinstance(self.icon_path, Unset):
            icon_path = UNSET
        else:
            icon_path = self.icon_path

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        max_per_customer: Decimal | None | Unset
        if isinstance(self.max_per_customer, Unset):
            max_per_customer = UNSET
        else:
            max_per_customer = self.max_per_customer

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

        is_available: bool | None | Unset
        if isinstance(self.is_available, Unset):
            is_available = UNSET
        else:
            is_available = self.is_available

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if handle is not UNSET:
            field_dict["handle"] = handle
        if title is not UNSET:
            field_dict["title"] = title
        if url is not UNSET:
            field_dict["url"] = url
        if icon_path is not UNSET:
            field_dict["iconPath"] = icon_path
        if description is not UNSET:
            field_dict["description"] = description
        if max_per_customer is not UNSET:
            field_dict["maxPerCustomer"] = max_per_customer
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if is_available is not UNSET:
            field_dict["isAvailable"] = is_available
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        handle: None | str | Unset = d.pop("handle", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        icon_path: None | str | Unset = d.pop("iconPath", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        _max_per_customer_value = d.pop("maxPerCustomer", UNSET)
        max_per_customer: Decimal | None | Unset
        if _max_per_customer_value is None or isinstance(_max_per_customer_value, Unset):
            max_per_customer = _max_per_customer_value
        else:
            if not (
                isinstance(_max_per_customer_value, (int, float, Decimal, str))
                and not isinstance(_max_per_customer_value, bool)
            ):
                raise TypeError()
            max_per_customer_type_0 = to_decimal(_max_per_customer_value)

            max_per_customer = max_per_customer_type_0

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

        is_available: bool | None | Unset = d.pop("isAvailable", UNSET)

        is_active: bool | None | Unset = d.pop("isActive", UNSET)

        referral_configuration_customer_reward_type_0_coupon_type_0_group_type_0 = cls(
            handle=handle,
            title=title,
            url=url,
            icon_path=icon_path,
            description=description,
            max_per_customer=max_per_customer,
            start_date=start_date,
            expiry_date=expiry_date,
            is_available=is_available,
            is_active=is_active,
        )

        referral_configuration_customer_reward_type_0_coupon_type_0_group_type_0.additional_properties = d
        return referral_configuration_customer_reward_type_0_coupon_type_0_group_type_0

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
