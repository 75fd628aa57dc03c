from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="TiersAvailableResponse")


@_attrs_define
class TiersAvailableResponse:
    """Current, next and all tiers (returned WITHOUT envelope)."""

    current_tier: None | TierResponse = None
    next_tiers: list[TierResponse] | None = None
    all_tiers: list[TierResponse] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "current_tier",
                "next_tiers",
                "all_tiers",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        current_tier: dict[str, Any] | None
        if isinstance(self.current_tier, TierResponse):
            current_tier = self.current_tier.to_dict()
        else:
            current_tier = self.current_tier

        next_tiers: list[dict[str, Any]] | None
        if isinstance(self.next_tiers, list):
            next_tiers = []
            for next_tiers_type_0_item_data in self.next_tiers:
                next_tiers_type_0_item = next_tiers_type_0_item_data.to_dict()
                next_tiers.append(next_tiers_type_0_item)

        else:
            next_tiers = self.next_tiers

        all_tiers: list[dict[str, Any]] | None
        if isinstance(self.all_tiers, list):
            all_tiers = []
            for all_tiers_type_0_item_data in self.all_tiers:
                all_tiers_type_0_item = all_tiers_type_0_item_data.to_dict()
                all_tiers.append(all_tiers_type_0_item)

        else:
            all_tiers = self.all_tiers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CurrentTier": current_tier,
                "NextTiers": next_tiers,
                "AllTiers": all_tiers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _current_tier_value = d.pop("CurrentTier", None)
        current_tier: None | TierResponse
        if _current_tier_value is None or isinstance(_current_tier_value, Unset):
            current_tier = _current_tier_value
        else:
            if not isinstance(_current_tier_value, dict):
                raise TypeError()
            current_tier_type_0 = TierResponse.from_dict(_current_tier_value)

            current_tier = current_tier_type_0

        _next_tiers_value = d.pop("NextTiers", None)
        next_tiers: list[TierResponse] | None
        if _next_tiers_value is None or isinstance(_next_tiers_value, Unset):
            next_tiers = _next_tiers_value
        else:
            if not isinstance(_next_tiers_value, list):
                raise TypeError()
            next_tiers_type_0 = []
            _next_tiers_type_0 = _next_tiers_value
            for next_tiers_type_0_item_data in _next_tiers_type_0:
                next_tiers_type_0_item = TierResponse.from_dict(next_tiers_type_0_item_data)

                next_tiers_type_0.append(next_tiers_type_0_item)

            next_tiers = next_tiers_type_0

        _all_tiers_value = d.pop("AllTiers", None)
        all_tiers: list[TierResponse] | None
        if _all_tiers_value is None or isinstance(_all_tiers_value, Unset):
            all_tiers = _all_tiers_value
        else:
            if not isinstance(_all_tiers_value, list):
                raise TypeError()
            all_tiers_type_0 = []
            _all_tiers_type_0 = _all_tiers_value
            for all_tiers_type_0_item_data in _all_tiers_type_0:
                all_tiers_type_0_item = TierResponse.from_dict(all_tiers_type_0_item_data)

                all_tiers_type_0.append(all_tiers_type_0_item)

            all_tiers = all_tiers_type_0

        tiers_available_response = cls(
            current_tier=current_tier,
            next_tiers=next_tiers,
            all_tiers=all_tiers,
        )

        tiers_available_response.additional_properties = d
        return tiers_available_response

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


from ..models.tier_response import TierResponse
