from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerDailyStreakProgressResponse")


@_attrs_define
class CustomerDailyStreakProgressResponse:
    current_streak_count: Decimal | None | Unset = UNSET
    """ Number of consecutive periods completed in the current active streak """
    highest_streak_count: Decimal | None | Unset = UNSET
    """ Highest streak count ever reached by this customer for this campaign """
    total_rewards_earned: Decimal | None | Unset = UNSET
    """ Total streak rewards earned across all time """
    ongoing_reward: CustomerDailyStreakProgressResponseOngoingRewardType0 | None | Unset = UNSET
    """ Details of the currently active reward tier """
    next_milestone: Decimal | None | Unset = UNSET
    """ Streak count at which the next reward unlocks, or null if at the last tier """
    last_activity_date: datetime.datetime | None | Unset = UNSET
    """ Date/time of the last qualifying action in the client's local timezone """
    campaign_end_date: datetime.datetime | None | Unset = UNSET
    """ Campaign end date in the client's local timezone, or null if open-ended """
    badges: list[CustomerDailyStreakProgressResponseBadgesType0Item] | None | Unset = UNSET
    """ Badge milestones ordered by milestoneDay ascending """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_streak_count: Decimal | None | Unset
        if isinstance(self.current_streak_count, Unset):
            current_streak_count = UNSET
        else:
            current_streak_count = self.current_streak_count

        highest_streak_count: Decimal | None | Unset
        if isinstance(self.highest_streak_count, Unset):
            highest_streak_count = UNSET
        else:
            highest_streak_count = self.highest_streak_count

        total_rewards_earned: Decimal | None | Unset
        if isinstance(self.total_rewards_earned, Unset):
            total_rewards_earned = UNSET
        else:
            total_rewards_earned = self.total_rewards_earned

        ongoing_reward: dict[str, Any] | None | Unset
        if isinstance(self.ongoing_reward, Unset):
            ongoing_reward = UNSET
        elif isinstance(self.ongoing_reward, CustomerDailyStreakProgressResponseOngoingRewardType0):
            ongoing_reward = self.ongoing_reward.to_dict()
        else:
            ongoing_reward = self.ongoing_reward

        next_milestone: Decimal | None | Unset
        if isinstance(self.next_milestone, Unset):
            next_milestone = UNSET
        else:
            next_milestone = self.next_milestone

        last_activity_date: None | str | Unset
        if isinstance(self.last_activity_date, Unset):
            last_activity_date = UNSET
        elif isinstance(self.last_activity_date, datetime.datetime):
            last_activity_date = self.last_activity_date.isoformat()
        else:
            last_activity_date = self.last_activity_date

        campaign_end_date: None | str | Unset
        if isinstance(self.campaign_end_date, Unset):
            campaign_end_date = UNSET
        elif isinstance(self.campaign_end_date, datetime.datetime):
            campaign_end_date = self.campaign_end_date.isoformat()
        else:
            campaign_end_date = self.campaign_end_date

        badges: list[dict[str, Any]] | None | Unset
        if isinstance(self.badges, Unset):
            badges = UNSET
        elif isinstance(self.badges, list):
            badges = []
            for badges_type_0_item_data in self.badges:
                badges_type_0_item = badges_type_0_item_data.to_dict()
                badges.append(badges_type_0_item)

        else:
            badges = self.badges

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_streak_count is not UNSET:
            field_dict["currentStreakCount"] = current_streak_count
        if highest_streak_count is not UNSET:
            field_dict["highestStreakCount"] = highest_streak_count
        if total_rewards_earned is not UNSET:
            field_dict["totalRewardsEarned"] = total_rewards_earned
        if ongoing_reward is not UNSET:
            field_dict["ongoingReward"] = ongoing_reward
        if next_milestone is not UNSET:
            field_dict["nextMilestone"] = next_milestone
        if last_activity_date is not UNSET:
            field_dict["lastActivityDate"] = last_activity_date
        if campaign_end_date is not UNSET:
            field_dict["campaignEndDate"] = campaign_end_date
        if badges is not UNSET:
            field_dict["badges"] = badges

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_current_streak_count(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            current_streak_count_type_0 = to_decimal(data)

            return current_streak_count_type_0

        current_streak_count = _parse_current_streak_count(d.pop("currentStreakCount", UNSET))

        def _parse_highest_streak_count(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            highest_streak_count_type_0 = to_decimal(data)

            return highest_streak_count_type_0

        highest_streak_count = _parse_highest_streak_count(d.pop("highestStreakCount", UNSET))

        def _parse_total_rewards_earned(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            total_rewards_earned_type_0 = to_decimal(data)

            return total_rewards_earned_type_0

        total_rewards_earned = _parse_total_rewards_earned(d.pop("totalRewardsEarned", UNSET))

        def _parse_ongoing_reward(data: object) -> CustomerDailyStreakProgressResponseOngoingRewardType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            ongoing_reward_type_0 = CustomerDailyStreakProgressResponseOngoingRewardType0.from_dict(data)

            return ongoing_reward_type_0

        ongoing_reward = _parse_ongoing_reward(d.pop("ongoingReward", UNSET))

        def _parse_next_milestone(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            next_milestone_type_0 = to_decimal(data)

            return next_milestone_type_0

        next_milestone = _parse_next_milestone(d.pop("nextMilestone", UNSET))

        def _parse_last_activity_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            last_activity_date_type_0 = datetime.datetime.fromisoformat(data)

            return last_activity_date_type_0

        last_activity_date = _parse_last_activity_date(d.pop("lastActivityDate", UNSET))

        def _parse_campaign_end_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            campaign_end_date_type_0 = datetime.datetime.fromisoformat(data)

            return campaign_end_date_type_0

        campaign_end_date = _parse_campaign_end_date(d.pop("campaignEndDate", UNSET))

        def _parse_badges(data: object) -> list[CustomerDailyStreakProgressResponseBadgesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            badges_type_0 = []
            _badges_type_0 = data
            for badges_type_0_item_data in _badges_type_0:
                badges_type_0_item = CustomerDailyStreakProgressResponseBadgesType0Item.from_dict(
                    badges_type_0_item_data
                )

                badges_type_0.append(badges_type_0_item)

            return badges_type_0

        badges = _parse_badges(d.pop("badges", UNSET))

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
