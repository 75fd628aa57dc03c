from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0Item")


@_attrs_define
class CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0Item:
    rank_reward: Decimal | None = None
    """ The score rewarded for achieving this reward campaign. """
    wallet_reward: Decimal | None = None
    """ The number of points the customer will earn upon achieving this reward campaign. Example: If you have set up
    a "First Order" campaign where a customer earns 200 points as a reward for placing their first order, the
    walletReward value would be 200. """
    wallet_reward_factor: Decimal | None = None
    """ The multiplier applied to the points a customer earns based on the amount they spend during this campaign.
    This factor is used in transactional campaigns, such as points multipliers. Example: In a "Double Points"
    campaign, the walletRewardFactor would be set to 2, meaning the customer will earn twice the normal amount of
    points for their purchases during the campaign. """
    coupon_reward: (
        CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0 | None
    ) = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "rank_reward",
                "wallet_reward",
                "wallet_reward_factor",
                "coupon_reward",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        rank_reward: Decimal | None
        rank_reward = self.rank_reward

        wallet_reward: Decimal | None
        wallet_reward = self.wallet_reward

        wallet_reward_factor: Decimal | None
        wallet_reward_factor = self.wallet_reward_factor

        coupon_reward: dict[str, Any] | None
        if isinstance(
            self.coupon_reward,
            CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0,
        ):
            coupon_reward = self.coupon_reward.to_dict()
        else:
            coupon_reward = self.coupon_reward

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rankReward": rank_reward,
                "walletReward": wallet_reward,
                "walletRewardFactor": wallet_reward_factor,
                "couponReward": coupon_reward,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _rank_reward_value = d.pop("rankReward", None)
        rank_reward: Decimal | None
        if _rank_reward_value is None or isinstance(_rank_reward_value, Unset):
            rank_reward = _rank_reward_value
        else:
            if not (
                isinstance(_rank_reward_value, (int, float, Decimal, str)) and not isinstance(_rank_reward_value, bool)
            ):
                raise TypeError()
            rank_reward_type_0 = to_decimal(_rank_reward_value)

            rank_reward = rank_reward_type_0

        _wallet_reward_value = d.pop("walletReward", None)
        wallet_reward: Decimal | None
        if _wallet_reward_value is None or isinstance(_wallet_reward_value, Unset):
            wallet_reward = _wallet_reward_value
        else:
            if not (
                isinstance(_wallet_reward_value, (int, float, Decimal, str))
                and not isinstance(_wallet_reward_value, bool)
            ):
                raise TypeError()
            wallet_reward_type_0 = to_decimal(_wallet_reward_value)

            wallet_reward = wallet_reward_type_0

        _wallet_reward_factor_value = d.pop("walletRewardFactor", None)
        wallet_reward_factor: Decimal | None
        if _wallet_reward_factor_value is None or isinstance(_wallet_reward_factor_value, Unset):
            wallet_reward_factor = _wallet_reward_factor_value
        else:
            if not (
                isinstance(_wallet_reward_factor_value, (int, float, Decimal, str))
                and not isinstance(_wallet_reward_factor_value, bool)
            ):
                raise TypeError()
            wallet_reward_factor_type_0 = to_decimal(_wallet_reward_factor_value)

            wallet_reward_factor = wallet_reward_factor_type_0

        _coupon_reward_value = d.pop("couponReward", None)
        coupon_reward: (
            CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0
            | None
        )
        if _coupon_reward_value is None or isinstance(_coupon_reward_value, Unset):
            coupon_reward = _coupon_reward_value
        else:
            if not isinstance(_coupon_reward_value, dict):
                raise TypeError()
            coupon_reward_type_0 = CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0.from_dict(
                _coupon_reward_value
            )

            coupon_reward = coupon_reward_type_0

        customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item = cls(
            rank_reward=rank_reward,
            wallet_reward=wallet_reward,
            wallet_reward_factor=wallet_reward_factor,
            coupon_reward=coupon_reward,
        )

        customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item.additional_properties = d
        return customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item

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


from ..models.customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0 import (
    CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0,
)
