from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar(
    "T",
    bound="CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0OptionsType0",
)


@_attrs_define
class CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0OptionsType0:
    name: None | str = None
    """ The name of the reward rule configured on the dashboard based on required language. """
    expiry_after: Decimal | None = None
    """ The number of days after creation that the coupon will expire. Example: If a coupon expires after 14 days,
    the customer must use it within that period to receive the discount. """
    usage_limit: Decimal | None = None
    """ The maximum number of times a single coupon can be used. Example: If a coupon has a usage limit of 5, it can
    be redeemed up to 5 times before it becomes invalid. """
    capping: Decimal | None = None
    """ The maximum discount value a coupon can provide, regardless of the order amount. Example: If a coupon offers
    20% off with a capping of $50, the discount will not exceed $50, even if 20% of the order total is higher. """
    min_order_value: Decimal | None = None
    """ The minimum order amount required to apply the coupon. Example: If a coupon has a minimum order value of
    $100, the customer must spend at least $100 to use the discount. """
    code_prefix: None | str = None
    """ The prefix that will be added to the beginning of the generated coupon code. Example: If the prefix is
    "SUMMER", the generated coupon codes might look like "SUMMER12345" or "SUMMERDISCOUNT". """
    redeem_instructions: None | str = None
    """ The instructions on how the customer can redeem the coupon. Example: "Enter the coupon code at checkout to
    apply the discount." """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "expiry_after",
                "usage_limit",
                "capping",
                "min_order_value",
                "code_prefix",
                "redeem_instructions",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        expiry_after: Decimal | None
        expiry_after = self.expiry_after

        usage_limit: Decimal | None
        usage_limit = self.usage_limit

        capping: Decimal | None
        capping = self.capping

        min_order_value: Decimal | None
        min_order_value = self.min_order_value

        code_prefix: None | str
        code_prefix = self.code_prefix

        redeem_instructions: None | str
        redeem_instructions = self.redeem_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "expiryAfter": expiry_after,
                "usageLimit": usage_limit,
                "capping": capping,
                "minOrderValue": min_order_value,
                "codePrefix": code_prefix,
                "redeemInstructions": redeem_instructions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str = d.pop("name", None)

        _expiry_after_value = d.pop("expiryAfter", None)
        expiry_after: Decimal | None
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

        _capping_value = d.pop("capping", None)
        capping: Decimal | None
        if _capping_value is None or isinstance(_capping_value, Unset):
            capping = _capping_value
        else:
            if not (isinstance(_capping_value, (int, float, Decimal, str)) and not isinstance(_capping_value, bool)):
                raise TypeError()
            capping_type_0 = to_decimal(_capping_value)

            capping = capping_type_0

        _min_order_value_value = d.pop("minOrderValue", None)
        min_order_value: Decimal | None
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

        code_prefix: None | str = d.pop("codePrefix", None)

        redeem_instructions: None | str = d.pop("redeemInstructions", None)

        customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_options_type_0 = cls(
            name=name,
            expiry_after=expiry_after,
            usage_limit=usage_limit,
            capping=capping,
            min_order_value=min_order_value,
            code_prefix=code_prefix,
            redeem_instructions=redeem_instructions,
        )

        customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_options_type_0.additional_properties = d
        return customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_options_type_0

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
