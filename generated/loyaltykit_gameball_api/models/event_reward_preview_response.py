from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="EventRewardPreviewResponse")


@_attrs_define
class EventRewardPreviewResponse:
    customer_id: None | str = None
    """ Echo of the request. """
    total_points: int | None = None
    """ Sum of points across all previewed events. """
    events: list[RewardPreviewEventResult] | None = None
    """ One independent result per event sent, in request order. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "total_points",
                "events",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        total_points: int | None
        total_points = self.total_points

        events: list[dict[str, Any]] | None
        if isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "totalPoints": total_points,
                "events": events,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        total_points: int | None = d.pop("totalPoints", None)

        _events_value = d.pop("events", None)
        events: list[RewardPreviewEventResult] | None
        if _events_value is None or isinstance(_events_value, Unset):
            events = _events_value
        else:
            if not isinstance(_events_value, list):
                raise TypeError()
            events_type_0 = []
            _events_type_0 = _events_value
            for events_type_0_item_data in _events_type_0:
                events_type_0_item = RewardPreviewEventResult.from_dict(events_type_0_item_data)

                events_type_0.append(events_type_0_item)

            events = events_type_0

        event_reward_preview_response = cls(
            customer_id=customer_id,
            total_points=total_points,
            events=events,
        )

        event_reward_preview_response.additional_properties = d
        return event_reward_preview_response

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


from ..models.reward_preview_event_result import RewardPreviewEventResult
