from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CalculatePaymentCashbackResponse200")


@_attrs_define
class CalculatePaymentCashbackResponse200:
    total_points: Decimal | None = None
    """ Total points expected to be earned from the entire payment. """
    total_score: Decimal | None = None
    """ Total score expected to be earned from the entire payment. """
    payment_details: list[CalculatePaymentCashbackResponse200PaymentDetailsType0Item] | None = None
    """ An array of individual payment services and their cashback calculation details. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "total_points",
                "total_score",
                "payment_details",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        total_points: Decimal | None
        total_points = self.total_points

        total_score: Decimal | None
        total_score = self.total_score

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
                "totalPoints": total_points,
                "totalScore": total_score,
                "paymentDetails": payment_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _total_points_value = d.pop("totalPoints", None)
        total_points: Decimal | None
        if _total_points_value is None or isinstance(_total_points_value, Unset):
            total_points = _total_points_value
        else:
            if not (
                isinstance(_total_points_value, (int, float, Decimal, str))
                and not isinstance(_total_points_value, bool)
            ):
                raise TypeError()
            total_points_type_0 = to_decimal(_total_points_value)

            total_points = total_points_type_0

        _total_score_value = d.pop("totalScore", None)
        total_score: Decimal | None
        if _total_score_value is None or isinstance(_total_score_value, Unset):
            total_score = _total_score_value
        else:
            if not (
                isinstance(_total_score_value, (int, float, Decimal, str)) and not isinstance(_total_score_value, bool)
            ):
                raise TypeError()
            total_score_type_0 = to_decimal(_total_score_value)

            total_score = total_score_type_0

        _payment_details_value = d.pop("paymentDetails", None)
        payment_details: list[CalculatePaymentCashbackResponse200PaymentDetailsType0Item] | None
        if _payment_details_value is None or isinstance(_payment_details_value, Unset):
            payment_details = _payment_details_value
        else:
            if not isinstance(_payment_details_value, list):
                raise TypeError()
            payment_details_type_0 = []
            _payment_details_type_0 = _payment_details_value
            for payment_details_type_0_item_data in _payment_details_type_0:
                payment_details_type_0_item = CalculatePaymentCashbackResponse200PaymentDetailsType0Item.from_dict(
                    payment_details_type_0_item_data
                )

                payment_details_type_0.append(payment_details_type_0_item)

            payment_details = payment_details_type_0

        calculate_payment_cashback_response_200 = cls(
            total_points=total_points,
            total_score=total_score,
            payment_details=payment_details,
        )

        calculate_payment_cashback_response_200.additional_properties = d
        return calculate_payment_cashback_response_200

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


from ..models.calculate_payment_cashback_response_200_payment_details_type_0_item import (
    CalculatePaymentCashbackResponse200PaymentDetailsType0Item,
)
