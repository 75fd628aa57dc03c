from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="EventRequestEvents")


@_attrs_define
class EventRequestEvents:
    """A mapping of event names to metadata objects"""

    additional_properties: dict[str, EventRequestEventsAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        event_request_events = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = EventRequestEventsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        event_request_events.additional_properties = additional_properties
        return event_request_events

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EventRequestEventsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: EventRequestEventsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


from ..models.event_request_events_additional_property import EventRequestEventsAdditionalProperty
