from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.post_payments_body_channel_type_0 import PostPaymentsBodyChannelType0
from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostPaymentsBody")


@_attrs_define
class PostPaymentsBody:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email or anything that uniquely identifies the customer. """
    payment_id: str
    """ Unique identifier for the payment on your system. """
    payment_date: datetime.datetime
    """ Timestamp of when the payment was occurred. """
    total_paid: Decimal
    """ The actual amount paid by the customer for the payment, accounting for any discounts or coupons applied.
    Unlike totalAmount, which reflects the original cost of the payment, totalPaid represents the final amount the
    customer paid after all adjustments. This value is used for reward calculations in Gameball to determine the
    points or benefits earned from the payment. Example: A customer makes a bill payment for their electricity bill
    of $120, including taxes and processing fees. If a $20 coupon is applied, the totalPaid becomes $100, reflecting
    the discounted amount the customer paid. """
    email: None | str | Unset = UNSET
    """ Customer's email address. This is required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. This is required if your account uses mobile-based channel merging. """
    total_amount: Decimal | None | Unset = UNSET
    """ The total cost of the payment, including all item prices, processing fees and taxes. This value does not
    account for any discounts or coupons applied and is not used for calculations in Gameball; it is solely saved as
    historical data linked to the payment. Must be a positive value. Example: A customer makes a bill payment for
    their electricity bill of $120, including taxes and processing fees. If a $20 coupon is applied, the totalAmount
    remains $120 as it represents the original cost of the payment before any discounts are applied. """
    total_discount: Decimal | None | Unset = UNSET
    """ Total discount applied to the payment. """
    total_processing_fees: Decimal | None | Unset = UNSET
    """ Total processing fees associated with the payment. """
    total_tax: Decimal | None | Unset = UNSET
    """ Total tax amount for the payment. """
    payment_details: list[PostPaymentsBodyPaymentDetailsType0Item] | None | Unset = UNSET
    """ An array containing details about each element in the payment bill. If not provided, the calculation will
    only consider the total payment values. """
    redemption: None | PostPaymentsBodyRedemptionType0 | Unset = UNSET
    """ Redemption details for the payment, including points held for redemption. """
    extra: None | PostPaymentsBodyExtraType0 | Unset = UNSET
    """ Key-value pairs containing any extra information about the payment. The values must be of type string or
    number. Example: The extra attribute can store additional details like the billing address and payment status.
    For instance, when a customer completes a payment, the billing address ensures accurate invoicing by including
    details like the company name and tax identification number. At the same time, the payment status helps track
    the transaction—whether it's "Pending" for deferred payments or "Completed" when successfully processed—ensuring
    smooth order management and financial compliance. """
    merchant: None | PostPaymentsBodyMerchantType0 | Unset = UNSET
    """ This object contains details about the specific merchant involved in the transaction, which is particularly
    important for businesses managing multiple merchants or branches under the same Gameball account. This object
    can provide identifying information about both the main merchant and any associated branch where the transaction
    took place. """
    guest: bool | None | Unset = UNSET
    """ Indicates whether the customer is a guest (not signed up). Set this to true for guest users; otherwise, they
    are treated as registered customers by default. """
    channel: None | PostPaymentsBodyChannelType0 | Unset = UNSET
    cashback_configurations: None | PostPaymentsBodyCashbackConfigurationsType0 | Unset = UNSET
    """ This object contains configurations related to the cashback settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "payment_id",
                "payment_date",
                "total_paid",
                "email",
                "mobile",
                "total_amount",
                "total_discount",
                "total_processing_fees",
                "total_tax",
                "payment_details",
                "redemption",
                "extra",
                "merchant",
                "guest",
                "channel",
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

        payment_id = self.payment_id

        payment_date = self.payment_date.isoformat()

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

        redemption: dict[str, Any] | None | Unset
        if isinstance(self.redemption, Unset):
            redemption = UNSET
        elif isinstance(self.redemption, PostPaymentsBodyRedemptionType0):
            redemption = self.redemption.to_dict()
        else:
            redemption = self.redemption

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, PostPaymentsBodyExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        merchant: dict[str, Any] | None | Unset
        if isinstance(self.merchant, Unset):
            merchant = UNSET
        elif isinstance(self.merchant, PostPaymentsBodyMerchantType0):
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
        elif isinstance(self.channel, PostPaymentsBodyChannelType0):
            channel = self.channel.value
        else:
            channel = self.channel

        cashback_configurations: dict[str, Any] | None | Unset
        if isinstance(self.cashback_configurations, Unset):
            cashback_configurations = UNSET
        elif isinstance(self.cashback_configurations, PostPaymentsBodyCashbackConfigurationsType0):
            cashback_configurations = self.cashback_configurations.to_dict()
        else:
            cashback_configurations = self.cashback_configurations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "paymentId": payment_id,
                "paymentDate": payment_date,
                "totalPaid": total_paid,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
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
        if cashback_configurations is not UNSET:
            field_dict["cashbackConfigurations"] = cashback_configurations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        payment_id = d.pop("paymentId")

        payment_date = datetime.datetime.fromisoformat(d.pop("paymentDate"))

        total_paid = to_decimal(d.pop("totalPaid"))

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

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
        payment_details: list[PostPaymentsBodyPaymentDetailsType0Item] | None | Unset
        if _payment_details_value is None or isinstance(_payment_details_value, Unset):
            payment_details = _payment_details_value
        else:
            if not isinstance(_payment_details_value, list):
                raise TypeError()
            payment_details_type_0 = []
            _payment_details_type_0 = _payment_details_value
            for payment_details_type_0_item_data in _payment_details_type_0:
                payment_details_type_0_item = PostPaymentsBodyPaymentDetailsType0Item.from_dict(
                    payment_details_type_0_item_data
                )

                payment_details_type_0.append(payment_details_type_0_item)

            payment_details = payment_details_type_0

        _redemption_value = d.pop("redemption", UNSET)
        redemption: None | PostPaymentsBodyRedemptionType0 | Unset
        if _redemption_value is None or isinstance(_redemption_value, Unset):
            redemption = _redemption_value
        else:
            if not isinstance(_redemption_value, dict):
                raise TypeError()
            redemption_type_0 = PostPaymentsBodyRedemptionType0.from_dict(_redemption_value)

            redemption = redemption_type_0

        _extra_value = d.pop("extra", UNSET)
        extra: None | PostPaymentsBodyExtraType0 | Unset
        if _extra_value is None or isinstance(_extra_value, Unset):
            extra = _extra_value
        else:
            if not isinstance(_extra_value, dict):
                raise TypeError()
            extra_type_0 = PostPaymentsBodyExtraType0.from_dict(_extra_value)

            extra = extra_type_0

        _merchant_value = d.pop("merchant", UNSET)
        merchant: None | PostPaymentsBodyMerchantType0 | Unset
        if _merchant_value is None or isinstance(_merchant_value, Unset):
            merchant = _merchant_value
        else:
            if not isinstance(_merchant_value, dict):
                raise TypeError()
            merchant_type_0 = PostPaymentsBodyMerchantType0.from_dict(_merchant_value)

            merchant = merchant_type_0

        guest: bool | None | Unset = d.pop("guest", UNSET)

        _channel_value = d.pop("channel", UNSET)
        channel: None | PostPaymentsBodyChannelType0 | Unset
        if _channel_value is None or isinstance(_channel_value, Unset):
            channel = _channel_value
        else:
            if not isinstance(_channel_value, str):
                raise TypeError()
            channel_type_0 = PostPaymentsBodyChannelType0(_channel_value)

            channel = channel_type_0

        _cashback_configurations_value = d.pop("cashbackConfigurations", UNSET)
        cashback_configurations: None | PostPaymentsBodyCashbackConfigurationsType0 | Unset
        if _cashback_configurations_value is None or isinstance(_cashback_configurations_value, Unset):
            cashback_configurations = _cashback_configurations_value
        else:
            if not isinstance(_cashback_configurations_value, dict):
                raise TypeError()
            cashback_configurations_type_0 = PostPaymentsBodyCashbackConfigurationsType0.from_dict(
                _cashback_configurations_value
            )

            cashback_configurations = cashback_configurations_type_0

        post_payments_body = cls(
            customer_id=customer_id,
            payment_id=payment_id,
            payment_date=payment_date,
            total_paid=total_paid,
            email=email,
            mobile=mobile,
            total_amount=total_amount,
            total_discount=total_discount,
            total_processing_fees=total_processing_fees,
            total_tax=total_tax,
            payment_details=payment_details,
            redemption=redemption,
            extra=extra,
            merchant=merchant,
            guest=guest,
            channel=channel,
            cashback_configurations=cashback_configurations,
        )

        post_payments_body.additional_properties = d
        return post_payments_body

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


from ..models.post_payments_body_cashback_configurations_type_0 import PostPaymentsBodyCashbackConfigurationsType0
from ..models.post_payments_body_extra_type_0 import PostPaymentsBodyExtraType0
from ..models.post_payments_body_merchant_type_0 import PostPaymentsBodyMerchantType0
from ..models.post_payments_body_payment_details_type_0_item import PostPaymentsBodyPaymentDetailsType0Item
from ..models.post_payments_body_redemption_type_0 import PostPaymentsBodyRedemptionType0
