from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PreviewEventRewardsBody")


@_attrs_define
class PreviewEventRewardsBody:
    customer_id: str
    """ The customer's unique ID in your system. Must be an existing, active customer. """
    events: PreviewEventRewardsBodyEvents
    """ One entry per event to preview: the key is the event name, the value is that event's metadata object (or
    `{}` / `null` if none). """
    email: None | str | Unset = UNSET
    """ Used only to help locate the customer (channel merge). """
    mobile: None | str | Unset = UNSET
    """ Used only to help locate the customer (channel merge). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "events",
                "email",
                "mobile",
            ),
            frozenset(
                (
                    "email",
                    "mobile",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        events = self.events.to_dict()

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "events": events,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        events = PreviewEventRewardsBodyEvents.from_dict(d.pop("events"))

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        preview_event_rewards_body = cls(
            customer_id=customer_id,
            events=events,
            email=email,
            mobile=mobile,
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


from ..models.preview_event_rewards_body_events import PreviewEventRewardsBodyEvents
