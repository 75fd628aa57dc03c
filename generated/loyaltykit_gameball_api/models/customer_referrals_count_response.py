from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerReferralsCountResponse")


@_attrs_define
class CustomerReferralsCountResponse:
    count: Decimal | None | Unset = UNSET
    """ The total number of friends referred by the customer available in Gameball system. """
    total_pending: Decimal | None | Unset = UNSET
    """ The total number of referred friends who have joined but not yet completed the referral criteria in the
    Gameball system. """
    total_active: Decimal | None | Unset = UNSET
    """ The total number of referred friends who have successfully completed the referral criteria in the Gameball
    system. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count: Decimal | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        total_pending: Decimal | None | Unset
        if isinstance(self.total_pending, Unset):
            total_pending = UNSET
        else:
            total_pending = self.total_pending

        total_active: Decimal | None | Unset
        if isinstance(self.total_active, Unset):
            total_active = UNSET
        else:
            total_active = self.total_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if total_pending is not UNSET:
            field_dict["totalPending"] = total_pending
        if total_active is not UNSET:
            field_dict["totalActive"] = total_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_count(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            count_type_0 = to_decimal(data)

            return count_type_0

        count = _parse_count(d.pop("count", UNSET))

        def _parse_total_pending(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            total_pending_type_0 = to_decimal(data)

            return total_pending_type_0

        total_pending = _parse_total_pending(d.pop("totalPending", UNSET))

        def _parse_total_active(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            total_active_type_0 = to_decimal(data)

            return total_active_type_0

        total_active = _parse_total_active(d.pop("totalActive", UNSET))

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
