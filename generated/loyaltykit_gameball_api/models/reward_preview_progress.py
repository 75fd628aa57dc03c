from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="RewardPreviewProgress")


@_attrs_define
class RewardPreviewProgress:
    """Present only for `ProgressOnly` — accumulative / multi-step campaigns the event advances without completing."""

    current_percentage: Decimal | None = None
    """ Completion % (0–100) before this event. """
    would_be_percentage: Decimal | None = None
    """ Completion % (0–100, capped) after this event fires. """
    completion_reward_points: int | None = None
    """ Points granted when the campaign eventually completes; `null` when the completion reward is a coupon. """
    completion_reward_type: None | str = None
    """ `Points` or `Coupon`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "current_percentage",
                "would_be_percentage",
                "completion_reward_points",
                "completion_reward_type",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        current_percentage: Decimal | None
        current_percentage = self.current_percentage

        would_be_percentage: Decimal | None
        would_be_percentage = self.would_be_percentage

        completion_reward_points: int | None
        completion_reward_points = self.completion_reward_points

        completion_reward_type: None | str
        completion_reward_type = self.completion_reward_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "currentPercentage": current_percentage,
                "wouldBePercentage": would_be_percentage,
                "completionRewardPoints": completion_reward_points,
                "completionRewardType": completion_reward_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _current_percentage_value = d.pop("currentPercentage", None)
        current_percentage: Decimal | None
        if _current_percentage_value is None or isinstance(_current_percentage_value, Unset):
            current_percentage = _current_percentage_value
        else:
            if not (
                isinstance(_current_percentage_value, (int, float, Decimal, str))
                and not isinstance(_current_percentage_value, bool)
            ):
                raise TypeError()
            current_percentage_type_0 = to_decimal(_current_percentage_value)

            current_percentage = current_percentage_type_0

        _would_be_percentage_value = d.pop("wouldBePercentage", None)
        would_be_percentage: Decimal | None
        if _would_be_percentage_value is None or isinstance(_would_be_percentage_value, Unset):
            would_be_percentage = _would_be_percentage_value
        else:
            if not (
                isinstance(_would_be_percentage_value, (int, float, Decimal, str))
                and not isinstance(_would_be_percentage_value, bool)
            ):
                raise TypeError()
            would_be_percentage_type_0 = to_decimal(_would_be_percentage_value)

            would_be_percentage = would_be_percentage_type_0

        completion_reward_points: int | None = d.pop("completionRewardPoints", None)

        completion_reward_type: None | str = d.pop("completionRewardType", None)

        reward_preview_progress = cls(
            current_percentage=current_percentage,
            would_be_percentage=would_be_percentage,
            completion_reward_points=completion_reward_points,
            completion_reward_type=completion_reward_type,
        )

        reward_preview_progress.additional_properties = d
        return reward_preview_progress

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
