from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ChangeCustomerTierRequest")


@_attrs_define
class ChangeCustomerTierRequest:
    """Tier change data containing the target TierId (required), an optional GracePeriodInDays, and an optional
    GracePeriodComments

    """

    tier_id: int
    """ Required. Must match an existing tier configured in BonifiQ (else Tier_NotFound). """
    grace_period_in_days: int | None | Unset = UNSET
    """ Optional grace period (in days) for the tier change. """
    grace_period_comments: None | str | Unset = UNSET
    """ Optional comment explaining the grace period. Internal-use only. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "tier_id",
                "grace_period_in_days",
                "grace_period_comments",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        tier_id = self.tier_id

        grace_period_in_days: int | None | Unset
        if isinstance(self.grace_period_in_days, Unset):
            grace_period_in_days = UNSET
        else:
            grace_period_in_days = self.grace_period_in_days

        grace_period_comments: None | str | Unset
        if isinstance(self.grace_period_comments, Unset):
            grace_period_comments = UNSET
        else:
            grace_period_comments = self.grace_period_comments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TierId": tier_id,
            }
        )
        if grace_period_in_days is not UNSET:
            field_dict["GracePeriodInDays"] = grace_period_in_days
        if grace_period_comments is not UNSET:
            field_dict["GracePeriodComments"] = grace_period_comments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        tier_id = d.pop("TierId")

        grace_period_in_days: int | None | Unset = d.pop("GracePeriodInDays", UNSET)

        grace_period_comments: None | str | Unset = d.pop("GracePeriodComments", UNSET)

        change_customer_tier_request = cls(
            tier_id=tier_id,
            grace_period_in_days=grace_period_in_days,
            grace_period_comments=grace_period_comments,
        )

        change_customer_tier_request.additional_properties = d
        return change_customer_tier_request

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
