from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostCouponsAutomaticResponse200DiscountedItemsType0Item")


@_attrs_define
class PostCouponsAutomaticResponse200DiscountedItemsType0Item:
    product_id: None | str = None
    quantity: Decimal | None = None
    discount: Decimal | None = None
    price: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "product_id",
                "quantity",
                "discount",
                "price",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        product_id: None | str
        product_id = self.product_id

        quantity: Decimal | None
        quantity = self.quantity

        discount: Decimal | None
        discount = self.discount

        price: Decimal | None
        price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "quantity": quantity,
                "discount": discount,
                "price": price,
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

        _discount_value = d.pop("discount", None)
        discount: Decimal | None
        if _discount_value is None or isinstance(_discount_value, Unset):
            discount = _discount_value
        else:
            if not (isinstance(_discount_value, (int, float, Decimal, str)) and not isinstance(_discount_value, bool)):
                raise TypeError()
            discount_type_0 = to_decimal(_discount_value)

            discount = discount_type_0

        _price_value = d.pop("price", None)
        price: Decimal | None
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
