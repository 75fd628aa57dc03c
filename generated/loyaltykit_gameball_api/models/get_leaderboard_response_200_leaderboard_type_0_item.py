from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetLeaderboardResponse200LeaderboardType0Item")


@_attrs_define
class GetLeaderboardResponse200LeaderboardType0Item:
    display_name: None | str = None
    """ The display name of the customer on the leaderboard. """
    customer_id: None | str = None
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. """
    progress: Decimal | None = None
    """ The progress made by the customer, such as points earned. """
    rank: Decimal | None = None
    """ The customer's position on the leaderboard, determined by their performance, such as points accumulated. The
    rank is typically higher for those with more points or progress. """
    tier_name: None | str = None
    """ The name of the customer's current tier. """
    tier_icon: None | str = None
    """ URL for the icon representing the customer's current tier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "display_name",
                "customer_id",
                "progress",
                "rank",
                "tier_name",
                "tier_icon",
            ),
            frozenset(("display_name",)),
        )

    def to_dict(self) -> dict[str, Any]:
        display_name: None | str
        display_name = self.display_name

        customer_id: None | str
        customer_id = self.customer_id

        progress: Decimal | None
        progress = self.progress

        rank: Decimal | None
        rank = self.rank

        tier_name: None | str
        tier_name = self.tier_name

        tier_icon: None | str
        tier_icon = self.tier_icon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "customerId": customer_id,
                "progress": progress,
                "rank": rank,
                "tierName": tier_name,
                "tierIcon": tier_icon,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name: None | str = d.pop("displayName", None)

        customer_id: None | str = d.pop("customerId", None)

        _progress_value = d.pop("progress", None)
        progress: Decimal | None
        if _progress_value is None or isinstance(_progress_value, Unset):
            progress = _progress_value
        else:
            if not (isinstance(_progress_value, (int, float, Decimal, str)) and not isinstance(_progress_value, bool)):
                raise TypeError()
            progress_type_0 = to_decimal(_progress_value)

            progress = progress_type_0

        _rank_value = d.pop("rank", None)
        rank: Decimal | None
        if _rank_value is None or isinstance(_rank_value, Unset):
            rank = _rank_value
        else:
            if not (isinstance(_rank_value, (int, float, Decimal, str)) and not isinstance(_rank_value, bool)):
                raise TypeError()
            rank_type_0 = to_decimal(_rank_value)

            rank = rank_type_0

        tier_name: None | str = d.pop("tierName", None)

        tier_icon: None | str = d.pop("tierIcon", None)

        get_leaderboard_response_200_leaderboard_type_0_item = cls(
            display_name=display_name,
            customer_id=customer_id,
            progress=progress,
            rank=rank,
            tier_name=tier_name,
            tier_icon=tier_icon,
        )

        get_leaderboard_response_200_leaderboard_type_0_item.additional_properties = d
        return get_leaderboard_response_200_leaderboard_type_0_item

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
