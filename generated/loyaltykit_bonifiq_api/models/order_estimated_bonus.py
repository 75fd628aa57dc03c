from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="OrderEstimatedBonus")


@_attrs_define
class OrderEstimatedBonus:
    generate_bonus: bool | None = None
    estimated_points: int | None = None
    estimated_cashback: Decimal | None = None
    estimated_cashback_formatted: None | str = None
    """ e.g. "R$ 4,50" """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "generate_bonus",
                "estimated_points",
                "estimated_cashback",
                "estimated_cashback_formatted",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        generate_bonus: bool | None
        generate_bonus = self.generate_bonus

        estimated_points: int | None
        estimated_points = self.estimated_points

        estimated_cashback: Decimal | None
        estimated_cashback = self.estimated_cashback

        estimated_cashback_formatted: None | str
        estimated_cashback_formatted = self.estimated_cashback_formatted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "GenerateBonus": generate_bonus,
                "EstimatedPoints": estimated_points,
                "EstimatedCashback": estimated_cashback,
                "EstimatedCashbackFormatted": estimated_cashback_formatted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generate_bonus: bool | None = d.pop("GenerateBonus", None)

        estimated_points: int | None = d.pop("EstimatedPoints", None)

        _estimated_cashback_value = d.pop("EstimatedCashback", None)
        estimated_cashback: Decimal | None
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

        estimated_cashback_formatted: None | str = d.pop("EstimatedCashbackFormatted", None)

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
