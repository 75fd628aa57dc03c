from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="TierConfigurationBenefitsType0Item")


@_attrs_define
class TierConfigurationBenefitsType0Item:
    type_: None | str = None
    """ Indicates the type of benefit the customer will receive. The possible values are: Custom Benefits (Offers
    tailored and custom rewards to offer customization for specific customer preferences or behaviors), Lifetime
    Reward (A benefit that can be used once at any time during the customer's lifetime with Gameball, as long as
    they remain in this tier), Loyalty Points Earning Custom Configuration (Enables customized settings for how
    customers earn loyalty points based on their spending amount), Entry Reward (A one-time reward granted to
    customers upon joining this tier). """
    description: None | str = None
    """ Description of the custom benefit. """
    hyper_link: None | str = None
    """ Hyperlink associated with the custom benefit. """
    rank_reward: Decimal | None = None
    """ The score rewarded for the customer as a reward. """
    wallet_reward: Decimal | None = None
    """ The number of points the customer will earn for this reward. """
    wallet_reward_factor: Decimal | None = None
    """ This is a multiplier factor that indicates how the customer on their tier will be rewarded for each unit of
    currency they spend. This is returned for the benefits of type Loyalty Points Earning Custom Configuration.
    Example: If a tier has a walletRewardFactor of 2, it means any customer on this tier will earn 2 loyalty points
    for every $1 they spend. Therefore, if the customer spends $100, they would receive 200 loyalty points as a
    reward. """
    coupon_reward: None | TierConfigurationBenefitsType0ItemCouponRewardType0 = None
    """ A coupon object that is awarded to the customer. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "type_",
                "description",
                "hyper_link",
                "rank_reward",
                "wallet_reward",
                "wallet_reward_factor",
                "coupon_reward",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        type_: None | str
        type_ = self.type_

        description: None | str
        description = self.description

        hyper_link: None | str
        hyper_link = self.hyper_link

        rank_reward: Decimal | None
        rank_reward = self.rank_reward

        wallet_reward: Decimal | None
        wallet_reward = self.wallet_reward

        wallet_reward_factor: Decimal | None
        wallet_reward_factor = self.wallet_reward_factor

        coupon_reward: dict[str, Any] | None
        if isinstance(self.coupon_reward, TierConfigurationBenefitsType0ItemCouponRewardType0):
            coupon_reward = self.coupon_reward.to_dict()
        else:
            coupon_reward = self.coupon_reward

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "description": description,
                "hyperLink": hyper_link,
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
        type_: None | str = d.pop("type", None)

        description: None | str = d.pop("description", None)

        hyper_link: None | str = d.pop("hyperLink", None)

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
        coupon_reward: None | TierConfigurationBenefitsType0ItemCouponRewardType0
        if _coupon_reward_value is None or isinstance(_coupon_reward_value, Unset):
            coupon_reward = _coupon_reward_value
        else:
            if not isinstance(_coupon_reward_value, dict):
                raise TypeError()
            coupon_reward_type_0 = TierConfigurationBenefitsType0ItemCouponRewardType0.from_dict(_coupon_reward_value)

            coupon_reward = coupon_reward_type_0

        tier_configuration_benefits_type_0_item = cls(
            type_=type_,
            description=description,
            hyper_link=hyper_link,
            rank_reward=rank_reward,
            wallet_reward=wallet_reward,
            wallet_reward_factor=wallet_reward_factor,
            coupon_reward=coupon_reward,
        )

        tier_configuration_benefits_type_0_item.additional_properties = d
        return tier_configuration_benefits_type_0_item

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


from ..models.tier_configuration_benefits_type_0_item_coupon_reward_type_0 import (
    TierConfigurationBenefitsType0ItemCouponRewardType0,
)
