from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PreviewOrderRewardsBody")


@_attrs_define
class PreviewOrderRewardsBody:
    total_paid: Decimal
    """ Amount actually paid. """
    customer_id: None | str | Unset = UNSET
    """ The customer's unique ID. The cashback part works without it (quote for a new customer); the campaigns part
    requires an existing customer — see `customerFound`. """
    email: None | str | Unset = UNSET
    """ Used only to help locate the customer (channel merge). """
    mobile: None | str | Unset = UNSET
    """ Used only to help locate the customer (channel merge). """
    total_price: Decimal | None | Unset = UNSET
    """ Order total before discounts. """
    total_discount: Decimal | None | Unset = UNSET
    """ Total discount applied. """
    total_shipping: Decimal | None | Unset = UNSET
    """ Shipping total. """
    total_tax: Decimal | None | Unset = UNSET
    """ Tax total. """
    line_items: list[PreviewOrderRewardsBodyLineItemsType0Item] | None | Unset = UNSET
    """ Order line items. """
    merchant: None | PreviewOrderRewardsBodyMerchantType0 | Unset = UNSET
    """ Merchant/branch info for multi-merchant setups. """
    channel: None | str | Unset = UNSET
    """ Order channel (e.g. `web`, `pos`, `mobile`). """
    extra: None | PreviewOrderRewardsBodyExtraType0 | Unset = UNSET
    """ Custom key/value attributes — usable in campaign conditions. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "total_paid",
                "customer_id",
                "email",
                "mobile",
                "total_price",
                "total_discount",
                "total_shipping",
                "total_tax",
                "line_items",
                "merchant",
                "channel",
                "extra",
            ),
            frozenset(
                (
                    "email",
                    "mobile",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        total_paid = self.total_paid

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

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

        total_discount: Decimal | None | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        else:
            total_discount = self.total_discount

        total_shipping: Decimal | None | Unset
        if isinstance(self.total_shipping, Unset):
            total_shipping = UNSET
        else:
            total_shipping = self.total_shipping

        total_tax: Decimal | None | Unset
        if isinstance(self.total_tax, Unset):
            total_tax = UNSET
        else:
            total_tax = self.total_tax

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
        elif isinstance(self.merchant, PreviewOrderRewardsBodyMerchantType0):
            merchant = self.merchant.to_dict()
        else:
            merchant = self.merchant

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, PreviewOrderRewardsBodyExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalPaid": total_paid,
            }
        )
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if total_price is not UNSET:
            field_dict["totalPrice"] = total_price
        if total_discount is not UNSET:
            field_dict["totalDiscount"] = total_discount
        if total_shipping is not UNSET:
            field_dict["totalShipping"] = total_shipping
        if total_tax is not UNSET:
            field_dict["totalTax"] = total_tax
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if channel is not UNSET:
            field_dict["channel"] = channel
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_paid = to_decimal(d.pop("totalPaid"))

        customer_id: None | str | Unset = d.pop("customerId", UNSET)

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

        _total_discount_value = d.pop("totalDiscount", UNSET)
        total_discount: Decimal | None | Unset
        if _total_discount_value is None or isinstance(_total_discount_value, Unset):
            total_discount = _total_discount_value
        else:
            if not (
                isinstance(_total_discount_value, (int, float, Decimal, str))
                and not isinstance(_total_discount_value, bool)
            ):
                raise TypeError()
            total_discount_type_0 = to_decimal(_total_discount_value)

            total_discount = total_discount_type_0

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

        _total_tax_value = d.pop("totalTax", UNSET)
        total_tax: Decimal | None | Unset
        if _total_tax_value is None or isinstance(_total_tax_value, Unset):
            total_tax = _total_tax_value
        else:
            if not (
                isinstance(_total_tax_value, (int, float, Decimal, str)) and not isinstance(_total_tax_value, bool)
            ):
                raise TypeError()
            total_tax_type_0 = to_decimal(_total_tax_value)

            total_tax = total_tax_type_0

        _line_items_value = d.pop("lineItems", UNSET)
        line_items: list[PreviewOrderRewardsBodyLineItemsType0Item] | None | Unset
        if _line_items_value is None or isinstance(_line_items_value, Unset):
            line_items = _line_items_value
        else:
            if not isinstance(_line_items_value, list):
                raise TypeError()
            line_items_type_0 = []
            _line_items_type_0 = _line_items_value
            for line_items_type_0_item_data in _line_items_type_0:
                line_items_type_0_item = PreviewOrderRewardsBodyLineItemsType0Item.from_dict(
                    line_items_type_0_item_data
                )

                line_items_type_0.append(line_items_type_0_item)

            line_items = line_items_type_0

        _merchant_value = d.pop("merchant", UNSET)
        merchant: None | PreviewOrderRewardsBodyMerchantType0 | Unset
        if _merchant_value is None or isinstance(_merchant_value, Unset):
            merchant = _merchant_value
        else:
            if not isinstance(_merchant_value, dict):
                raise TypeError()
            merchant_type_0 = PreviewOrderRewardsBodyMerchantType0.from_dict(_merchant_value)

            merchant = merchant_type_0

        channel: None | str | Unset = d.pop("channel", UNSET)

        _extra_value = d.pop("extra", UNSET)
        extra: None | PreviewOrderRewardsBodyExtraType0 | Unset
        if _extra_value is None or isinstance(_extra_value, Unset):
            extra = _extra_value
        else:
            if not isinstance(_extra_value, dict):
                raise TypeError()
            extra_type_0 = PreviewOrderRewardsBodyExtraType0.from_dict(_extra_value)

            extra = extra_type_0

        preview_order_rewards_body = cls(
            total_paid=total_paid,
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            total_price=total_price,
            total_discount=total_discount,
            total_shipping=total_shipping,
            total_tax=total_tax,
            line_items=line_items,
            merchant=merchant,
            channel=channel,
            extra=extra,
        )

        preview_order_rewards_body.additional_properties = d
        return preview_order_rewards_body

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


from ..models.preview_order_rewards_body_extra_type_0 import PreviewOrderRewardsBodyExtraType0
from ..models.preview_order_rewards_body_line_items_type_0_item import PreviewOrderRewardsBodyLineItemsType0Item
from ..models.preview_order_rewards_body_merchant_type_0 import PreviewOrderRewardsBodyMerchantType0
