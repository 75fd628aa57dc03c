from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetLeaderboardResponse200")


@_attrs_define
class GetLeaderboardResponse200:
    leaderboard: list[GetLeaderboardResponse200LeaderboardType0Item] | None = None
    """ An array of customers ranked on the leaderboard, sorted by their score. Each entry in the array includes
    details about each customer, providing a comprehensive overview of their standing within the entire customer
    base. """
    customer_rank: Decimal | None = None
    """ The position of the requested customer on the leaderboard, reflecting their rank relative to all other
    customers in your entire customer base. A lower rank number (e.g., 1) indicates a higher standing, typically
    based on points or achievements. """
    customers_count: Decimal | None = None
    """ The total number of customers on the leaderboard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "leaderboard",
                "customer_rank",
                "customers_count",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        leaderboard: list[dict[str, Any]] | None
        if isinstance(self.leaderboard, list):
            leaderboard = []
            for leaderboard_type_0_item_data in self.leaderboard:
                leaderboard_type_0_item = leaderboard_type_0_item_data.to_dict()
                leaderboard.append(leaderboard_type_0_item)

        else:
            leaderboard = self.leaderboard

        customer_rank: Decimal | None
        customer_rank = self.customer_rank

        customers_count: Decimal | None
        customers_count = self.customers_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "leaderboard": leaderboard,
                "customerRank": customer_rank,
                "customersCount": customers_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _leaderboard_value = d.pop("leaderboard", None)
        leaderboard: list[GetLeaderboardResponse200LeaderboardType0Item] | None
        if _leaderboard_value is None or isinstance(_leaderboard_value, Unset):
            leaderboard = _leaderboard_value
        else:
            if not isinstance(_leaderboard_value, list):
                raise TypeError()
            leaderboard_type_0 = []
            _leaderboard_type_0 = _leaderboard_value
            for leaderboard_type_0_item_data in _leaderboard_type_0:
                leaderboard_type_0_item = GetLeaderboardResponse200LeaderboardType0Item.from_dict(
                    leaderboard_type_0_item_data
                )

                leaderboard_type_0.append(leaderboard_type_0_item)

            leaderboard = leaderboard_type_0

        _customer_rank_value = d.pop("customerRank", None)
        customer_rank: Decimal | None
        if _customer_rank_value is None or isinstance(_customer_rank_value, Unset):
            customer_rank = _customer_rank_value
        else:
            if not (
                isinstance(_customer_rank_value, (int, float, Decimal, str))
                and not isinstance(_customer_rank_value, bool)
            ):
                raise TypeError()
            customer_rank_type_0 = to_decimal(_customer_rank_value)

            customer_rank = customer_rank_type_0

        _customers_count_value = d.pop("customersCount", None)
        customers_count: Decimal | None
        if _customers_count_value is None or isinstance(_customers_count_value, Unset):
            customers_count = _customers_count_value
        else:
            if not (
                isinstance(_customers_count_value, (int, float, Decimal, str))
                and not isinstance(_customers_count_value, bool)
            ):
                raise TypeError()
            customers_count_type_0 = to_decimal(_customers_count_value)

            customers_count = customers_count_type_0

        get_leaderboard_response_200 = cls(
            leaderboard=leaderboard,
            customer_rank=customer_rank,
            customers_count=customers_count,
        )

        get_leaderboard_response_200.additional_properties = d
        return get_leaderboard_response_200

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


from ..models.get_leaderboard_response_200_leaderboard_type_0_item import GetLeaderboardResponse200LeaderboardType0Item
