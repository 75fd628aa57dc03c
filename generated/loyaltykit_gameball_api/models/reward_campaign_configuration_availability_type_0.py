from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="RewardCampaignConfigurationAvailabilityType0")


@_attrs_define
class RewardCampaignConfigurationAvailabilityType0:
    """Defines the criteria determining which customers are eligible to earn this reward campaign."""

    min_tier: Decimal | None = None
    """ The minimum customer tier order required to achieve in the campaign. Customers must meet or exceed this tier
    to be eligible. Example: A value of 2 indicates that only customers in the tier with order 2 or higher can earn
    this campaign. """
    tags: list[str] | None = None
    """ A list of tags that identify the target customers eligible for the campaign. Tags can be used to group
    customers based on specific attributes or behaviors. Example: ["loyal", "new_customer"] indicates that only
    customers tagged as "loyal" or "new_customer" are eligible for the campaign. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "min_tier",
                "tags",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        min_tier: Decimal | None
        min_tier = self.min_tier

        tags: list[str] | None
        if isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minTier": min_tier,
                "tags": tags,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _min_tier_value = d.pop("minTier", None)
        min_tier: Decimal | None
        if _min_tier_value is None or isinstance(_min_tier_value, Unset):
            min_tier = _min_tier_value
        else:
            if not (isinstance(_min_tier_value, (int, float, Decimal, str)) and not isinstance(_min_tier_value, bool)):
                raise TypeError()
            min_tier_type_0 = to_decimal(_min_tier_value)

            min_tier = min_tier_type_0

        _tags_value = d.pop("tags", None)
        tags: list[str] | None
        if _tags_value is None or isinstance(_tags_value, Unset):
            tags = _tags_value
        else:
            if not isinstance(_tags_value, list):
                raise TypeError()
            tags_type_0 = cast(list[str], _tags_value)

            tags = tags_type_0

        reward_campaign_configuration_availability_type_0 = cls(
            min_tier=min_tier,
            tags=tags,
        )

        reward_campaign_configuration_availability_type_0.additional_properties = d
        return reward_campaign_configuration_availability_type_0

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
