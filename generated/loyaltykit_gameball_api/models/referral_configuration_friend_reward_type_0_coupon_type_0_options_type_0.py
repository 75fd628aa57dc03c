from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="ReferralConfigurationFriendRewardType0CouponType0OptionsType0")


@_attrs_define
class ReferralConfigurationFriendRewardType0CouponType0OptionsType0:
    name: None | str | Unset = UNSET
    """ The name of the reward rule configured on the dashboard based on required language. """
    expiry_after: Decimal | None | Unset = UNSET
    """ The number of days after creation that the coupon will expire. Example: If a coupon expires after 14 days,
    the customer must use it within that period to receive the discount. """
    usage_limit: Decimal | None | Unset = UNSET
    """ The maximum number of times a single coupon can be used. Example: If a coupon has a usage limit of 5, it can
    be redeemed up to 5 times before it becomes invalid. """
    capping: Decimal | None | Unset = UNSET
    """ The maximum discount value a coupon can provide, regardless of the order amount. Example: If a coupon offers
    20% off with a capping of $50, the discount will not exceed $50, even if 20% of the order total is higher. """
    min_order_value: Decimal | None | Unset = UNSET
    """ The minimum order amount required to apply the coupon. Example: If a coupon has a minimum order value of
    $100, the customer must spend at least $100 to use the discount. """
    code_prefix: None | str | Unset = UNSET
    """ The prefix that will be added to the beginning of the generated coupon code. Example: If the prefix is
    "SUMMER", the generated coupon codes might look like "SUMMER12345" or "SUMMERDISCOUNT". """
    redeem_instructions: None | str | Unset = UNSET
    """ The instructions on how the customer can redeem the coupon. Example: "Enter the coupon code at checkout to
    apply the discount." """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        expiry_after: Decimal | None | Unset
        if isinstance(self.expiry_after, Unset):
            expiry_after = UNSET
        else:
            expiry_after = self.expiry_after

        usage_limit: Decimal | None | Unset
        if isinstance(self.usage_limit, Unset):
            usage_limit = UNSET
        else:
            usage_limit = self.usage_limit

        capping: Decimal | None | Unset
        if isinstance(self.capping, Unset):
            capping = UNSET
        else:
            capping = self.capping

        min_order_value: Decimal | None | Unset
        if isinstance(self.min_order_value, Unset):
            min_order_value = UNSET
        else:
            min_order_value = self.min_order_value

        code_prefix: None | str | Unset
        if isinstance(self.code_prefix, Unset):
            code_prefix = UNSET
        else:
            code_prefix = self.code_prefix

        redeem_instructions: None | str | Unset
        if isinstance(self.redeem_instructions, Unset):
            redeem_instructions = UNSET
        else:
            redeem_instructions = self.redeem_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if expiry_after is not UNSET:
            field_dict["expiryAfter"] = expiry_after
        if usage_limit is not UNSET:
            field_dict["usageLimit"] = usage_limit
        if capping is not UNSET:
            field_dict["capping"] = capping
        if min_order_value is not UNSET:
            field_dict["minOrderValue"] = min_order_value
        if code_prefix is not UNSET:
            field_dict["codePrefix"] = code_prefix
        if redeem_instructions is not UNSET:
            field_dict["redeemInstructions"] = redeem_instructions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        _expiry_after_value = d.pop("expiryAfter", UNSET)
        expiry_after: Decimal | None | Unset
        if _expiry_after_value is None or isinstance(_expiry_after_value, Unset):
            expiry_after = _expiry_after_value
        else:
            if not (
                isinstance(_expiry_after_value, (int, float, Decimal, str))
                and not isinstance(_expiry_after_value, bool)
            ):
                raise TypeError()
            expiry_after_type_0 = to_decimal(_expiry_after_value)

            expiry_after = expiry_after_type_0

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

        _capping_value = d.pop("capping", UNSET)
        capping: Decimal | None | Unset
        if _capping_value is None or isinstance(_capping_value, Unset):
            capping = _capping_value
        else:
            if not (isinstance(_capping_value, (int, float, Decimal, str)) and not isinstance(_capping_value, bool)):
                raise TypeError()
            capping_type_0 = to_decimal(_capping_value)

            capping = capping_type_0

        _min_order_value_value = d.pop("minOrderValue", UNSET)
        min_order_value: Decimal | None | Unset
        if _min_order_value_value is None or isinstance(_min_order_value_value, Unset):
            min_order_value = _min_order_value_value
        else:
            if not (
                isinstance(_min_order_value_value, (int, float, Decimal, str))
                and not isinstance(_min_order_value_value, bool)
            ):
                raise TypeError()
            min_order_value_type_0 = to_decimal(_min_order_value_value)

            min_order_value = min_order_value_type_0

        code_prefix: None | str | Unset = d.pop("codePrefix", UNSET)

        redeem_instructions: None | str | Unset = d.pop("redeemInstructions", UNSET)

        referral_configuration_friend_reward_type_0_coupon_type_0_options_type_0 = cls(
            name=name,
            expiry_after=expiry_after,
            usage_limit=usage_limit,
            capping=capping,
            min_order_value=min_order_value,
            code_prefix=code_prefix,
            redeem_instructions=redeem_instructions,
        )

        referral_configuration_friend_reward_type_0_coupon_type_0_options_type_0.additional_properties = d
        return referral_configuration_friend_reward_type_0_coupon_type_0_options_type_0

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
