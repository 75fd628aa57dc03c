from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerCampaignsProgressResponseItem")


@_attrs_define
class CustomerCampaignsProgressResponseItem:
    rewards_campaign_name: None | str = None
    """ The name of the rewards campaign. """
    rewards_campaign_id: Decimal | None = None
    """ The unique ID of the rewards campaign. """
    is_unlocked: bool | None = None
    """ Indicates if the customer has unlocked the campaign. """
    high_score_amount: Decimal | None = None
    """ The highest score achieved by the customer. This value is applicable only in the context of a high score
    rewards campaign. """
    current_streak: Decimal | None = None
    """ The current number of consecutive days the customer has visited the website. This value is applicable only
    in the context of a streak (daily visit) rewards campaign. """
    highest_streak: Decimal | None = None
    """ The maximum number of consecutive days the customer has visited the website. This value is also applicable
    only in the context of a streak (daily visit) rewards campaign. """
    completion_percentage: Decimal | None = None
    """ The percentage of the campaign the customer has completed. For example, in a second-order campaign where the
    customer must make 2 orders, if they have only placed 1 order, the completion percentage will be 50%. """
    achieved_count: Decimal | None = None
    """ The number of times the customer has achieved the campaign. """
    can_achieve: bool | None = None
    """ A flag that determines whether the customer is currently eligible to participate in and achieve this reward
    campaign. It provides a quick indication of the customer's ability to meet the campaign's conditions based on
    their current status. """
    reward_campaign_configuration: CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0 | None = None
    """ Comprehensive description of the reward campaign configuration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "rewards_campaign_name",
                "rewards_campaign_id",
                "is_unlocked",
                "high_score_amount",
                "current_streak",
                "highest_streak",
                "completion_percentage",
                "achieved_count",
                "can_achieve",
                "reward_campaign_configuration",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        rewards_campaign_name: None | str
        rewards_campaign_name = self.rewards_campaign_name

        rewards_campaign_id: Decimal | None
        rewards_campaign_id = self.rewards_campaign_id

        is_unlocked: bool | None
        is_unlocked = self.is_unlocked

        high_score_amount: Decimal | None
        high_score_amount = self.high_score_amount

        current_streak: Decimal | None
        current_streak = self.current_streak

        highest_streak: Decimal | None
        highest_streak = self.highest_streak

        completion_percentage: Decimal | None
        completion_percentage = self.completion_percentage

        achieved_count: Decimal | None
        achieved_count = self.achieved_count

        can_achieve: bool | None
        can_achieve = self.can_achieve

        reward_campaign_configuration: dict[str, Any] | None
        if isinstance(
            self.reward_campaign_configuration, CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0
        ):
            reward_campaign_configuration = self.reward_campaign_configuration.to_dict()
        else:
            reward_campaign_configuration = self.reward_campaign_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rewardsCampaignName": rewards_campaign_name,
                "rewardsCampaignId": rewards_campaign_id,
                "isUnlocked": is_unlocked,
                "highScoreAmount": high_score_amount,
                "currentStreak": current_streak,
                "highestStreak": highest_streak,
                "completionPercentage": completion_percentage,
                "achievedCount": achieved_count,
                "canAchieve": can_achieve,
                "rewardCampaignConfiguration": reward_campaign_configuration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rewards_campaign_name: None | str = d.pop("rewardsCampaignName", None)

        _rewards_campaign_id_value = d.pop("rewardsCampaignId", None)
        rewards_campaign_id: Decimal | None
        if _rewards_campaign_id_value is None or isinstance(_rewards_campaign_id_value, Unset):
            rewards_campaign_id = _rewards_campaign_id_value
        else:
            if not (
                isinstance(_rewards_campaign_id_value, (int, float, Decimal, str))
                and not isinstance(_rewards_campaign_id_value, bool)
            ):
                raise TypeError()
            rewards_campaign_id_type_0 = to_decimal(_rewards_campaign_id_value)

            rewards_campaign_id = rewards_campaign_id_type_0

        is_unlocked: bool | None = d.pop("isUnlocked", None)

        _high_score_amount_value = d.pop("highScoreAmount", None)
        high_score_amount: Decimal | None
        if _high_score_amount_value is None or isinstance(_high_score_amount_value, Unset):
            high_score_amount = _high_score_amount_value
        else:
            if not (
                isinstance(_high_score_amount_value, (int, float, Decimal, str))
                and not isinstance(_high_score_amount_value, bool)
            ):
                raise TypeError()
            high_score_amount_type_0 = to_decimal(_high_score_amount_value)

            high_score_amount = high_score_amount_type_0

        _current_streak_value = d.pop("currentStreak", None)
        current_streak: Decimal | None
        if _current_streak_value is None or isinstance(_current_streak_value, Unset):
            current_streak = _current_streak_value
        else:
            if not (
                isinstance(_current_streak_value, (int, float, Decimal, str))
                and not isinstance(_current_streak_value, bool)
            ):
                raise TypeError()
            current_streak_type_0 = to_decimal(_current_streak_value)

            current_streak = current_streak_type_0

        _highest_streak_value = d.pop("highestStreak", None)
        highest_streak: Decimal | None
        if _highest_streak_value is None or isinstance(_highest_streak_value, Unset):
            highest_streak = _highest_streak_value
        else:
            if not (
                isinstance(_highest_streak_value, (int, float, Decimal, str))
                and not isinstance(_highest_streak_value, bool)
            ):
                raise TypeError()
            highest_streak_type_0 = to_decimal(_highest_streak_value)

            highest_streak = highest_streak_type_0

        _completion_percentage_value = d.pop("completionPercentage", None)
        completion_percentage: Decimal | None
        if _completion_percentage_value is None or isinstance(_completion_percentage_value, Unset):
            completion_percentage = _completion_percentage_value
        else:
            if not (
                isinstance(_completion_percentage_value, (int, float, Decimal, str))
                and not isinstance(_completion_percentage_value, bool)
            ):
                raise TypeError()
            completion_percentage_type_0 = to_decimal(_completion_percentage_value)

            completion_percentage = completion_percentage_type_0

        _achieved_count_value = d.pop("achievedCount", None)
        achieved_count: Decimal | None
        if _achieved_count_value is None or isinstance(_achieved_count_value, Unset):
            achieved_count = _achieved_count_value
        else:
            if not (
                isinstance(_achieved_count_value, (int, float, Decimal, str))
                and not isinstance(_achieved_count_value, bool)
            ):
                raise TypeError()
            achieved_count_type_0 = to_decimal(_achieved_count_value)

            achieved_count = achieved_count_type_0

        can_achieve: bool | None = d.pop("canAchieve", None)

        _reward_campaign_configuration_value = d.pop("rewardCampaignConfiguration", None)
        reward_campaign_configuration: CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0 | None
        if _reward_campaign_configuration_value is None or isinstance(_reward_campaign_configuration_value, Unset):
            reward_campaign_configuration = _reward_campaign_configuration_value
        else:
            if not isinstance(_reward_campaign_configuration_value, dict):
                raise TypeError()
            reward_campaign_configuration_type_0 = (
                CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0.from_dict(
                    _reward_campaign_configuration_value
                )
            )

            reward_campaign_configuration = reward_campaign_configuration_type_0

        customer_campaigns_progress_response_item = cls(
            rewards_campaign_name=rewards_campaign_name,
            rewards_campaign_id=rewards_campaign_id,
            is_unlocked=is_unlocked,
            high_score_amount=high_score_amount,
            current_streak=current_streak,
            highest_streak=highest_streak,
            completion_percentage=completion_percentage,
            achieved_count=achieved_count,
            can_achieve=can_achieve,
            reward_campaign_configuration=reward_campaign_configuration,
        )

        customer_campaigns_progress_response_item.additional_properties = d
        return customer_campaigns_progress_response_item

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


from ..models.customer_campaigns_progress_response_item_reward_campaign_configuration_type_0 import (
    CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0,
)
