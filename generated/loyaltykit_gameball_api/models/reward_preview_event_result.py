from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="RewardPreviewEventResult")


@_attrs_define
class RewardPreviewEventResult:
    event_name: None | str = None
    """ The event name as sent. """
    valid: bool | None = None
    """ `false` when the event itself could not be evaluated (see `invalidReason`). Other events in the same request
    still return results. """
    invalid_reason: None | str = None
    """ Set when `valid` is `false`: `EventNotFound`, `InvalidMetadata: ...`, or `PreviewFailed`. """
    total_points: int | None = None
    """ Points this event would earn now, across all its campaigns. """
    campaigns: list[RewardPreviewCampaign] | None = None
    """ Per-campaign breakdown. Empty when the event matches no campaign — that is still a success with 0 points.
    Campaigns the customer can no longer win are omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "event_name",
                "valid",
                "invalid_reason",
                "total_points",
                "campaigns",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        event_name: None | str
        event_name = self.event_name

        valid: bool | None
        valid = self.valid

        invalid_reason: None | str
        invalid_reason = self.invalid_reason

        total_points: int | None
        total_points = self.total_points

        campaigns: list[dict[str, Any]] | None
        if isinstance(self.campaigns, list):
            campaigns = []
            for campaigns_type_0_item_data in self.campaigns:
                campaigns_type_0_item = campaigns_type_0_item_data.to_dict()
                campaigns.append(campaigns_type_0_item)

        else:
            campaigns = self.campaigns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "eventName": event_name,
                "valid": valid,
                "invalidReason": invalid_reason,
                "totalPoints": total_points,
                "campaigns": campaigns,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_name: None | str = d.pop("eventName", None)

        valid: bool | None = d.pop("valid", None)

        invalid_reason: None | str = d.pop("invalidReason", None)

        total_points: int | None = d.pop("totalPoints", None)

        _campaigns_value = d.pop("campaigns", None)
        campaigns: list[RewardPreviewCampaign] | None
        if _campaigns_value is None or isinstance(_campaigns_value, Unset):
            campaigns = _campaigns_value
        else:
            if not isinstance(_campaigns_value, list):
                raise TypeError()
            campaigns_type_0 = []
            _campaigns_type_0 = _campaigns_value
            for campaigns_type_0_item_data in _campaigns_type_0:
                campaigns_type_0_item = RewardPreviewCampaign.from_dict(campaigns_type_0_item_data)

                campaigns_type_0.append(campaigns_type_0_item)

            campaigns = campaigns_type_0

        reward_preview_event_result = cls(
            event_name=event_name,
            valid=valid,
            invalid_reason=invalid_reason,
            total_points=total_points,
            campaigns=campaigns,
        )

        reward_preview_event_result.additional_properties = d
        return reward_preview_event_result

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


from ..models.reward_preview_campaign import RewardPreviewCampaign
