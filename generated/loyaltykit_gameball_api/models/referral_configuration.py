from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="ReferralConfiguration")


@_attrs_define
class ReferralConfiguration:
    referral_method: None | str = None
    """ This specifies who will receive the referral reward when a successful referral is made. Possible values:
    CustomerOnly (Only the customer making the referral will receive the reward. The referred friend will not
    receive any reward), CustomerAndFriend (Both the customer making the referral and the referred friend will
    receive rewards, encouraging mutual benefit). """
    event_name: None | str = None
    """ This describes the event that will trigger the referral reward. Example: if the eventName is set to
    place_order, the referral reward will be granted when the referred friend completes an order after using the
    referral link. Other events can also be configured to trigger the reward, depending on your system's setup. """
    event_meta_data: None | ReferralConfigurationEventMetaDataType0 = None
    """ Contains additional metadata about the event that triggers the referral. """
    friend_reward: None | ReferralConfigurationFriendRewardType0 = None
    """ The reward details given to the referred friend as part of the referral program. """
    customer_reward: None | ReferralConfigurationCustomerRewardType0 = None
    """ The reward details given to the customer as part of the referral program. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "referral_method",
                "event_name",
                "event_meta_data",
                "friend_reward",
                "customer_reward",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        referral_method: None | str
        referral_method = self.referral_method

        event_name: None | str
        event_name = self.event_name

        event_meta_data: dict[str, Any] | None
        if isinstance(self.event_meta_data, ReferralConfigurationEventMetaDataType0):
            event_meta_data = self.event_meta_data.to_dict()
        else:
            event_meta_data = self.event_meta_data

        friend_reward: dict[str, Any] | None
        if isinstance(self.friend_reward, ReferralConfigurationFriendRewardType0):
            friend_reward = self.friend_reward.to_dict()
        else:
            friend_reward = self.friend_reward

        customer_reward: dict[str, Any] | None
        if isinstance(self.customer_reward, ReferralConfigurationCustomerRewardType0):
            customer_reward = self.customer_reward.to_dict()
        else:
            customer_reward = self.customer_reward

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "referralMethod": referral_method,
                "eventName": event_name,
                "eventMetaData": event_meta_data,
                "friendReward": friend_reward,
                "customerReward": customer_reward,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        referral_method: None | str = d.pop("referralMethod", None)

        event_name: None | str = d.pop("eventName", None)

        _event_meta_data_value = d.pop("eventMetaData", None)
        event_meta_data: None | ReferralConfigurationEventMetaDataType0
        if _event_meta_data_value is None or isinstance(_event_meta_data_value, Unset):
            event_meta_data = _event_meta_data_value
        else:
            if not isinstance(_event_meta_data_value, dict):
                raise TypeError()
            event_meta_data_type_0 = ReferralConfigurationEventMetaDataType0.from_dict(_event_meta_data_value)

            event_meta_data = event_meta_data_type_0

        _friend_reward_value = d.pop("friendReward", None)
        friend_reward: None | ReferralConfigurationFriendRewardType0
        if _friend_reward_value is None or isinstance(_friend_reward_value, Unset):
            friend_reward = _friend_reward_value
        else:
            if not isinstance(_friend_reward_value, dict):
                raise TypeError()
            friend_reward_type_0 = ReferralConfigurationFriendRewardType0.from_dict(_friend_reward_value)

            friend_reward = friend_reward_type_0

        _customer_reward_value = d.pop("customerReward", None)
        customer_reward: None | ReferralConfigurationCustomerRewardType0
        if _customer_reward_value is None or isinstance(_customer_reward_value, Unset):
            customer_reward = _customer_reward_value
        else:
            if not isinstance(_customer_reward_value, dict):
                raise TypeError()
            customer_reward_type_0 = ReferralConfigurationCustomerRewardType0.from_dict(_customer_reward_value)

            customer_reward = customer_reward_type_0

        referral_configuration = cls(
            referral_method=referral_method,
            event_name=event_name,
            event_meta_data=event_meta_data,
            friend_reward=friend_reward,
            customer_reward=customer_reward,
        )

        referral_configuration.additional_properties = d
        return referral_configuration

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


from ..models.referral_configuration_customer_reward_type_0 import ReferralConfigurationCustomerRewardType0
from ..models.referral_configuration_event_meta_data_type_0 import ReferralConfigurationEventMetaDataType0
from ..models.referral_configuration_friend_reward_type_0 import ReferralConfigurationFriendRewardType0
