from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="DeleteCouponsLockReferenceResponse200")


@_attrs_define
class DeleteCouponsLockReferenceResponse200:
    success: bool | None = None
    released_at: datetime.datetime | None = None
    released_coupons: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "success",
                "released_at",
                "released_coupons",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        success: bool | None
        success = self.success

        released_at: None | str
        if isinstance(self.released_at, datetime.datetime):
            released_at = self.released_at.isoformat()
        else:
            released_at = self.released_at

        released_coupons: list[str] | None
        if isinstance(self.released_coupons, list):
            released_coupons = self.released_coupons

        else:
            released_coupons = self.released_coupons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "releasedAt": released_at,
                "releasedCoupons": released_coupons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success: bool | None = d.pop("success", None)

        _released_at_value = d.pop("releasedAt", None)
        released_at: datetime.datetime | None
        if _released_at_value is None or isinstance(_released_at_value, Unset):
            released_at = _released_at_value
        else:
            if not isinstance(_released_at_value, str):
                raise TypeError()
            released_at_type_0 = datetime.datetime.fromisoformat(_released_at_value)

            released_at = released_at_type_0

        _released_coupons_value = d.pop("releasedCoupons", None)
        released_coupons: list[str] | None
        if _released_coupons_value is None or isinstance(_released_coupons_value, Unset):
            released_coupons = _released_coupons_value
        else:
            if not isinstance(_released_coupons_value, list):
                raise TypeError()
            released_coupons_type_0 = cast(list[str], _released_coupons_value)

            released_coupons = released_coupons_type_0

        delete_coupons_lock_reference_response_200 = cls(
            success=success,
            released_at=released_at,
            released_coupons=released_coupons,
        )

        delete_coupons_lock_reference_response_200.additional_properties = d
        return delete_coupons_lock_reference_response_200

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
