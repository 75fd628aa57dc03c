from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EventRequest")


@_attrs_define
class EventRequest:
    customer_id: None | str | Unset = UNSET
    """ Unique identifier for the customer """
    events: EventRequestEventsType0 | None | Unset = UNSET
    """ A mapping of event names to metadata objects """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        events: dict[str, Any] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, EventRequestEventsType0):
            events = self.events.to_dict()
        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        _events_value = d.pop("events", UNSET)
        events: EventRequestEventsType0 | None | Unset
        if _events_value is None or isinstance(_events_value, Unset):
            events = _events_value
        else:
            if not isinstance(_events_value, dict):
                raise TypeError()
            events_type_0 = EventRequestEventsType0.from_dict(_events_value)

            events = events_type_0

        event_request = cls(
            customer_id=customer_id,
            events=events,
        )

        event_request.additional_properties = d
        return event_request

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


from ..models.event_request_events_type_0 import EventRequestEventsType0
