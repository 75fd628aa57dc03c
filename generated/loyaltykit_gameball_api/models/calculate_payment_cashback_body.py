from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CalculatePaymentCashbackBody")


@_attrs_define
class CalculatePaymentCashbackBody:
    customer_id: None | str | Unset = UNSET
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email or anything that uniquely identifies the customer. If provided, the cashback
    calculation will consider the customer's tier. Special tier-based configurations, such as enhanced point accrual
    rates, may affect the points calculation. """
    email: None | str | Unset = UNSET
    """ Customer's email address. **Note:** This is required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. **Note:** This is required if your account uses mobile-based channel merging. """
    total_paid: Decimal | None | Unset = UNSET
    """ The actual amount paid by the customer for the payment, accounting for any discounts or coupons applied.
    Unlike `totalAmount`, which reflects the original cost of the payment, `totalPaid` represents the final amount
    the customer paid after all adjustments. This value is used for reward calculations in Gameball to determine the
    points or benefits earned from the payment. **Example:** A customer makes a bill payment for their electricity
    bill of $120, including taxes and processing fees. If a $20 coupon is applied, the `totalPaid` becomes $100,
    reflecting the discounted amount the customer paid. """
    total_amount: Decimal | None | Unset = UNSET
    """ The total cost of the payment, including all item prices, processing fees, and taxes. This value does not
    account for any discounts or coupons applied and is not used for calculations in Gameball; it is solely saved as
    historical data linked to the payment. Must be a positive value. """
    total_discount: Decimal | None | Unset = UNSET
    """ Total discount applied to the payment. Must be positive. """
    total_processing_fees: Decimal | None | Unset = UNSET
    """ Total processing fees associated with the payment. """
    total_tax: Decimal | None | Unset = UNSET
    """ Total tax amount for the payment. """
    payment_details: list[CalculatePaymentCashbackBodyPaymentDetailsType0Item] | None | Unset = UNSET
    """ An array containing details about each service in the payment. If not provided, the calculation will only
    consider the total payment values. """
    merchant: CalculatePaymentCashbackBodyMerchantType0 | None | Unset = UNSET
    """ Details about the specific merchant involved in the payment, particularly useful for businesses managing
    multiple merchants or branches under the same Gameball account. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "email",
                "mobile",
                "total_paid",
                "total_amount",
                "total_discount",
                "total_processing_fees",
                "total_tax",
                "payment_details",
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

        total_amount: Decimal | None | Unset
        if isinstance(self.total_amount, Unset):
            total_amount = UNSET
        else:
            total_amount = self.total_amount

        total_discount: Decimal | None | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        else:
            total_discount = self.total_discount

        total_processing_fees: Decimal | None | Unset
        if isinstance(self.total_processing_fees, Unset):
            total_processing_fees = UNSET
        else:
            total_processing_fees = self.total_processing_fees

        total_tax: Decimal | None | Unset
        if isinstance(self.total_tax, Unset):
            total_tax = UNSET
        else:
            total_tax = self.total_tax

        payment_details: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_details, Unset):
            payment_details = UNSET
        elif isinstance(self.payment_details, list):
            payment_details = []
            for payment_details_type_0_item_data in self.payment_details:
                payment_details_type_0_item = payment_details_type_0_item_data.to_dict()
                payment_details.append(payment_details_type_0_item)

        else:
            payment_details = self.payment_details

        merchant: dict[str, Any] | None | Unset
        if isinstance(self.merchant, Unset):
            merchant = UNSET
        elif isinstance(self.merchant, CalculatePaymentCashbackBodyMerchantType0):
            merchant = self.merchant.to_dict()
        else:
            merchant = self.merchant

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
        if total_amount is not UNSET:
            field_dict["totalAmount"] = total_amount
        if total_discount is not UNSET:
            field_dict["totalDiscount"] = total_discount
        if total_processing_fees is not UNSET:
            field_dict["totalProcessingFees"] = total_processing_fees
        if total_tax is not UNSET:
            field_dict["totalTax"] = total_tax
        if payment_details is not UNSET:
            field_dict["paymentDetails"] = payment_details
        if merchant is not UNSET:
            field_dict["merchant"] = merchant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        _total_paid_value = d.pop("totalPaid", UNSET)
        total_paid: Decimal | None | Unset
        if _total_paid_value is None or isinstance(_total_paid_value, Unset):
            total_paid = _total_paid_value
        else:
            if not (
                isinstance(_total_paid_value, (int, float, Decimal, str)) and not isinstance(_total_paid_value, bool)
            ):
                raise TypeError()
            total_paid_type_0 = to_decimal(_total_paid_value)

            total_paid = total_paid_type_0

        _total_amount_value = d.pop("totalAmount", UNSET)
        total_amount: Decimal | None | Unset
        if _total_amount_value is None or isinstance(_total_amount_value, Unset):
            total_amount = _total_amount_value
        else:
            if not (
                isinstance(_total_amount_value, (int, float, Decimal, str))
                and not isinstance(_total_amount_value, bool)
            ):
                raise TypeError()
            total_amount_type_0 = to_decimal(_total_amount_value)

            total_amount = total_amount_type_0

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

        _total_processing_fees_value = d.pop("totalProcessingFees", UNSET)
        total_processing_fees: Decimal | None | Unset
        if _total_processing_fees_value is None or isinstance(_total_processing_fees_value, Unset):
            total_processing_fees = _total_processing_fees_value
        else:
            if not (
                isinstance(_total_processing_fees_value, (int, float, Decimal, str))
                and not isinstance(_total_processing_fees_value, bool)
            ):
                raise TypeError()
            total_processing_fees_type_0 = to_decimal(_total_processing_fees_value)

            total_processing_fees = total_processing_fees_type_0

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

        _payment_details_value = d.pop("paymentDetails", UNSET)
        payment_details: list[CalculatePaymentCashbackBodyPaymentDetailsType0Item] | None | Unset
        if _payment_details_value is None or isinstance(_payment_details_value, Unset):
            payment_details = _payment_details_value
        else:
            if not isinstance(_payment_details_value, list):
                raise TypeError()
            payment_details_type_0 = []
            _payment_details_type_0 = _payment_details_value
            for payment_details_type_0_item_data in _payment_details_type_0:
                payment_details_type_0_item = CalculatePaymentCashbackBodyPaymentDetailsType0Item.from_dict(
                    payment_details_type_0_item_data
                )

                payment_details_type_0.append(payment_details_type_0_item)

            payment_details = payment_details_type_0

        _merchant_value = d.pop("merchant", UNSET)
        merchant: CalculatePaymentCashbackBodyMerchantType0 | None | Unset
        if _merchant_value is None or isinstance(_merchant_value, Unset):
            merchant = _merchant_value
        else:
            if not isinstance(_merchant_value, dict):
                raise TypeError()
            merchant_type_0 = CalculatePaymentCashbackBodyMerchantType0.from_dict(_merchant_value)

            merchant = merchant_type_0

        calculate_payment_cashback_body = cls(
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            total_paid=total_paid,
            total_amount=total_amount,
            total_discount=total_discount,
            total_processing_fees=total_processing_fees,
            total_tax=total_tax,
            payment_details=payment_details,
            merchant=merchant,
        )

        calculate_payment_cashback_body.additional_properties = d
        return calculate_payment_cashback_body

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


from ..models.calculate_payment_cashback_body_merchant_type_0 import CalculatePaymentCashbackBodyMerchantType0
from ..models.calculate_payment_cashback_body_payment_details_type_0_item import (
    CalculatePaymentCashbackBodyPaymentDetailsType0Item,
)
