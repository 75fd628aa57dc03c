from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerProgress")


@_attrs_define
class CustomerProgress:
    customer_id: None | str = None
    points_balance: Decimal | None = None
    tier: CustomerProgressTierType0 | None = None
    referrals: CustomerProgressReferralsType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "points_balance",
                "tier",
                "referrals",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        points_balance: Decimal | None
        points_balance = self.points_balance

        tier: dict[str, Any] | None
        if isinstance(self.tier, CustomerProgressTierType0):
            tier = self.tier.to_dict()
        else:
            tier = self.tier

        referrals: dict[str, Any] | None
        if isinstance(self.referrals, CustomerProgressReferralsType0):
            referrals = self.referrals.to_dict()
        else:
            referrals = self.referrals

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "pointsBalance": points_balance,
                "tier": tier,
                "referrals": referrals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        _points_balance_value = d.pop("pointsBalance", None)
        points_balance: Decimal | None
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

        _tier_value = d.pop("tier", None)
        tier: CustomerProgressTierType0 | None
        if _tier_value is None or isinstance(_tier_value, Unset):
            tier = _tier_value
        else:
            if not isinstance(_tier_value, dict):
                raise TypeError()
            tier_type_0 = CustomerProgressTierType0.from_dict(_tier_value)

            tier = tier_type_0

        _referrals_value = d.pop("referrals", None)
        referrals: CustomerProgressReferralsType0 | None
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
