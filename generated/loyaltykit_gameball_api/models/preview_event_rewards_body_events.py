from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="PreviewEventRewardsBodyEvents")


@_attrs_define
class PreviewEventRewardsBodyEvents:
    """One entry per event to preview: the key is the event name, the value is that event's metadata object (or `{}` /
    `null` if none).

    """

    additional_properties: dict[str, None | PreviewEventRewardsBodyEventsAdditionalPropertyType0] = _attrs_field(
        init=False, factory=dict
    )

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, PreviewEventRewardsBodyEventsAdditionalPropertyType0):
                field_dict[prop_name] = prop.to_dict()
            else:
                field_dict[prop_name] = prop

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        preview_event_rewards_body_events = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property_value = prop_dict
            additional_property: None | PreviewEventRewardsBodyEventsAdditionalPropertyType0
            if _additional_property_value is None or isinstance(_additional_property_value, Unset):
                additional_property = _additional_property_value
            else:
                if not isinstance(_additional_property_value, dict):
                    raise TypeError()
                additional_property_type_0 = PreviewEventRewardsBodyEventsAdditionalPropertyType0.from_dict(
                    _additional_property_value
                )

                additional_property = additional_property_type_0

            additional_properties[prop_name] = additional_property

        preview_event_rewards_body_events.additional_properties = additional_properties
        return preview_event_rewards_body_events

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | PreviewEventRewardsBodyEventsAdditionalPropertyType0:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | PreviewEventRewardsBodyEventsAdditionalPropertyType0) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.preview_event_rewards_body_events_additional_property_type_0 import (
    PreviewEventRewardsBodyEventsAdditionalPropertyType0,
)
