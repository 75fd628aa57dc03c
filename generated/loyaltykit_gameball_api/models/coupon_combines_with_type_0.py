from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CouponCombinesWithType0")


@_attrs_define
class CouponCombinesWithType0:
    order_discounts: bool | None = None
    """ Indicates if the coupon can be combined with order-level discounts. """
    product_discounts: bool | None = None
    """ Indicates if the coupon can be combined with product-specific discounts. """
    shipping_discounts: bool | None = None
    """ Indicates if the coupon can be combined with shipping discounts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "order_discounts",
                "product_discounts",
                "shipping_discounts",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        order_discounts: bool | None
        order_discounts = self.order_discounts

        product_discounts: bool | None
        product_discounts = self.product_discounts

        shipping_discounts: bool | None
        shipping_discounts = self.shipping_discounts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "orderDiscounts": order_discounts,
                "productDiscounts": product_discounts,
                "shippingDiscounts": shipping_discounts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        order_discounts: bool | None = d.pop("orderDiscounts", None)

        product_discounts: bool | None = d.pop("productDiscounts", None)

        shipping_discounts: bool | None = d.pop("shippingDiscounts", None)

        coupon_combines_with_type_0 = cls(
            order_discounts=order_discounts,
            product_discounts=product_discounts,
            shipping_discounts=shipping_discounts,
        )

        coupon_combines_with_type_0.additional_properties = d
        return coupon_combines_with_type_0

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
