from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerActionStreakProgressResponse")


@_attrs_define
class CustomerActionStreakProgressResponse:
    number_of_completed_steps: Decimal | None = None
    """ The number of steps completed by the customer in the current challenge cycle """
    number_of_times_earned: Decimal | None = None
    """ The total number of times the customer has successfully completed the challenge """
    can_achieve_again: bool | None = None
    """ Whether the customer is currently eligible to continue the challenge """
    remaining_tries: Decimal | None = None
    """ The number of remaining allowed completions within the current time interval """
    challenge_end_date: None | str = None
    """ The end date of the challenge in the client's local timezone """
    reward_name: None | str = None
    """ The name of the reward as defined in the client's configured language """
    coupon_name: None | str = None
    """ The name or value of the discount coupon assigned """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "number_of_completed_steps",
                "number_of_times_earned",
                "can_achieve_again",
                "remaining_tries",
                "challenge_end_date",
                "reward_name",
                "coupon_name",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        number_of_completed_steps: Decimal | None
        number_of_completed_steps = self.number_of_completed_steps

        number_of_times_earned: Decimal | None
        number_of_times_earned = self.number_of_times_earned

        can_achieve_again: bool | None
        can_achieve_again = self.can_achieve_again

        remaining_tries: Decimal | None
        remaining_tries = self.remaining_tries

        challenge_end_date: None | str
        challenge_end_date = self.challenge_end_date

        reward_name: None | str
        reward_name = self.reward_name

        coupon_name: None | str
        coupon_name = self.coupon_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "numberOfCompletedSteps": number_of_completed_steps,
                "numberOfTimesEarned": number_of_times_earned,
                "canAchieveAgain": can_achieve_again,
                "remainingTries": remaining_tries,
                "challengeEndDate": challenge_end_date,
                "rewardName": reward_name,
                "couponName": coupon_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _number_of_completed_steps_value = d.pop("numberOfCompletedSteps", None)
        number_of_completed_steps: Decimal | None
        if _number_of_completed_steps_value is None or isinstance(_number_of_completed_steps_value, Unset):
            number_of_completed_steps = _number_of_completed_steps_value
        else:
            if not (
                isinstance(_number_of_completed_steps_value, (int, float, Decimal, str))
                and not isinstance(_number_of_completed_steps_value, bool)
            ):
                raise TypeError()
            number_of_completed_steps_type_0 = to_decimal(_number_of_completed_steps_value)

            number_of_completed_steps = number_of_completed_steps_type_0

        _number_of_times_earned_value = d.pop("numberOfTimesEarned", None)
        number_of_times_earned: Decimal | None
        if _number_of_times_earned_value is None or isinstance(_number_of_times_earned_value, Unset):
            number_of_times_earned = _number_of_times_earned_value
        else:
            if not (
                isinstance(_number_of_times_earned_value, (int, float, Decimal, str))
                and not isinstance(_number_of_times_earned_value, bool)
            ):
                raise TypeError()
            number_of_times_earned_type_0 = to_decimal(_number_of_times_earned_value)

            number_of_times_earned = number_of_times_earned_type_0

        can_achieve_again: bool | None = d.pop("canAchieveAgain", None)

        _remaining_tries_value = d.pop("remainingTries", None)
        remaining_tries: Decimal | None
        if _remaining_tries_value is None or isinstance(_remaining_tries_value, Unset):
            remaining_tries = _remaining_tries_value
        else:
            if not (
                isinstance(_remaining_tries_value, (int, float, Decimal, str))
                and not isinstance(_remaining_tries_value, bool)
            ):
                raise TypeError()
            remaining_tries_type_0 = to_decimal(_remaining_tries_value)

            remaining_tries = remaining_tries_type_0

        challenge_end_date: None | str = d.pop("challengeEndDate", None)

        reward_name: None | str = d.pop("rewardName", None)

        coupon_name: None | str = d.pop("couponName", None)

        customer_action_streak_progress_response = cls(
            number_of_completed_steps=number_of_completed_steps,
            number_of_times_earned=number_of_times_earned,
            can_achieve_again=can_achieve_again,
            remaining_tries=remaining_tries,
            challenge_end_date=challenge_end_date,
            reward_name=reward_name,
            coupon_name=coupon_name,
        )

        customer_action_streak_progress_response.additional_properties = d
        return customer_action_streak_progress_response

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
