from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="ReferralConfigurationFriendRewardType0CouponType0GroupType0")


@_attrs_define
class ReferralConfigurationFriendRewardType0CouponType0GroupType0:
    handle: None | str = None
    """ A unique identifier used to reference the coupon group in the system. """
    title: None | str = None
    """ The title of the coupon group. """
    url: None | str = None
    """ The URL for the coupon group. """
    icon_path: None | str = None
    """ The path to the icon of the coupon group. """
    description: None | str = None
    """ A description of the coupon group. """
    max_per_customer: Decimal | None = None
    """ The maximum number of times a customer can use the coupon. Example: 5 indicates that each customer can
    redeem this coupon up to 5 times. """
    start_date: datetime.datetime | None = None
    """ The date when the coupons within this coupon group will become active and valid for redemption. """
    expiry_date: datetime.datetime | None = None
    """ The date when the coupons within this coupon group will expire and no longer be valid for redemption. """
    is_available: bool | None = None
    """ Indicates whether the coupon group is currently available. """
    is_active: bool | None = None
    """ Indicates whether the coupon group is currently active. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "handle",
                "title",
                "url",
                "icon_path",
                "description",
                "max_per_customer",
                "start_date",
                "expiry_date",
                "is_available",
                "is_active",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        handle: None | str
        handle = self.handle

        title: None | str
        title = self.title

        url: None | str
        url = self.url

        icon_path: None | str
        icon_path = self.icon_path

        description: None | str
        description = self.description

        max_per_customer: Decimal | None
        max_per_customer = self.max_per_customer

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

        is_available: bool | None
        is_available = self.is_available

        is_active: bool | None
        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "handle": handle,
                "title": title,
                "url": url,
                "iconPath": icon_path,
                "description": description,
                "maxPerCustomer": max_per_customer,
                "startDate": start_date,
                "expiryDate": expiry_date,
                "isAvailable": is_available,
                "isActive": is_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        handle: None | str = d.pop("handle", None)

        title: None | str = d.pop("title", None)

        url: None | str = d.pop("url", None)

        icon_path: None | str = d.pop("iconPath", None)

        description: None | str = d.pop("description", None)

        _max_per_customer_value = d.pop("maxPerCustomer", None)
        max_per_customer: Decimal | None
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

        is_available: bool | None = d.pop("isAvailable", None)

        is_active: bool | None = d.pop("isActive", None)

        referral_configuration_friend_reward_type_0_coupon_type_0_group_type_0 = cls(
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

        referral_configuration_friend_reward_type_0_coupon_type_0_group_type_0.additional_properties = d
        return referral_configuration_friend_reward_type_0_coupon_type_0_group_type_0

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
