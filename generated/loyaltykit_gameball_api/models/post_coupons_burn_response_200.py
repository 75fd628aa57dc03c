from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="PostCouponsBurnResponse200")


@_attrs_define
class PostCouponsBurnResponse200:
    success: bool | None = None
    burned_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "success",
                "burned_at",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        success: bool | None
        success = self.success

        burned_at: None | str
        if isinstance(self.burned_at, datetime.datetime):
            burned_at = self.burned_at.isoformat()
        else:
            burned_at = self.burned_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "burnedAt": burned_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success: bool | None = d.pop("success", None)

        _burned_at_value = d.pop("burnedAt", None)
        burned_at: datetime.datetime | None
        if _burned_at_value is None or isinstance(_burned_at_value, Unset):
            burned_at = _burned_at_value
        else:
            if not isinstance(_burned_at_value, str):
                raise TypeError()
            burned_at_type_0 = datetime.datetime.fromisoformat(_burned_at_value)

            burned_at = burned_at_type_0

        post_coupons_burn_response_200 = cls(
            success=success,
            burned_at=burned_at,
        )

        post_coupons_burn_response_200.additional_properties = d
        return post_coupons_burn_response_200

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
