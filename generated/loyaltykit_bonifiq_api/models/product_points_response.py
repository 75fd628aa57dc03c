from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="ProductPointsResponse")


@_attrs_define
class ProductPointsResponse:
    id: None | str = None
    points: int | None = None
    cashback: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "points",
                "cashback",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        points: int | None
        points = self.points

        cashback: Decimal | None
        cashback = self.cashback

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Points": points,
                "Cashback": cashback,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: None | str = d.pop("Id", None)

        points: int | None = d.pop("Points", None)

        _cashback_value = d.pop("Cashback", None)
        cashback: Decimal | None
        if _cashback_value is None or isinstance(_cashback_value, Unset):
            cashback = _cashback_value
        else:
            if not (isinstance(_cashback_value, (int, float, Decimal, str)) and not isinstance(_cashback_value, bool)):
                raise TypeError()
            cashback_type_0 = to_decimal(_cashback_value)

            cashback = cashback_type_0

        product_points_response = cls(
            id=id,
            points=points,
            cashback=cashback,
        )

        product_points_response.additional_properties = d
        return product_points_response

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
