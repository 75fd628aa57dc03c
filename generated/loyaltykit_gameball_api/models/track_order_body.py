from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.track_order_body_channel_type_0 import TrackOrderBodyChannelType0
from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="TrackOrderBody")


@_attrs_define
class TrackOrderBody:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email or anything that uniquely identifies the customer. """
    order_id: str
    """ Unique identifier for the order on your system. This ID is case-sensitive. """
    order_date: datetime.datetime
    """ Timestamp of when the order was placed. Must be in UTC (ISO 8601 format), e.g. `2024-10-16T08:13:29.290Z`.
    """
    total_paid: Decimal
    """ The actual amount paid by the customer for the order, accounting for any discounts or coupons applied.
    Unlike `totalPrice`, which reflects the original cost of the order, `totalPaid` represents the final amount the
    customer paid at checkout after all adjustments. This value is used for reward calculations in Gameball to
    determine the points or benefits earned from the order. **Example:** A customer purchases items worth $120,
    including taxes and shipping. If a $20 coupon is applied, the `totalPaid` becomes $100, reflecting the
    discounted amount the customer paid. """
    email: None | str | Unset = UNSET
    """ Customer's email address. **Note:** This is required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. **Note:** This is required if your account uses mobile-based channel merging. """
    total_price: Decimal | None | Unset = UNSET
    """ The total cost of the order, including all item prices, shipping, taxes, and tips. This value does not
    account for any discounts or coupons applied and is not used for calculations in Gameball; it is solely saved as
    historical data linked to the order. Must be a positive value. **Example:** A customer purchases items worth
    $120, including taxes and shipping. Even if a $20 coupon is applied, the totalPrice remains $120 as it
    represents the original cost of the order before any discounts are applied. """
    total_discount: Decimal | None | Unset = UNSET
    """ Total discount applied to the order. """
    total_shipping: Decimal | None | Unset = UNSET
    """ Total shipping cost associated with the order. """
    total_tax: Decimal | None | Unset = UNSET
    """ Total tax amount for the order. """
    line_items: list[TrackOrderBodyLineItemsType0Item] | None | Unset = UNSET
    """ An array containing details about each product in the order. If not provided, the calculation will only
    consider the total order values. """
    redemption: None | TrackOrderBodyRedemptionType0 | Unset = UNSET
    """ Redemption details for the order, including points held for redemption. """
    extra: None | TrackOrderBodyExtraType0 | Unset = UNSET
    """ Key-value pairs containing any extra information about the order. The values must be of type string or
    number. **Example:** If your business offers gift options, you might want to include a personalized gift message
    with the order. Additionally, specific delivery instructions can be recorded to ensure smooth delivery and
    provide a personalized experience. """
    merchant: None | TrackOrderBodyMerchantType0 | Unset = UNSET
    """ This object contains details about the specific merchant involved in the transaction, which is particularly
    important for businesses managing multiple merchants or branches under the same Gameball account. This object
    can provide identifying information about both the main merchant and any associated branch where the transaction
    took place. """
    guest: bool | None | Unset = False
    """ Indicates whether the customer is a guest (not signed up). Set this to `true` for guest users; otherwise,
    they are treated as registered customers by default. """
    channel: None | TrackOrderBodyChannelType0 | Unset = UNSET
    cart_id: None | str | Unset = UNSET
    """ Identifier for the shopping cart associated with the order. """
    cashback_configurations: None | TrackOrderBodyCashbackConfigurationsType0 | Unset = UNSET
    """ This object contains configurations related to the cashback settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "order_id",
                "order_date",
                "total_paid",
                "email",
                "mobile",
                "total_price",
                "total_discount",
                "total_shipping",
                "total_tax",
                "line_items",
                "redemption",
                "extra",
                "merchant",
                "guest",
                "channel",
                "cart_id",
                "cashback_configurations",
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

        order_id = self.order_id

        order_date = self.order_date.isoformat()

        total_paid = self.total_paid

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

        redemption: dict[str, Any] | None | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        elif isinstance(self.redemption, TrackOrderBodyRedemptionType0):
            redemption = self.redemption.to_dict()
        else:
            redemption = self.redemption

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, TrackOrderBodyExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        merchant: dict[str, Any] | None | Unset
        if isinstance(self.merchant, Unset):
            merchant = UNSET
        elif isinstance(self.merchant, TrackOrderBodyMerchantType0):
            merchant = self.merchant.to_dict()
        else:
            merchant = self.merchant

        guest: bool | None | Unset
        if isinstance(self.guest, Unset):
            guest = UNSET
        else:
            guest = self.guest

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        elif isinstance(self.channel, TrackOrderBodyChannelType0):
            channel = self.channel.value
        else:
            channel = self.channel

        cart_id: None | str | Unset
        if isinstance(self.cart_id, Unset):
            cart_id = UNSET
        else:
            cart_id = self.cart_id

        cashback_configurations: dict[str, Any] | None | Unset
        if isinstance(self.cashback_configurations, Unset):
            cashback_configurations = UNSET
        elif isinstance(self.cashback_configurations, TrackOrderBodyCashbackConfigurationsType0):
            cashback_configurations = self.cashback_configurations.to_dict()
        else:
            cashback_configurations = self.cashback_configurations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "orderId": order_id,
                "orderDate": order_date,
                "totalPaid": total_paid,
            }
        )
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
        if redemption is not UNSET:
            field_dict["redemption"] = redemption
        if extra is not UNSET:
            field_dict["extra"] = extra
        if merchant is not UNSET:
            field_dict["merchant"] = merchant
        if guest is not UNSET:
            field_dict["guest"] = guest
        if channel is not UNSET:
            field_dict["channel"] = channel
        if cart_id is not UNSET:
            field_dict["cartId"] = cart_id
        if cashback_configurations is not UNSET:
            field_dict["cashbackConfigurations"] = cashback_configurations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        order_id = d.pop("orderId")

        order_date = datetime.datetime.fromisoformat(d.pop("orderDate"))

        total_paid = to_decimal(d.pop("totalPaid"))

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
        line_items: list[TrackOrderBodyLineItemsType0Item] | None | Unset
        if _line_items_value is None or isinstance(_line_items_value, Unset):
            line_items = _line_items_value
        else:
            if not isinstance(_line_items_value, list):
                raise TypeError()
            line_items_type_0 = []
            _line_items_type_0 = _line_items_value
            for line_items_type_0_item_data in _line_items_type_0:
                line_items_type_0_item = TrackOrderBodyLineItemsType0Item.from_dict(line_items_type_0_item_data)

                line_items_type_0.append(line_items_type_0_item)

            line_items = line_items_type_0

        _redemption_value = d.pop("redemption", UNSET)
        redemption: None | TrackOrderBodyRedemptionType0 | Unset
        if _redemption_value is None or isinstance(_redemption_value, Unset):
            redemption = _redemption_value
        else:
            if not isinstance(_redemption_value, dict):
                raise TypeError()
            redemption_type_0 = TrackOrderBodyRedemptionType0.from_dict(_redemption_value)

            redemption = redemption_type_0

        _extra_value = d.pop("extra", UNSET)
        extra: None | TrackOrderBodyExtraType0 | Unset
        if _extra_value is None or isinstance(_extra_value, Unset):
            extra = _extra_value
        else:
            if not isinstance(_extra_value, dict):
                raise TypeError()
            extra_type_0 = TrackOrderBodyExtraType0.from_dict(_extra_value)

            extra = extra_type_0

        _merchant_value = d.pop("merchant", UNSET)
        merchant: None | TrackOrderBodyMerchantType0 | Unset
        if _merchant_value is None or isinstance(_merchant_value, Unset):
            merchant = _merchant_value
        else:
            if not isinstance(_merchant_value, dict):
                raise TypeError()
            merchant_type_0 = TrackOrderBodyMerchantType0.from_dict(_merchant_value)

            merchant = merchant_type_0

        guest: bool | None | Unset = d.pop("guest", UNSET)

        _channel_value = d.pop("channel", UNSET)
        channel: None | TrackOrderBodyChannelType0 | Unset
        if _channel_value is None or isinstance(_channel_value, Unset):
            channel = _channel_value
        else:
            if not isinstance(_channel_value, str):
                raise TypeError()
            channel_type_0 = TrackOrderBodyChannelType0(_channel_value)

            channel = channel_type_0

        cart_id: None | str | Unset = d.pop("cartId", UNSET)

        _cashback_configurations_value = d.pop("cashbackConfigurations", UNSET)
        cashback_configurations: None | TrackOrderBodyCashbackConfigurationsType0 | Unset
        if _cashback_configurations_value is None or isinstance(_cashback_configurations_value, Unset):
            cashback_configurations = _cashback_configurations_value
        else:
            if not isinstance(_cashback_configurations_value, dict):
                raise TypeError()
            cashback_configurations_type_0 = TrackOrderBodyCashbackConfigurationsType0.from_dict(
                _cashback_configurations_value
            )

            cashback_configurations = cashback_configurations_type_0

        track_order_body = cls(
            customer_id=customer_id,
            order_id=order_id,
            order_date=order_date,
            total_paid=total_paid,
            email=email,
            mobile=mobile,
            total_price=total_price,
            total_discount=total_discount,
            total_shipping=total_shipping,
            total_tax=total_tax,
            line_items=line_items,
            redemption=redemption,
            extra=extra,
            merchant=merchant,
            guest=guest,
            channel=channel,
            cart_id=cart_id,
            cashback_configurations=cashback_configurations,
        )

        track_order_body.additional_properties = d
        return track_order_body

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


from ..models.track_order_body_cashback_configurations_type_0 import TrackOrderBodyCashbackConfigurationsType0
from ..models.track_order_body_extra_type_0 import TrackOrderBodyExtraType0
from ..models.track_order_body_line_items_type_0_item import TrackOrderBodyLineItemsType0Item
from ..models.track_order_body_merchant_type_0 import TrackOrderBodyMerchantType0
from ..models.track_order_body_redemption_type_0 import TrackOrderBodyRedemptionType0
