from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PostPaymentsBodyCashbackConfigurationsType0")


@_attrs_define
class PostPaymentsBodyCashbackConfigurationsType0:
    """This object contains configurations related to the cashback settings."""

    return_window: int | None | Unset = UNSET
    """ The number of days the cashback will stay in a pending state, typically aligning with the return window in
    e-commerce to account for potential order cancellations or refunds. The value should be between 0 and 7,300 days
    (20 years). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("return_window",),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        return_window: int | None | Unset
        if isinstance(self.return_window, Unset):
            return_window = UNSET
        else:
            return_window = self.return_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if return_window is not UNSET:
            field_dict["returnWindow"] = return_window

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        return_window: int | None | Unset = d.pop("returnWindow", UNSET)

        post_payments_body_cashback_configurations_type_0 = cls(
            return_window=return_window,
        )

        post_payments_body_cashback_configurations_type_0.additional_properties = d
        return post_payments_body_cashback_configurations_type_0

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
