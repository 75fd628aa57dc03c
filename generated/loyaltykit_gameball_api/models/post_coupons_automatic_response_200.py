from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_coupons_automatic_response_200_discount_type_type_0 import (
    PostCouponsAutomaticResponse200DiscountTypeType0,
)
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostCouponsAutomaticResponse200")


@_attrs_define
class PostCouponsAutomaticResponse200:
    is_applied: bool | None = None
    coupon_name: None | str = None
    discount_amount: Decimal | None = None
    discount_type: None | PostCouponsAutomaticResponse200DiscountTypeType0 = None
    discounted_items: list[PostCouponsAutomaticResponse200DiscountedItemsType0Item] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "is_applied",
                "coupon_name",
                "discount_amount",
                "discount_type",
                "discounted_items",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        is_applied: bool | None
        is_applied = self.is_applied

        coupon_name: None | str
        coupon_name = self.coupon_name

        discount_amount: Decimal | None
        discount_amount = self.discount_amount

        discount_type: None | str
        if isinstance(self.discount_type, PostCouponsAutomaticResponse200DiscountTypeType0):
            discount_type = self.discount_type.value
        else:
            discount_type = self.discount_type

        discounted_items: list[dict[str, Any]] | None
        if isinstance(self.discounted_items, list):
            discounted_items = []
            for discounted_items_type_0_item_data in self.discounted_items:
                discounted_items_type_0_item = discounted_items_type_0_item_data.to_dict()
                discounted_items.append(discounted_items_type_0_item)

        else:
            discounted_items = self.discounted_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isApplied": is_applied,
                "couponName": coupon_name,
                "discountAmount": discount_amount,
                "discountType": discount_type,
                "discountedItems": discounted_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_applied: bool | None = d.pop("isApplied", None)

        coupon_name: None | str = d.pop("couponName", None)

        _discount_amount_value = d.pop("discountAmount", None)
        discount_amount: Decimal | None
        if _discount_amount_value is None or isinstance(_discount_amount_value, Unset):
            discount_amount = _discount_amount_value
        else:
            if not (
                isinstance(_discount_amount_value, (int, float, Decimal, str))
                and not isinstance(_discount_amount_value, bool)
            ):
                raise TypeError()
            discount_amount_type_0 = to_decimal(_discount_amount_value)

            discount_amount = discount_amount_type_0

        _discount_type_value = d.pop("discountType", None)
        discount_type: None | PostCouponsAutomaticResponse200DiscountTypeType0
        if _discount_type_value is None or isinstance(_discount_type_value, Unset):
            discount_type = _discount_type_value
        else:
            if not isinstance(_discount_type_value, str):
                raise TypeError()
            discount_type_type_0 = PostCouponsAutomaticResponse200DiscountTypeType0(_discount_type_value)

            discount_type = discount_type_type_0

        _discounted_items_value = d.pop("discountedItems", None)
        discounted_items: list[PostCouponsAutomaticResponse200DiscountedItemsType0Item] | None
        if _discounted_items_value is None or isinstance(_discounted_items_value, Unset):
            discounted_items = _discounted_items_value
        else:
            if not isinstance(_discounted_items_value, list):
                raise TypeError()
            discounted_items_type_0 = []
            _discounted_items_type_0 = _discounted_items_value
            for discounted_items_type_0_item_data in _discounted_items_type_0:
                discounted_items_type_0_item = PostCouponsAutomaticResponse200DiscountedItemsType0Item.from_dict(
                    discounted_items_type_0_item_data
                )

                discounted_items_type_0.append(discounted_items_type_0_item)

            discounted_items = discounted_items_type_0

        post_coupons_automatic_response_200 = cls(
            is_applied=is_applied,
            coupon_name=coupon_name,
            discount_amount=discount_amount,
            discount_type=discount_type,
            discounted_items=discounted_items,
        )

        post_coupons_automatic_response_200.additional_properties = d
        return post_coupons_automatic_response_200

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


from ..models.post_coupons_automatic_response_200_discounted_items_type_0_item import (
    PostCouponsAutomaticResponse200DiscountedItemsType0Item,
)
