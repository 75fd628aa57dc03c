from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RewardPreviewEventResult")


@_attrs_define
class RewardPreviewEventResult:
    event_name: None | str | Unset = UNSET
    """ The event name as sent. """
    valid: bool | None | Unset = UNSET
    """ `false` when the event itself could not be evaluated (see `invalidReason`). Other events in the same request
    still return results. """
    invalid_reason: None | str | Unset = UNSET
    """ Set when `valid` is `false`: `EventNotFound`, `InvalidMetadata: ...`, or `PreviewFailed`. """
    total_points: int | None | Unset = UNSET
    """ Points this event would earn now, across all its campaigns. """
    campaigns: list[RewardPreviewCampaign] | None | Unset = UNSET
    """ Per-campaign breakdown. Empty when the event matches no campaign — that is still a success with 0 points.
    Campaigns the customer can no longer win are omitted. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_name: None | str | Unset
        if isinstance(self.event_name, Unset):
            event_name = UNSET
        else:
            event_name = self.event_name

        valid: bool | None | Unset
        if isinstance(self.valid, Unset):
            valid = UNSET
        else:
            valid = self.valid

        invalid_reason: None | str | Unset
        if isinstance(self.invalid_reason, Unset):
            invalid_reason = UNSET
        else:
            invalid_reason = self.invalid_reason

        total_points: int | None | Unset
        if isinstance(self.total_points, Unset):
            total_points = UNSET
        else:
            total_points = self.total_points

        campaigns: list[dict[str, Any]] | None | Unset
        if isinstance(self.campaigns, Unset):
            campaigns = UNSET
        elif isinstance(self.campaigns, list):
            campaigns = []
            for campaigns_type_0_item_data in self.campaigns:
                campaigns_type_0_item = campaigns_type_0_item_data.to_dict()
                campaigns.append(campaigns_type_0_item)

        else:
            campaigns = self.campaigns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if valid is not UNSET:
            field_dict["valid"] = valid
        if invalid_reason is not UNSET:
            field_dict["invalidReason"] = invalid_reason
        if total_points is not UNSET:
            field_dict["totalPoints"] = total_points
        if campaigns is not UNSET:
            field_dict["campaigns"] = campaigns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_name: None | str | Unset = d.pop("eventName", UNSET)

        valid: bool | None | Unset = d.pop("valid", UNSET)

        invalid_reason: None | str | Unset = d.pop("invalidReason", UNSET)

        total_points: int | None | Unset = d.pop("totalPoints", UNSET)

        _campaigns_value = d.pop("campaigns", UNSET)
        campaigns: list[RewardPreviewCampaign] | None | Unset
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
