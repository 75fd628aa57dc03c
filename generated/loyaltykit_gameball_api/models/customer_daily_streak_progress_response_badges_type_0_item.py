from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerDailyStreakProgressResponseBadgesType0Item")


@_attrs_define
class CustomerDailyStreakProgressResponseBadgesType0Item:
    milestone_day: Decimal | None = None
    """ Streak day at which this badge is awarded """
    name: None | str = None
    """ Badge name """
    image_url: None | str = None
    """ Badge image URL """
    earned: bool | None = None
    """ Whether this customer has earned this badge """
    earned_date: datetime.datetime | None = None
    """ Date earned, or null if not yet earned """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "milestone_day",
                "name",
                "image_url",
                "earned",
                "earned_date",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        milestone_day: Decimal | None
        milestone_day = self.milestone_day

        name: None | str
        name = self.name

        image_url: None | str
        image_url = self.image_url

        earned: bool | None
        earned = self.earned

        earned_date: None | str
        if isinstance(self.earned_date, datetime.datetime):
            earned_date = self.earned_date.isoformat()
        else:
            earned_date = self.earned_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "milestoneDay": milestone_day,
                "name": name,
                "imageUrl": image_url,
                "earned": earned,
                "earnedDate": earned_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _milestone_day_value = d.pop("milestoneDay", None)
        milestone_day: Decimal | None
        if _milestone_day_value is None or isinstance(_milestone_day_value, Unset):
            milestone_day = _milestone_day_value
        else:
            if not (
                isinstance(_milestone_day_value, (int, float, Decimal, str))
                and not isinstance(_milestone_day_value, bool)
            ):
                raise TypeError()
            milestone_day_type_0 = to_decimal(_milestone_day_value)

            milestone_day = milestone_day_type_0

        name: None | str = d.pop("name", None)

        image_url: None | str = d.pop("imageUrl", None)

        earned: bool | None = d.pop("earned", None)

        _earned_date_value = d.pop("earnedDate", None)
        earned_date: datetime.datetime | None
        if _earned_date_value is None or isinstance(_earned_date_value, Unset):
            earned_date = _earned_date_value
        else:
            if not isinstance(_earned_date_value, str):
                raise TypeError()
            earned_date_type_0 = datetime.datetime.fromisoformat(_earned_date_value)

            earned_date = earned_date_type_0

        customer_daily_streak_progress_response_badges_type_0_item = cls(
            milestone_day=milestone_day,
            name=name,
            image_url=image_url,
            earned=earned,
            earned_date=earned_date,
        )

        customer_daily_streak_progress_response_badges_type_0_item.additional_properties = d
        return customer_daily_streak_progress_response_badges_type_0_item

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
