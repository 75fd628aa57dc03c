from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="OrderRewardPreviewResponseCashbackType0")


@_attrs_define
class OrderRewardPreviewResponseCashbackType0:
    """The cashback quote — same shape as the Calculate Order Cashback response. Note: `campaignName` here is the
    campaign's internal name and is not affected by the `lang` header.

    """

    total_points: Decimal | None = None
    """ Total cashback points expected from the order. """
    total_score: Decimal | None = None
    """ Total score expected from the order. """
    line_items: list[OrderRewardPreviewResponseCashbackType0LineItemsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "total_points",
                "total_score",
                "line_items",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        total_points: Decimal | None
        total_points = self.total_points

        total_score: Decimal | None
        total_score = self.total_score

        line_items: list[dict[str, Any]] | None
        if isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalPoints": total_points,
                "totalScore": total_score,
                "lineItems": line_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _total_points_value = d.pop("totalPoints", None)
        total_points: Decimal | None
        if _total_points_value is None or isinstance(_total_points_value, Unset):
            total_points = _total_points_value
        else:
            if not (
                isinstance(_total_points_value, (int, float, Decimal, str))
                and not isinstance(_total_points_value, bool)
            ):
                raise TypeError()
            total_points_type_0 = to_decimal(_total_points_value)

            total_points = total_points_type_0

        _total_score_value = d.pop("totalScore", None)
        total_score: Decimal | None
        if _total_score_value is None or isinstance(_total_score_value, Unset):
            total_score = _total_score_value
        else:
            if not (
                isinstance(_total_score_value, (int, float, Decimal, str)) and not isinstance(_total_score_value, bool)
            ):
                raise TypeError()
            total_score_type_0 = to_decimal(_total_score_value)

            total_score = total_score_type_0

        _line_items_value = d.pop("lineItems", None)
        line_items: list[OrderRewardPreviewResponseCashbackType0LineItemsType0Item] | None
        if _line_items_value is None or isinstance(_line_items_value, Unset):
            line_items = _line_items_value
        else:
            if not isinstance(_line_items_value, list):
                raise TypeError()
            line_items_type_0 = []
            _line_items_type_0 = _line_items_value
            for line_items_type_0_item_data in _line_items_type_0:
                line_items_type_0_item = OrderRewardPreviewResponseCashbackType0LineItemsType0Item.from_dict(
                    line_items_type_0_item_data
                )

                line_items_type_0.append(line_items_type_0_item)

            line_items = line_items_type_0

        order_reward_preview_response_cashback_type_0 = cls(
            total_points=total_points,
            total_score=total_score,
            line_items=line_items,
        )

        order_reward_preview_response_cashback_type_0.additional_properties = d
        return order_reward_preview_response_cashback_type_0

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


from ..models.order_reward_preview_response_cashback_type_0_line_items_type_0_item import (
    OrderRewardPreviewResponseCashbackType0LineItemsType0Item,
)
