from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="OrderEstimatedBonus")


@_attrs_define
class OrderEstimatedBonus:
    generate_bonus: bool | None | Unset = UNSET
    estimated_points: int | None | Unset = UNSET
    estimated_cashback: Decimal | None | Unset = UNSET
    estimated_cashback_formatted: None | str | Unset = UNSET
    """ e.g. "R$ 4,50" """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generate_bonus: bool | None | Unset
        if isinstance(self.generate_bonus, Unset):
            generate_bonus = UNSET
        else:
            generate_bonus = self.generate_bonus

        estimated_points: int | None | Unset
        if isinstance(self.estimated_points, Unset):
            estimated_points = UNSET
        else:
            estimated_points = self.estimated_points

        estimated_cashback: Decimal | None | Unset
        if isinstance(self.estimated_cashback, Unset):
            estimated_cashback = UNSET
        else:
            estimated_cashback = self.estimated_cashback

        estimated_cashback_formatted: None | str | Unset
        if isinstance(self.estimated_cashback_formatted, Unset):
            estimated_cashback_formatted = UNSET
        else:
            estimated_cashback_formatted = self.estimated_cashback_formatted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generate_bonus is not UNSET:
            field_dict["GenerateBonus"] = generate_bonus
        if estimated_points is not UNSET:
            field_dict["EstimatedPoints"] = estimated_points
        if estimated_cashback is not UNSET:
            field_dict["EstimatedCashback"] = estimated_cashback
        if estimated_cashback_formatted is not UNSET:
            field_dict["EstimatedCashbackFormatted"] = estimated_cashback_formatted

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generate_bonus: bool | None | Unset = d.pop("GenerateBonus", UNSET)

        estimated_points: int | None | Unset = d.pop("EstimatedPoints", UNSET)

        _estimated_cashback_value = d.pop("EstimatedCashback", UNSET)
        estimated_cashback: Decimal | None | Unset
        if _estimated_cashback_value is None or isinstance(_estimated_cashback_value, Unset):
            estimated_cashback = _estimated_cashback_value
        else:
            if not (
                isinstance(_estimated_cashback_value, (int, float, Decimal, str))
                and not isinstance(_estimated_cashback_value, bool)
            ):
                raise TypeError()
            estimated_cashback_type_0 = to_decimal(_estimated_cashback_value)

            estimated_cashback = estimated_cashback_type_0

        estimated_cashback_formatted: None | str | Unset = d.pop("EstimatedCashbackFormatted", UNSET)

        order_estimated_bonus = cls(
            generate_bonus=generate_bonus,
            estimated_points=estimated_points,
            estimated_cashback=estimated_cashback,
            estimated_cashback_formatted=estimated_cashback_formatted,
        )

        order_estimated_bonus.additional_properties = d
        return order_estimated_bonus

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
