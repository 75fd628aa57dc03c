from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="ProductPointsRequest")


@_attrs_define
class ProductPointsRequest:
    id: str
    price: Decimal
    price_currency: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "price",
                "price_currency",
                "name",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        price = self.price

        price_currency: None | str | Unset
        if isinstance(self.price_currency, Unset):
            price_currency = UNSET
        else:
            price_currency = self.price_currency

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Price": price,
            }
        )
        if price_currency is not UNSET:
            field_dict["PriceCurrency"] = price_currency
        if name is not UNSET:
            field_dict["Name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("Id")

        price = to_decimal(d.pop("Price"))

        price_currency: None | str | Unset = d.pop("PriceCurrency", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        product_points_request = cls(
            id=id,
            price=price,
            price_currency=price_currency,
            name=name,
        )

        product_points_request.additional_properties = d
        return product_points_request

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
