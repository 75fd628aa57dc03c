from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="TrackOrderResponse200LineItemsType0Item")


@_attrs_define
class TrackOrderResponse200LineItemsType0Item:
    product_id: None | str = None
    """ Unique identifier for the product or service. """
    quantity: Decimal | None = None
    """ Number of units purchased for this product or service. """
    decimal_points: Decimal | None = None
    """ Fractional points rewarded for this line item. """
    points: Decimal | None = None
    """ Any points rewarded for this line item. """
    score: Decimal | None = None
    """ Any score awarded for the line item, if applicable. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "product_id",
                "quantity",
                "decimal_points",
                "points",
                "score",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        product_id: None | str
        product_id = self.product_id

        quantity: Decimal | None
        quantity = self.quantity

        decimal_points: Decimal | None
        decimal_points = self.decimal_points

        points: Decimal | None
        points = self.points

        score: Decimal | None
        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "quantity": quantity,
                "decimalPoints": decimal_points,
                "points": points,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id: None | str = d.pop("productId", None)

        _quantity_value = d.pop("quantity", None)
        quantity: Decimal | None
        if _quantity_value is None or isinstance(_quantity_value, Unset):
            quantity = _quantity_value
        else:
            if not (isinstance(_quantity_value, (int, float, Decimal, str)) and not isinstance(_quantity_value, bool)):
                raise TypeError()
            quantity_type_0 = to_decimal(_quantity_value)

            quantity = quantity_type_0

        _decimal_points_value = d.pop("decimalPoints", None)
        decimal_points: Decimal | None
        if _decimal_points_value is None or isinstance(_decimal_points_value, Unset):
            decimal_points = _decimal_points_value
        else:
            if not (
                isinstance(_decimal_points_value, (int, float, Decimal, str))
                and not isinstance(_decimal_points_value, bool)
            ):
                raise TypeError()
            decimal_points_type_0 = to_decimal(_decimal_points_value)

            decimal_points = decimal_points_type_0

        _points_value = d.pop("points", None)
        points: Decimal | None
        if _points_value is None or isinstance(_points_value, Unset):
            points = _points_value
        else:
            if not (isinstance(_points_value, (int, float, Decimal, str)) and not isinstance(_points_value, bool)):
                raise TypeError()
            points_type_0 = to_decimal(_points_value)

            points = points_type_0

        _score_value = d.pop("score", None)
        score: Decimal | None
        if _score_value is None or isinstance(_score_value, Unset):
            score = _score_value
        else:
            if not (isinstance(_score_value, (int, float, Decimal, str)) and not isinstance(_score_value, bool)):
                raise TypeError()
            score_type_0 = to_decimal(_score_value)

            score = score_type_0

        track_order_response_200_line_items_type_0_item = cls(
            product_id=product_id,
            quantity=quantity,
            decimal_points=decimal_points,
            points=points,
            score=score,
        )

        track_order_response_200_line_items_type_0_item.additional_properties = d
        return track_order_response_200_line_items_type_0_item

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
