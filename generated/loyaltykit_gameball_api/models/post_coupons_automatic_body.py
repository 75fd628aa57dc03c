from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostCouponsAutomaticBody")


@_attrs_define
class PostCouponsAutomaticBody:
    customer_id: str
    cart_id: str
    email: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    total_price: Decimal | None | Unset = UNSET
    total_shipping: Decimal | None | Unset = UNSET
    line_items: list[PostCouponsAutomaticBodyLineItemsType0Item] | None | Unset = UNSET
    merchant: None | PostCouponsAutomaticBodyMerchantType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "cart_id",
                "email",
                "mobile",
                "total_price",
                "total_shipping",
                "line_items",
                "merchant",
            ),
            frozenset(
                (
                    "email",
                    "mobile",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        cart_id = self.cart_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        total_price: Decimal | None | Unset
        if isinstance(self.total_price, Unset):
            total_price = UNSET
        else:
            total_price = self.total_price

        total_shipping: Decimal | None | Unset
        if isinstance(self.total_shipping, Unset):
            total_shipping = UNSET
        else:
            total_shipping = self.total_shipping

        line_items: list[dict[str, Any]] | None | Unset
        if isinstance(self.line_items, Unset):
            line_items = UNSET
        elif isinstance(self.line_items, list):
            line_items = []
            for line_items_type_0_item_data in self.line_items:
                line_items_type_0_item = line_items_type_0_item_data.to_dict()
                line_items.append(line_items_type_0_item)

        else:
            line_items = self.line_items

        merchant: dict[str, Any] | None | Unset
        if isinstance(self.merchant, Unset):
            merchant = UNSET
        elif isinstance(self.merchant, PostCouponsAutomaticBodyMerchantType0):
            merchant = self.merchant.to_dict()
        else:
            merchant = self.merchant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "cartId": cart_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if total_shipping is not UNSET:
            field_dict["totalShipping"] = total_shipping
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if merchant is not UNSET:
            field_dict["merchant"] = merchant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        cart_id = d.pop("cartId")

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        _total_price_value = d.pop("totalPrice", UNSET)
        total_price: Decimal | None | Unset
        if _total_price_value is None or isinstance(_total_price_value, Unset):
            total_price = _total_price_value
        else:
            if not (
                isinstance(_total_price_value, (int, float, Decimal, str)) and not isinstance(_total_price_value, bool)
            ):
                raise TypeError()
            total_price_type_0 = to_decimal(_total_price_value)

            total_price = total_price_type_0

        _total_shipping_value = d.pop("totalShipping", UNSET)
        total_shipping: Decimal | None | Unset
        if _total_shipping_value is None or isinstance(_total_shipping_value, Unset):
            total_shipping = _total_shipping_value
        else:
            if not (
                isinstance(_total_shipping_value, (int, float, Decimal, str))
                and not isinstance(_total_shipping_value, bool)
            ):
                raise TypeError()
            total_shipping_type_0 = to_decimal(_total_shipping_value)

            total_shipping = total_shipping_type_0

        _line_items_value = d.pop("lineItems", UNSET)
        line_items: list[PostCouponsAutomaticBodyLineItemsType0Item] | None | Unset
        if _line_items_value is None or isinstance(_line_items_value, Unset):
            line_items = _line_items_value
        else:
            if not isinstance(_line_items_value, list):
                raise TypeError()
            line_items_type_0 = []
            _line_items_type_0 = _line_items_value
            for line_items_type_0_item_data in _line_items_type_0:
                line_items_type_0_item = PostCouponsAutomaticBodyLineItemsType0Item.from_dict(
                    line_items_type_0_item_data
                )

                line_items_type_0.append(line_items_type_0_item)

            line_items = line_items_type_0

        _merchant_value = d.pop("merchant", UNSET)
        merchant: None | PostCouponsAutomaticBodyMerchantType0 | Unset
        if _merchant_value is None or isinstance(_merchant_value, Unset):
            merchant = _merchant_value
        else:
            if not isinstance(_merchant_value, dict):
                raise TypeError()
            merchant_type_0 = PostCouponsAutomaticBodyMerchantType0.from_dict(_merchant_value)

            merchant = merchant_type_0

        post_coupons_automatic_body = cls(
            customer_id=customer_id,
            cart_id=cart_id,
            email=email,
            mobile=mobile,
            total_price=total_price,
            total_shipping=total_shipping,
            line_items=line_items,
            merchant=merchant,
        )

        post_coupons_automatic_body.additional_properties = d
        return post_coupons_automatic_body

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


from ..models.post_coupons_automatic_body_line_items_type_0_item import PostCouponsAutomaticBodyLineItemsType0Item
from ..models.post_coupons_automatic_body_merchant_type_0 import PostCouponsAutomaticBodyMerchantType0
