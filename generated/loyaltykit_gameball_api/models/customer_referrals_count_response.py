from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerReferralsCountResponse")


@_attrs_define
class CustomerReferralsCountResponse:
    count: Decimal | None = None
    """ The total number of friends referred by the customer available in Gameball system. """
    total_pending: Decimal | None = None
    """ The total number of referred friends who have joined but not yet completed the referral criteria in the
    Gameball system. """
    total_active: Decimal | None = None
    """ The total number of referred friends who have successfully completed the referral criteria in the Gameball
    system. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "count",
                "total_pending",
                "total_active",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        count: Decimal | None
        count = self.count

        total_pending: Decimal | None
        total_pending = self.total_pending

        total_active: Decimal | None
        total_active = self.total_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "count": count,
                "totalPending": total_pending,
                "totalActive": total_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _count_value = d.pop("count", None)
        count: Decimal | None
        if _count_value is None or isinstance(_count_value, Unset):
            count = _count_value
        else:
            if not (isinstance(_count_value, (int, float, Decimal, str)) and not isinstance(_count_value, bool)):
                raise TypeError()
            count_type_0 = to_decimal(_count_value)

            count = count_type_0

        _total_pending_value = d.pop("totalPending", None)
        total_pending: Decimal | None
        if _total_pending_value is None or isinstance(_total_pending_value, Unset):
            total_pending = _total_pending_value
        else:
            if not (
                isinstance(_total_pending_value, (int, float, Decimal, str))
                and not isinstance(_total_pending_value, bool)
            ):
                raise TypeError()
            total_pending_type_0 = to_decimal(_total_pending_value)

            total_pending = total_pending_type_0

        _total_active_value = d.pop("totalActive", None)
        total_active: Decimal | None
        if _total_active_value is None or isinstance(_total_active_value, Unset):
            total_active = _total_active_value
        else:
            if not (
                isinstance(_total_active_value, (int, float, Decimal, str))
                and not isinstance(_total_active_value, bool)
            ):
                raise TypeError()
            total_active_type_0 = to_decimal(_total_active_value)

            total_active = total_active_type_0

        customer_referrals_count_response = cls(
            count=count,
            total_pending=total_pending,
            total_active=total_active,
        )

        customer_referrals_count_response.additional_properties = d
        return customer_referrals_count_response

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
