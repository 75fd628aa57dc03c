from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewEventRewardsBody")


@_attrs_define
class PreviewEventRewardsBody:
    customer_id: None | str | Unset = UNSET
    """ The customer's unique ID in your system. Must be an existing, active customer. """
    email: None | str | Unset = UNSET
    """ Used only to help locate the customer (channel merge). """
    mobile: None | str | Unset = UNSET
    """ Used only to help locate the customer (channel merge). """
    events: None | PreviewEventRewardsBodyEventsType0 | Unset = UNSET
    """ One entry per event to preview: the key is the event name, the value is that event's metadata object (or
    `{}` / `null` if none). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        events: dict[str, Any] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, PreviewEventRewardsBodyEventsType0):
            events = self.events.to_dict()
        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        _events_value = d.pop("events", UNSET)
        events: None | PreviewEventRewardsBodyEventsType0 | Unset
        if _events_value is None or isinstance(_events_value, Unset):
            events = _events_value
        else:
            if not isinstance(_events_value, dict):
                raise TypeError()
            events_type_0 = PreviewEventRewardsBodyEventsType0.from_dict(_events_value)

            events = events_type_0

        preview_event_rewards_body = cls(
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            events=events,
        )

        preview_event_rewards_body.additional_properties = d
        return preview_event_rewards_body

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


from ..models.preview_event_rewards_body_events_type_0 import PreviewEventRewardsBodyEventsType0
