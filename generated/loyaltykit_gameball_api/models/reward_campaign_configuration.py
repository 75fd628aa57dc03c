from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="RewardCampaignConfiguration")


@_attrs_define
class RewardCampaignConfiguration:
    id: Decimal | None = None
    """ Unique identifier for the reward campaign. """
    name: None | str = None
    """ Name of the reward campaign. """
    description: None | str = None
    """ A brief description of the reward campaign. """
    is_repeatable: bool | None = None
    """ Indicates whether the campaign can be earned multiple times. Example: If set to true, a customer can earn
    the campaign reward each time they meet the criteria, and if set to false, the campaign can only be earned once
    per customer. """
    max_achievement: Decimal | None = None
    """ Specifies the maximum number of times the campaign can be earned if the value of isRepeatable is true. If
    the value is -1, it means the campaign can be earned indefinitely. Example: A value of 3 means the customer can
    earn the campaign reward up to three times before it is no longer available. """
    type_: None | str = None
    """ The type of the campaign. Possible values: SignUp (Reward is given when a user signs up), SocialMedia
    (Reward is linked to social media activity), ScheduledChallenge (A time-based challenge that gives rewards),
    Spin The Wheel (Rewards are given based on a spin-the-wheel game), EventBased (Reward is given based on specific
    customer events), HighScore (Reward is given based on achieving high scores in a campaign), Birthday (Reward is
    given for birthday-related activity). """
    visibility: None | str = None
    """ The visibility status of the campaign. Possible values: AlwaysVisible (The campaign is always visible on the
    widget), NotVisible (The campaign is not visible to the customer on the widget), VisibleIfEarned (The campaign
    becomes visible once the customer earns it on the widget). """
    icon: None | str = None
    """ The URL of the campaign's icon image. This icon visually represents the campaign and can be used in
    marketing materials or on the platform. """
    availability: None | RewardCampaignConfigurationAvailabilityType0 = None
    """ Defines the criteria determining which customers are eligible to earn this reward campaign. """
    redirection_button_text: None | str = None
    """ The text displayed on the redirection button within the reward campaign page on the widget. Example: "Claim
    Your Reward" would prompt customers to take action. """
    redirection_button_link: None | str = None
    """ The URL that the redirection button points to. When customers click the button, they will be redirected to
    this link. It should lead to a relevant page that provides more information or facilitates the reward campaign
    achievement. Example: "https://yourwebsite.com/rewards" directs customers to a page where they can view their
    rewards. """
    activation: None | RewardCampaignConfigurationActivationType0 = None
    """ Defines the activation criteria for the campaign, which may include specific start and end dates. """
    rewards: list[RewardCampaignConfigurationRewardsType0Item] | None = None
    """ Details of the rewards that the customer will earn once achieving this reward campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "name",
                "description",
                "is_repeatable",
                "max_achievement",
                "type_",
                "visibility",
                "icon",
                "availability",
                "redirection_button_text",
                "redirection_button_link",
                "activation",
                "rewards",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: Decimal | None
        id = self.id

        name: None | str
        name = self.name

        description: None | str
        description = self.description

        is_repeatable: bool | None
        is_repeatable = self.is_repeatable

        max_achievement: Decimal | None
        max_achievement = self.max_achievement

        type_: None | str
        type_ = self.type_

        visibility: None | str
        visibility = self.visibility

        icon: None | str
        icon = self.icon

        availability: dict[str, Any] | None
        if isinstance(self.availability, RewardCampaignConfigurationAvailabilityType0):
            availability = self.availability.to_dict()
        else:
            availability = self.availability

        redirection_button_text: None | str
        redirection_button_text = self.redirection_button_text

        redirection_button_link: None | str
        redirection_button_link = self.redirection_button_link

        activation: dict[str, Any] | None
        if isinstance(self.activation, RewardCampaignConfigurationActivationType0):
            activation = self.activation.to_dict()
        else:
            activation = self.activation

        rewards: list[dict[str, Any]] | None
        if isinstance(self.rewards, list):
            rewards = []
            for rewards_type_0_item_data in self.rewards:
                rewards_type_0_item = rewards_type_0_item_data.to_dict()
                rewards.append(rewards_type_0_item)

        else:
            rewards = self.rewards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "isRepeatable": is_repeatable,
                "maxAchievement": max_achievement,
                "type": type_,
                "visibility": visibility,
                "icon": icon,
                "availability": availability,
                "redirectionButtonText": redirection_button_text,
                "redirectionButtonLink": redirection_button_link,
                "activation": activation,
                "rewards": rewards,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id_value = d.pop("id", None)
        id: Decimal | None
        if _id_value is None or isinstance(_id_value, Unset):
            id = _id_value
        else:
            if not (isinstance(_id_value, (int, float, Decimal, str)) and not isinstance(_id_value, bool)):
                raise TypeError()
            id_type_0 = to_decimal(_id_value)

            id = id_type_0

        name: None | str = d.pop("name", None)

        description: None | str = d.pop("description", None)

        is_repeatable: bool | None = d.pop("isRepeatable", None)

        _max_achievement_value = d.pop("maxAchievement", None)
        max_achievement: Decimal | None
        if _max_achievement_value is None or isinstance(_max_achievement_value, Unset):
            max_achievement = _max_achievement_value
        else:
            if not (
                isinstance(_max_achievement_value, (int, float, Decimal, str))
                and not isinstance(_max_achievement_value, bool)
            ):
                raise TypeError()
            max_achievement_type_0 = to_decimal(_max_achievement_value)

            max_achievement = max_achievement_type_0

        type_: None | str = d.pop("type", None)

        visibility: None | str = d.pop("visibility", None)

        icon: None | str = d.pop("icon", None)

        _availability_value = d.pop("availability", None)
        availability: None | RewardCampaignConfigurationAvailabilityType0
        if _availability_value is None or isinstance(_availability_value, Unset):
            availability = _availability_value
        else:
            if not isinstance(_availability_value, dict):
                raise TypeError()
            availability_type_0 = RewardCampaignConfigurationAvailabilityType0.from_dict(_availability_value)

            availability = availability_type_0

        redirection_button_text: None | str = d.pop("redirectionButtonText", None)

        redirection_button_link: None | str = d.pop("redirectionButtonLink", None)

        _activation_value = d.pop("activation", None)
        activation: None | RewardCampaignConfigurationActivationType0
        if _activation_value is None or isinstance(_activation_value, Unset):
            activation = _activation_value
        else:
            if not isinstance(_activation_value, dict):
                raise TypeError()
            activation_type_0 = RewardCampaignConfigurationActivationType0.from_dict(_activation_value)

            activation = activation_type_0

        _rewards_value = d.pop("rewards", None)
        rewards: list[RewardCampaignConfigurationRewardsType0Item] | None
        if _rewards_value is None or isinstance(_rewards_value, Unset):
            rewards = _rewards_value
        else:
            if not isinstance(_rewards_value, list):
                raise TypeError()
            rewards_type_0 = []
            _rewards_type_0 = _rewards_value
            for rewards_type_0_item_data in _rewards_type_0:
                rewards_type_0_item = RewardCampaignConfigurationRewardsType0Item.from_dict(rewards_type_0_item_data)

                rewards_type_0.append(rewards_type_0_item)

            rewards = rewards_type_0

        reward_campaign_configuration = cls(
            id=id,
            name=name,
            description=description,
            is_repeatable=is_repeatable,
            max_achievement=max_achievement,
            type_=type_,
            visibility=visibility,
            icon=icon,
            availability=availability,
            redirection_button_text=redirection_button_text,
            redirection_button_link=redirection_button_link,
            activation=activation,
            rewards=rewards,
        )

        reward_campaign_configuration.additional_properties = d
        return reward_campaign_configuration

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


from ..models.reward_campaign_configuration_activation_type_0 import RewardCampaignConfigurationActivationType0
from ..models.reward_campaign_configuration_availability_type_0 import RewardCampaignConfigurationAvailabilityType0
from ..models.reward_campaign_configuration_rewards_type_0_item import RewardCampaignConfigurationRewardsType0Item
