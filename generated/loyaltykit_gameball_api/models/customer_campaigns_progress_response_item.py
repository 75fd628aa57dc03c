from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerCampaignsProgressResponseItem")


@_attrs_define
class CustomerCampaignsProgressResponseItem:
    rewards_campaign_name: None | str | Unset = UNSET
    """ The name of the rewards campaign. """
    rewards_campaign_id: Decimal | None | Unset = UNSET
    """ The unique ID of the rewards campaign. """
    is_unlocked: bool | None | Unset = UNSET
    """ Indicates if the customer has unlocked the campaign. """
    high_score_amount: Decimal | None | Unset = UNSET
    """ The highest score achieved by the customer. This value is applicable only in the context of a high score
    rewards campaign. """
    current_streak: Decimal | None | Unset = UNSET
    """ The current number of consecutive days the customer has visited the website. This value is applicable only
    in the context of a streak (daily visit) rewards campaign. """
    highest_streak: Decimal | None | Unset = UNSET
    """ The maximum number of consecutive days the customer has visited the website. This value is also applicable
    only in the context of a streak (daily visit) rewards campaign. """
    completion_percentage: Decimal | None | Unset = UNSET
    """ The percentage of the campaign the customer has completed. For example, in a second-order campaign where the
    customer must make 2 orders, if they have only placed 1 order, the completion percentage will be 50%. """
    achieved_count: Decimal | None | Unset = UNSET
    """ The number of times the customer has achieved the campaign. """
    can_achieve: bool | None | Unset = UNSET
    """ A flag that determines whether the customer is currently eligible to participate in and achieve this reward
    campaign. It provides a quick indication of the customer's ability to meet the campaign's conditions based on
    their current status. """
    reward_campaign_configuration: (
        CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0 | None | Unset
    ) = UNSET
    """ Comprehensive description of the reward campaign configuration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rewards_campaign_name: None | str | Unset
        if isinstance(self.rewards_campaign_name, Unset):
            rewards_campaign_name = UNSET
        else:
            rewards_campaign_name = self.rewards_campaign_name

        rewards_campaign_id: Decimal | None | Unset
        if isinstance(self.rewards_campaign_id, Unset):
            rewards_campaign_id = UNSET
        else:
            rewards_campaign_id = self.rewards_campaign_id

        is_unlocked: bool | None | Unset
        if isinstance(self.is_unlocked, Unset):
            is_unlocked = UNSET
        else:
            is_unlocked = self.is_unlocked

        high_score_amount: Decimal | None | Unset
        if isinstance(self.high_score_amount, Unset):
            high_score_amount = UNSET
        else:
            high_score_amount = self.high_score_amount

        current_streak: Decimal | None | Unset
        if isinstance(self.current_streak, Unset):
            current_streak = UNSET
        else:
            current_streak = self.current_streak

        highest_streak: Decimal | None | Unset
        if isinstance(self.highest_streak, Unset):
            highest_streak = UNSET
        else:
            highest_streak = self.highest_streak

        completion_percentage: Decimal | None | Unset
        if isinstance(self.completion_percentage, Unset):
            completion_percentage = UNSET
        else:
            completion_percentage = self.completion_percentage

        achieved_count: Decimal | None | Unset
        if isinstance(self.achieved_count, Unset):
            achieved_count = UNSET
        else:
            achieved_count = self.achieved_count

        can_achieve: bool | None | Unset
        if isinstance(self.can_achieve, Unset):
            can_achieve = UNSET
        else:
            can_achieve = self.can_achieve

        reward_campaign_configuration: dict[str, Any] | None | Unset
        if isinstance(self.reward_campaign_configuration, Unset):
            reward_campaign_configuration = UNSET
        elif isinstance(
            self.reward_campaign_configuration, CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0
        ):
            reward_campaign_configuration = self.reward_campaign_configuration.to_dict()
        else:
            reward_campaign_configuration = self.reward_campaign_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if rewards_campaign_name is not UNSET:
            field_dict["rewardsCampaignName"] = rewards_campaign_name
        if rewards_campaign_id is not UNSET:
            field_dict["rewardsCampaignId"] = rewards_campaign_id
        if is_unlocked is not UNSET:
            field_dict["isUnlocked"] = is_unlocked
        if high_score_amount is not UNSET:
            field_dict["highScoreAmount"] = high_score_amount
        if current_streak is not UNSET:
            field_dict["currentStreak"] = current_streak
        if highest_streak is not UNSET:
            field_dict["highestStreak"] = highest_streak
        if completion_percentage is not UNSET:
            field_dict["completionPercentage"] = completion_percentage
        if achieved_count is not UNSET:
            field_dict["achievedCount"] = achieved_count
        if can_achieve is not UNSET:
            field_dict["canAchieve"] = can_achieve
        if reward_campaign_configuration is not UNSET:
            field_dict["rewardCampaignConfiguration"] = reward_campaign_configuration

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        rewards_campaign_name: None | str | Unset = d.pop("rewardsCampaignName", UNSET)

        _rewards_campaign_id_value = d.pop("rewardsCampaignId", UNSET)
        rewards_campaign_id: Decimal | None | Unset
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

        is_unlocked: bool | None | Unset = d.pop("isUnlocked", UNSET)

        _high_score_amount_value = d.pop("highScoreAmount", UNSET)
        high_score_amount: Decimal | None | Unset
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

        _current_streak_value = d.pop("currentStreak", UNSET)
        current_streak: Decimal | None | Unset
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

        _highest_streak_value = d.pop("highestStreak", UNSET)
        highest_streak: Decimal | None | Unset
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

        _completion_percentage_value = d.pop("completionPercentage", UNSET)
        completion_percentage: Decimal | None | Unset
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

        _achieved_count_value = d.pop("achievedCount", UNSET)
        achieved_count: Decimal | None | Unset
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

        can_achieve: bool | None | Unset = d.pop("canAchieve", UNSET)

        _reward_campaign_configuration_value = d.pop("rewardCampaignConfiguration", UNSET)
        reward_campaign_configuration: (
            CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0 | None | Unset
        )
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
