from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="PostCouponsAutomaticResponse200DiscountedItemsType0Item")


@_attrs_define
class PostCouponsAutomaticResponse200DiscountedItemsType0Item:
    product_id: None | str | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    discount: Decimal | None | Unset = UNSET
    price: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        quantity: Decimal | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        discount: Decimal | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        price: Decimal | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if discount is not UNSET:
            field_dict["discount"] = discount
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id: None | str | Unset = d.pop("productId", UNSET)

        _quantity_value = d.pop("quantity", UNSET)
        quantity: Decimal | None | Unset
        if _quantity_value is None or isinstance(_quantity_value, Unset):
            quantity = _quantity_value
        else:
            if not (isinstance(_quantity_value, (int, float, Decimal, str)) and not isinstance(_quantity_value, bool)):
                raise TypeError()
            quantity_type_0 = to_decimal(_quantity_value)

            quantity = quantity_type_0

        _discount_value = d.pop("discount", UNSET)
        discount: Decimal | None | Unset
        if _discount_value is None or isinstance(_discount_value, Unset):
            discount = _discount_value
        else:
            if not (isinstance(_discount_value, (int, float, Decimal, str)) and not isinstance(_discount_value, bool)):
                raise TypeError()
            discount_type_0 = to_decimal(_discount_value)

            discount = discount_type_0

        _price_value = d.pop("price", UNSET)
        price: Decimal | None | Unset
        if _price_value is None or isinstance(_price_value, Unset):
            price = _price_value
        else:
            if not (isinstance(_price_value, (int, float, Decimal, str)) and not isinstance(_price_value, bool)):
                raise TypeError()
            price_type_0 = to_decimal(_price_value)

            price = price_type_0

        post_coupons_automatic_response_200_discounted_items_type_0_item = cls(
            product_id=product_id,
            quantity=quantity,
            discount=discount,
            price=price,
        )

        post_coupons_automatic_response_200_discounted_items_type_0_item.additional_properties = d
        return post_coupons_automatic_response_200_discounted_items_type_0_item

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
