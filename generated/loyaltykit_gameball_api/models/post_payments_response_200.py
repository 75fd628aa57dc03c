from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostPaymentsResponse200")


@_attrs_define
class PostPaymentsResponse200:
    customer_id: None | str = None
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email or anything that uniquely identifies the customer. """
    redeemed_points: Decimal | None = None
    """ Points redeemed by the customer for this payment, if applicable. Example: If a customer has accumulated 500
    points and decides to redeem 100 points for a discount on their current payment, the redeemedPoints value for
    that transaction will be 100. This helps track how many points were used in the transaction and what benefits
    were applied to the payment based on the customer's redeemed points. """
    rewarded_points: Decimal | None = None
    """ The total number of points rewarded to the customer for making this payment. These points are typically
    awarded based on your configured cashback rewards. Example: If the store rewards 10 points for every $1 spent,
    and a customer completes a payment worth $50, the rewardedPoints for this order would be 500 points. """
    payment_details: list[PostPaymentsResponse200PaymentDetailsType0Item] | None = None
    """ Details about each service in the payment, including points rewarded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "redeemed_points",
                "rewarded_points",
                "payment_details",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        redeemed_points: Decimal | None
        redeemed_points = self.redeemed_points

        rewarded_points: Decimal | None
        rewarded_points = self.rewarded_points

        payment_details: list[dict[str, Any]] | None
        if isinstance(self.payment_details, list):
            payment_details = []
            for payment_details_type_0_item_data in self.payment_details:
                payment_details_type_0_item = payment_details_type_0_item_data.to_dict()
                payment_details.append(payment_details_type_0_item)

        else:
            payment_details = self.payment_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "redeemedPoints": redeemed_points,
                "rewardedPoints": rewarded_points,
                "paymentDetails": payment_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        _redeemed_points_value = d.pop("redeemedPoints", None)
        redeemed_points: Decimal | None
        if _redeemed_points_value is None or isinstance(_redeemed_points_value, Unset):
            redeemed_points = _redeemed_points_value
        else:
            if not (
                isinstance(_redeemed_points_value, (int, float, Decimal, str))
                and not isinstance(_redeemed_points_value, bool)
            ):
                raise TypeError()
            redeemed_points_type_0 = to_decimal(_redeemed_points_value)

            redeemed_points = redeemed_points_type_0

        _rewarded_points_value = d.pop("rewardedPoints", None)
        rewarded_points: Decimal | None
        if _rewarded_points_value is None or isinstance(_rewarded_points_value, Unset):
            rewarded_points = _rewarded_points_value
        else:
            if not (
                isinstance(_rewarded_points_value, (int, float, Decimal, str))
                and not isinstance(_rewarded_points_value, bool)
            ):
                raise TypeError()
            rewarded_points_type_0 = to_decimal(_rewarded_points_value)

            rewarded_points = rewarded_points_type_0

        _payment_details_value = d.pop("paymentDetails", None)
        payment_details: list[PostPaymentsResponse200PaymentDetailsType0Item] | None
        if _payment_details_value is None or isinstance(_payment_details_value, Unset):
            payment_details = _payment_details_value
        else:
            if not isinstance(_payment_details_value, list):
                raise TypeError()
            payment_details_type_0 = []
            _payment_details_type_0 = _payment_details_value
            for payment_details_type_0_item_data in _payment_details_type_0:
                payment_details_type_0_item = PostPaymentsResponse200PaymentDetailsType0Item.from_dict(
                    payment_details_type_0_item_data
                )

                payment_details_type_0.append(payment_details_type_0_item)

            payment_details = payment_details_type_0

        post_payments_response_200 = cls(
            customer_id=customer_id,
            redeemed_points=redeemed_points,
            rewarded_points=rewarded_points,
            payment_details=payment_details,
        )

        post_payments_response_200.additional_properties = d
        return post_payments_response_200

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


from ..models.post_payments_response_200_payment_details_type_0_item import (
    PostPaymentsResponse200PaymentDetailsType0Item,
)
