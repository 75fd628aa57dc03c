from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CalculateOrderCashbackBody")


@_attrs_define
class CalculateOrderCashbackBody:
    total_paid: Decimal
    """ The actual amount paid by the customer for the order, accounting for any discounts or coupons applied.
    Unlike `totalPrice`, which reflects the original cost of the order, `totalPaid` represents the final amount the
    customer paid at checkout after all adjustments. This value is used for reward calculations in Gameball to
    determine the points or benefits earned from the order. **Example:** A customer purchases items worth $120,
    including taxes and shipping. If a $20 coupon is applied, the `totalPaid` becomes $100, reflecting the
    discounted amount the customer paid. This is the value used to calculate any points or rewards earned from the
    order. """
    total_discount: Decimal
    """ Total discount applied to the order. Must be positive. """
    total_shipping: Decimal
    """ Total shipping cost for the order. """
    customer_id: None | str | Unset = UNSET
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email or anything that uniquely identifies the customer. If provided, the cashback
    calculation will consider the customer's tier. Special tier-based configurations, such as enhanced point accrual
    rates, may affect the points calculation. """
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
    line_items: list[CalculateOrderCashbackBodyLineItemsType0Item] | None | Unset = UNSET
    """ An array containing details about each product in the order. If not provided, the calculation will only
    consider the total order values. """
    merchant: CalculateOrderCashbackBodyMerchantType0 | None | Unset = UNSET
    """ This object contains details about the specific merchant involved in the transaction, which is particularly
    important for businesses managing multiple merchants or branches under the same Gameball account. This object
    can provide identifying information about both the main merchant and any associated branch where the transaction
    took place. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "total_paid",
                "total_discount",
                "total_shipping",
                "customer_id",
                "email",
                "mobile",
                "total_price",
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
        total_paid = self.total_paid

        total_discount = self.total_discount

        total_shipping = self.total_shipping

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
        elif isinstance(self.merchant, CalculateOrderCashbackBodyMerchantType0):
            merchant = self.merchant.to_dict()
        else:
            merchant = self.merchant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalPaid": total_paid,
                "totalDiscount": total_discount,
                "totalShipping": total_shipping,
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
        if line_items is not UNSET:
            field_dict["lineItems"] = line_items
        if merchant is not UNSET:
            field_dict["merchant"] = merchant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        total_paid = to_decimal(d.pop("totalPaid"))

        total_discount = to_decimal(d.pop("totalDiscount"))

        total_shipping = to_decimal(d.pop("totalShipping"))

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

        _line_items_value = d.pop("lineItems", UNSET)
        line_items: list[CalculateOrderCashbackBodyLineItemsType0Item] | None | Unset
        if _line_items_value is None or isinstance(_line_items_value, Unset):
            line_items = _line_items_value
        else:
            if not isinstance(_line_items_value, list):
                raise TypeError()
            line_items_type_0 = []
            _line_items_type_0 = _line_items_value
            for line_items_type_0_item_data in _line_items_type_0:
                line_items_type_0_item = CalculateOrderCashbackBodyLineItemsType0Item.from_dict(
                    line_items_type_0_item_data
                )

                line_items_type_0.append(line_items_type_0_item)

            line_items = line_items_type_0

        _merchant_value = d.pop("merchant", UNSET)
        merchant: CalculateOrderCashbackBodyMerchantType0 | None | Unset
        if _merchant_value is None or isinstance(_merchant_value, Unset):
            merchant = _merchant_value
        else:
            if not isinstance(_merchant_value, dict):
                raise TypeError()
            merchant_type_0 = CalculateOrderCashbackBodyMerchantType0.from_dict(_merchant_value)

            merchant = merchant_type_0

        calculate_order_cashback_body = cls(
            total_paid=total_paid,
            total_discount=total_discount,
            total_shipping=total_shipping,
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            total_price=total_price,
            line_items=line_items,
            merchant=merchant,
        )

        calculate_order_cashback_body.additional_properties = d
        return calculate_order_cashback_body

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


from ..models.calculate_order_cashback_body_line_items_type_0_item import CalculateOrderCashbackBodyLineItemsType0Item
from ..models.calculate_order_cashback_body_merchant_type_0 import CalculateOrderCashbackBodyMerchantType0
