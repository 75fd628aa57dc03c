from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerDailyStreakProgressResponse")


@_attrs_define
class CustomerDailyStreakProgressResponse:
    current_streak_count: Decimal | None = None
    """ Number of consecutive periods completed in the current active streak """
    highest_streak_count: Decimal | None = None
    """ Highest streak count ever reached by this customer for this campaign """
    total_rewards_earned: Decimal | None = None
    """ Total streak rewards earned across all time """
    ongoing_reward: CustomerDailyStreakProgressResponseOngoingRewardType0 | None = None
    """ Details of the currently active reward tier """
    next_milestone: Decimal | None = None
    """ Streak count at which the next reward unlocks, or null if at the last tier """
    last_activity_date: datetime.datetime | None = None
    """ Date/time of the last qualifying action in the client's local timezone """
    campaign_end_date: datetime.datetime | None = None
    """ Campaign end date in the client's local timezone, or null if open-ended """
    badges: list[CustomerDailyStreakProgressResponseBadgesType0Item] | None = None
    """ Badge milestones ordered by milestoneDay ascending """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "current_streak_count",
                "highest_streak_count",
                "total_rewards_earned",
                "ongoing_reward",
                "next_milestone",
                "last_activity_date",
                "campaign_end_date",
                "badges",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        current_streak_count: Decimal | None
        current_streak_count = self.current_streak_count

        highest_streak_count: Decimal | None
        highest_streak_count = self.highest_streak_count

        total_rewards_earned: Decimal | None
        total_rewards_earned = self.total_rewards_earned

        ongoing_reward: dict[str, Any] | None
        if isinstance(self.ongoing_reward, CustomerDailyStreakProgressResponseOngoingRewardType0):
            ongoing_reward = self.ongoing_reward.to_dict()
        else:
            ongoing_reward = self.ongoing_reward

        next_milestone: Decimal | None
        next_milestone = self.next_milestone

        last_activity_date: None | str
        if isinstance(self.last_activity_date, datetime.datetime):
            last_activity_date = self.last_activity_date.isoformat()
        else:
            last_activity_date = self.last_activity_date

        campaign_end_date: None | str
        if isinstance(self.campaign_end_date, datetime.datetime):
            campaign_end_date = self.campaign_end_date.isoformat()
        else:
            campaign_end_date = self.campaign_end_date

        badges: list[dict[str, Any]] | None
        if isinstance(self.badges, list):
            badges = []
            for badges_type_0_item_data in self.badges:
                badges_type_0_item = badges_type_0_item_data.to_dict()
                badges.append(badges_type_0_item)

        else:
            badges = self.badges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentStreakCount": current_streak_count,
                "highestStreakCount": highest_streak_count,
                "totalRewardsEarned": total_rewards_earned,
                "ongoingReward": ongoing_reward,
                "nextMilestone": next_milestone,
                "lastActivityDate": last_activity_date,
                "campaignEndDate": campaign_end_date,
                "badges": badges,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _current_streak_count_value = d.pop("currentStreakCount", None)
        current_streak_count: Decimal | None
        if _current_streak_count_value is None or isinstance(_current_streak_count_value, Unset):
            current_streak_count = _current_streak_count_value
        else:
            if not (
                isinstance(_current_streak_count_value, (int, float, Decimal, str))
                and not isinstance(_current_streak_count_value, bool)
            ):
                raise TypeError()
            current_streak_count_type_0 = to_decimal(_current_streak_count_value)

            current_streak_count = current_streak_count_type_0

        _highest_streak_count_value = d.pop("highestStreakCount", None)
        highest_streak_count: Decimal | None
        if _highest_streak_count_value is None or isinstance(_highest_streak_count_value, Unset):
            highest_streak_count = _highest_streak_count_value
        else:
            if not (
                isinstance(_highest_streak_count_value, (int, float, Decimal, str))
                and not isinstance(_highest_streak_count_value, bool)
            ):
                raise TypeError()
            highest_streak_count_type_0 = to_decimal(_highest_streak_count_value)

            highest_streak_count = highest_streak_count_type_0

        _total_rewards_earned_value = d.pop("totalRewardsEarned", None)
        total_rewards_earned: Decimal | None
        if _total_rewards_earned_value is None or isinstance(_total_rewards_earned_value, Unset):
            total_rewards_earned = _total_rewards_earned_value
        else:
            if not (
                isinstance(_total_rewards_earned_value, (int, float, Decimal, str))
                and not isinstance(_total_rewards_earned_value, bool)
            ):
                raise TypeError()
            total_rewards_earned_type_0 = to_decimal(_total_rewards_earned_value)

            total_rewards_earned = total_rewards_earned_type_0

        _ongoing_reward_value = d.pop("ongoingReward", None)
        ongoing_reward: CustomerDailyStreakProgressResponseOngoingRewardType0 | None
        if _ongoing_reward_value is None or isinstance(_ongoing_reward_value, Unset):
            ongoing_reward = _ongoing_reward_value
        else:
            if not isinstance(_ongoing_reward_value, dict):
                raise TypeError()
            ongoing_reward_type_0 = CustomerDailyStreakProgressResponseOngoingRewardType0.from_dict(
                _ongoing_reward_value
            )

            ongoing_reward = ongoing_reward_type_0

        _next_milestone_value = d.pop("nextMilestone", None)
        next_milestone: Decimal | None
        if _next_milestone_value is None or isinstance(_next_milestone_value, Unset):
            next_milestone = _next_milestone_value
        else:
            if not (
                isinstance(_next_milestone_value, (int, float, Decimal, str))
                and not isinstance(_next_milestone_value, bool)
            ):
                raise TypeError()
            next_milestone_type_0 = to_decimal(_next_milestone_value)

            next_milestone = next_milestone_type_0

        _last_activity_date_value = d.pop("lastActivityDate", None)
        last_activity_date: datetime.datetime | None
        if _last_activity_date_value is None or isinstance(_last_activity_date_value, Unset):
            last_activity_date = _last_activity_date_value
        else:
            if not isinstance(_last_activity_date_value, str):
                raise TypeError()
            last_activity_date_type_0 = datetime.datetime.fromisoformat(_last_activity_date_value)

            last_activity_date = last_activity_date_type_0

        _campaign_end_date_value = d.pop("campaignEndDate", None)
        campaign_end_date: datetime.datetime | None
        if _campaign_end_date_value is None or isinstance(_campaign_end_date_value, Unset):
            campaign_end_date = _campaign_end_date_value
        else:
            if not isinstance(_campaign_end_date_value, str):
                raise TypeError()
            campaign_end_date_type_0 = datetime.datetime.fromisoformat(_campaign_end_date_value)

            campaign_end_date = campaign_end_date_type_0

        _badges_value = d.pop("badges", None)
        badges: list[CustomerDailyStreakProgressResponseBadgesType0Item] | None
        if _badges_value is None or isinstance(_badges_value, Unset):
            badges = _badges_value
        else:
            if not isinstance(_badges_value, list):
                raise TypeError()
            badges_type_0 = []
            _badges_type_0 = _badges_value
            for badges_type_0_item_data in _badges_type_0:
                badges_type_0_item = CustomerDailyStreakProgressResponseBadgesType0Item.from_dict(
                    badges_type_0_item_data
                )

                badges_type_0.append(badges_type_0_item)

            badges = badges_type_0

        customer_daily_streak_progress_response = cls(
            current_streak_count=current_streak_count,
            highest_streak_count=highest_streak_count,
            total_rewards_earned=total_rewards_earned,
            ongoing_reward=ongoing_reward,
            next_milestone=next_milestone,
            last_activity_date=last_activity_date,
            campaign_end_date=campaign_end_date,
            badges=badges,
        )

        customer_daily_streak_progress_response.additional_properties = d
        return customer_daily_streak_progress_response

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


from ..models.customer_daily_streak_progress_response_badges_type_0_item import (
    CustomerDailyStreakProgressResponseBadgesType0Item,
)
from ..models.customer_daily_streak_progress_response_ongoing_reward_type_0 import (
    CustomerDailyStreakProgressResponseOngoingRewardType0,
)
