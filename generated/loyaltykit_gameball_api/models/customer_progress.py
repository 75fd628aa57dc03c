from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerProgress")


@_attrs_define
class CustomerProgress:
    customer_id: None | str | Unset = UNSET
    points_balance: Decimal | None | Unset = UNSET
    tier: CustomerProgressTierType0 | None | Unset = UNSET
    referrals: CustomerProgressReferralsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        points_balance: Decimal | None | Unset
        if isinstance(self.points_balance, Unset):
            points_balance = UNSET
        else:
            points_balance = self.points_balance

        tier: dict[str, Any] | None | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        elif isinstance(self.tier, CustomerProgressTierType0):
            tier = self.tier.to_dict()
        else:
            tier = self.tier

        referrals: dict[str, Any] | None | Unset
        if isinstance(self.referrals, Unset):
            referrals = UNSET
        elif isinstance(self.referrals, CustomerProgressReferralsType0):
            referrals = self.referrals.to_dict()
        else:
            referrals = self.referrals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if points_balance is not UNSET:
            field_dict["pointsBalance"] = points_balance
        if tier is not UNSET:
            field_dict["tier"] = tier
        if referrals is not UNSET:
            field_dict["referrals"] = referrals

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        _points_balance_value = d.pop("pointsBalance", UNSET)
        points_balance: Decimal | None | Unset
        if _points_balance_value is None or isinstance(_points_balance_value, Unset):
            points_balance = _points_balance_value
        else:
            if not (
                isinstance(_points_balance_value, (int, float, Decimal, str))
                and not isinstance(_points_balance_value, bool)
            ):
                raise TypeError()
            points_balance_type_0 = to_decimal(_points_balance_value)

            points_balance = points_balance_type_0

        _tier_value = d.pop("tier", UNSET)
        tier: CustomerProgressTierType0 | None | Unset
        if _tier_value is None or isinstance(_tier_value, Unset):
            tier = _tier_value
        else:
            if not isinstance(_tier_value, dict):
                raise TypeError()
            tier_type_0 = CustomerProgressTierType0.from_dict(_tier_value)

            tier = tier_type_0

        _referrals_value = d.pop("referrals", UNSET)
        referrals: CustomerProgressReferralsType0 | None | Unset
        if _referrals_value is None or isinstance(_referrals_value, Unset):
            referrals = _referrals_value
        else:
            if not isinstance(_referrals_value, dict):
                raise TypeError()
            referrals_type_0 = CustomerProgressReferralsType0.from_dict(_referrals_value)

            referrals = referrals_type_0

        customer_progress = cls(
            customer_id=customer_id,
            points_balance=points_balance,
            tier=tier,
            referrals=referrals,
        )

        customer_progress.additional_properties = d
        return customer_progress

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


from ..models.customer_progress_referrals_type_0 import CustomerProgressReferralsType0
from ..models.customer_progress_tier_type_0 import CustomerProgressTierType0
