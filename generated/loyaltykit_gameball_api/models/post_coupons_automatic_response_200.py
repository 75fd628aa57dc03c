from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_coupons_automatic_response_200_discount_type_type_0 import (
    PostCouponsAutomaticResponse200DiscountTypeType0,
)
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="PostCouponsAutomaticResponse200")


@_attrs_define
class PostCouponsAutomaticResponse200:
    is_applied: bool | None | Unset = UNSET
    coupon_name: None | str | Unset = UNSET
    discount_amount: Decimal | None | Unset = UNSET
    discount_type: None | PostCouponsAutomaticResponse200DiscountTypeType0 | Unset = UNSET
    discounted_items: list[PostCouponsAutomaticResponse200DiscountedItemsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_applied: bool | None | Unset
        if isinstance(self.is_applied, Unset):
            is_applied = UNSET
        else:
            is_applied = self.is_applied

        coupon_name: None | str | Unset
        if isinstance(self.coupon_name, Unset):
            coupon_name = UNSET
        else:
            coupon_name = self.coupon_name

        discount_amount: Decimal | None | Unset
        if isinstance(self.discount_amount, Unset):
            discount_amount = UNSET
        else:
            discount_amount = self.discount_amount

        discount_type: None | str | Unset
        if isinstance(self.discount_type, Unset):
            discount_type = UNSET
        elif isinstance(self.discount_type, PostCouponsAutomaticResponse200DiscountTypeType0):
            discount_type = self.discount_type.value
        else:
            discount_type = self.discount_type

        discounted_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounted_items, Unset):
            discounted_items = UNSET
        elif isinstance(self.discounted_items, list):
            discounted_items = []
            for discounted_items_type_0_item_data in self.discounted_items:
                discounted_items_type_0_item = discounted_items_type_0_item_data.to_dict()
                discounted_items.append(discounted_items_type_0_item)

        else:
            discounted_items = self.discounted_items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_applied is not UNSET:
            field_dict["isApplied"] = is_applied
        if coupon_name is not UNSET:
            field_dict["couponName"] = coupon_name
        if discount_amount is not UNSET:
            field_dict["discountAmount"] = discount_amount
        if discount_type is not UNSET:
            field_dict["discountType"] = discount_type
        if discounted_items is not UNSET:
            field_dict["discountedItems"] = discounted_items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_applied: bool | None | Unset = d.pop("isApplied", UNSET)

        coupon_name: None | str | Unset = d.pop("couponName", UNSET)

        _discount_amount_value = d.pop("discountAmount", UNSET)
        discount_amount: Decimal | None | Unset
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

        _discount_type_value = d.pop("discountType", UNSET)
        discount_type: None | PostCouponsAutomaticResponse200DiscountTypeType0 | Unset
        if _discount_type_value is None or isinstance(_discount_type_value, Unset):
            discount_type = _discount_type_value
        else:
            if not isinstance(_discount_type_value, str):
                raise TypeError()
            discount_type_type_0 = PostCouponsAutomaticResponse200DiscountTypeType0(_discount_type_value)

            discount_type = discount_type_type_0

        _discounted_items_value = d.pop("discountedItems", UNSET)
        discounted_items: list[PostCouponsAutomaticResponse200DiscountedItemsType0Item] | None | Unset
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
