from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="PreviewOrderRewardsBody")


@_attrs_define
class PreviewOrderRewardsBody:
    customer_id: None | str | Unset = UNSET
    """ The customer's unique ID. The cashback part works without it (quote for a new customer); the campaigns part
    requires an existing customer — see `customerFound`. """
    email: None | str | Unset = UNSET
    """ Used only to help locate the customer (channel merge). """
    mobile: None | str | Unset = UNSET
    """ Used only to help locate the customer (channel merge). """
    total_paid: Decimal | None | Unset = UNSET
    """ Amount actually paid. """
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

    def to_dict(self) -> dict[str, Any]:
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

        total_paid: Decimal | None | Unset
        if isinstance(self.total_paid, Unset):
            total_paid = UNSET
        else:
            total_paid = self.total_paid

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
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if total_paid is not UNSET:
            field_dict["totalPaid"] = total_paid
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
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        def _parse_total_paid(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            total_paid_type_0 = to_decimal(data)

            return total_paid_type_0

        total_paid = _parse_total_paid(d.pop("totalPaid", UNSET))

        def _parse_total_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            total_price_type_0 = to_decimal(data)

            return total_price_type_0

        total_price = _parse_total_price(d.pop("totalPrice", UNSET))

        def _parse_total_discount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            total_discount_type_0 = to_decimal(data)

            return total_discount_type_0

        total_discount = _parse_total_discount(d.pop("totalDiscount", UNSET))

        def _parse_total_shipping(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            total_shipping_type_0 = to_decimal(data)

            return total_shipping_type_0

        total_shipping = _parse_total_shipping(d.pop("totalShipping", UNSET))

        def _parse_total_tax(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            total_tax_type_0 = to_decimal(data)

            return total_tax_type_0

        total_tax = _parse_total_tax(d.pop("totalTax", UNSET))

        def _parse_line_items(data: object) -> list[PreviewOrderRewardsBodyLineItemsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            line_items_type_0 = []
            _line_items_type_0 = data
            for line_items_type_0_item_data in _line_items_type_0:
                line_items_type_0_item = PreviewOrderRewardsBodyLineItemsType0Item.from_dict(
                    line_items_type_0_item_data
                )

                line_items_type_0.append(line_items_type_0_item)

            return line_items_type_0

        line_items = _parse_line_items(d.pop("lineItems", UNSET))

        def _parse_merchant(data: object) -> None | PreviewOrderRewardsBodyMerchantType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            merchant_type_0 = PreviewOrderRewardsBodyMerchantType0.from_dict(data)

            return merchant_type_0

        merchant = _parse_merchant(d.pop("merchant", UNSET))

        channel: None | str | Unset = d.pop("channel", UNSET)

        def _parse_extra(data: object) -> None | PreviewOrderRewardsBodyExtraType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            extra_type_0 = PreviewOrderRewardsBodyExtraType0.from_dict(data)

            return extra_type_0

        extra = _parse_extra(d.pop("extra", UNSET))

        preview_order_rewards_body = cls(
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            total_paid=total_paid,
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
