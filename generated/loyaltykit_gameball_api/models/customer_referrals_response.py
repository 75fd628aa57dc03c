from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerReferralsResponse")


@_attrs_define
class CustomerReferralsResponse:
    referred_friends: list[CustomerReferralsResponseReferredFriendsType0Item] | None = None
    """ A list of friends referred by the customer. """
    count: Decimal | None = None
    """ The total number of friends on the current page. """
    has_more: bool | None = None
    """ Indicating whether there are additional friends to be fetched beyond the current page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "referred_friends",
                "count",
                "has_more",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        referred_friends: list[dict[str, Any]] | None
        if isinstance(self.referred_friends, list):
            referred_friends = []
            for referred_friends_type_0_item_data in self.referred_friends:
                referred_friends_type_0_item = referred_friends_type_0_item_data.to_dict()
                referred_friends.append(referred_friends_type_0_item)

        else:
            referred_friends = self.referred_friends

        count: Decimal | None
        count = self.count

        has_more: bool | None
        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referredFriends": referred_friends,
                "count": count,
                "hasMore": has_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _referred_friends_value = d.pop("referredFriends", None)
        referred_friends: list[CustomerReferralsResponseReferredFriendsType0Item] | None
        if _referred_friends_value is None or isinstance(_referred_friends_value, Unset):
            referred_friends = _referred_friends_value
        else:
            if not isinstance(_referred_friends_value, list):
                raise TypeError()
            referred_friends_type_0 = []
            _referred_friends_type_0 = _referred_friends_value
            for referred_friends_type_0_item_data in _referred_friends_type_0:
                referred_friends_type_0_item = CustomerReferralsResponseReferredFriendsType0Item.from_dict(
                    referred_friends_type_0_item_data
                )

                referred_friends_type_0.append(referred_friends_type_0_item)

            referred_friends = referred_friends_type_0

        _count_value = d.pop("count", None)
        count: Decimal | None
        if _count_value is None or isinstance(_count_value, Unset):
            count = _count_value
        else:
            if not (isinstance(_count_value, (int, float, Decimal, str)) and not isinstance(_count_value, bool)):
                raise TypeError()
            count_type_0 = to_decimal(_count_value)

            count = count_type_0

        has_more: bool | None = d.pop("hasMore", None)

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
