from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerReferralsResponse")


@_attrs_define
class CustomerReferralsResponse:
    referred_friends: list[CustomerReferralsResponseReferredFriendsType0Item] | None | Unset = UNSET
    """ A list of friends referred by the customer. """
    count: Decimal | None | Unset = UNSET
    """ The total number of friends on the current page. """
    has_more: bool | None | Unset = UNSET
    """ Indicating whether there are additional friends to be fetched beyond the current page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        referred_friends: list[dict[str, Any]] | None | Unset
        if isinstance(self.referred_friends, Unset):
            referred_friends = UNSET
        elif isinstance(self.referred_friends, list):
            referred_friends = []
            for referred_friends_type_0_item_data in self.referred_friends:
                referred_friends_type_0_item = referred_friends_type_0_item_data.to_dict()
                referred_friends.append(referred_friends_type_0_item)

        else:
            referred_friends = self.referred_friends

        count: Decimal | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if referred_friends is not UNSET:
            field_dict["referredFriends"] = referred_friends
        if count is not UNSET:
            field_dict["count"] = count
        if has_more is not UNSET:
            field_dict["hasMore"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_referred_friends(
            data: object,
        ) -> list[CustomerReferralsResponseReferredFriendsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            referred_friends_type_0 = []
            _referred_friends_type_0 = data
            for referred_friends_type_0_item_data in _referred_friends_type_0:
                referred_friends_type_0_item = CustomerReferralsResponseReferredFriendsType0Item.from_dict(
                    referred_friends_type_0_item_data
                )

                referred_friends_type_0.append(referred_friends_type_0_item)

            return referred_friends_type_0

        referred_friends = _parse_referred_friends(d.pop("referredFriends", UNSET))

        def _parse_count(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            count_type_0 = to_decimal(data)

            return count_type_0

        count = _parse_count(d.pop("count", UNSET))

        has_more: bool | None | Unset = d.pop("hasMore", UNSET)

        customer_referrals_response = cls(
            referred_friends=referred_friends,
            count=count,
            has_more=has_more,
        )

        customer_referrals_response.additional_properties = d
        return customer_referrals_response

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


from ..models.customer_referrals_response_referred_friends_type_0_item import (
    CustomerReferralsResponseReferredFriendsType0Item,
)
