from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerBalanceResponse")


@_attrs_define
class CustomerBalanceResponse:
    total_points_balance: Decimal | None = None
    """ The total number of points the customer has, including pending points. """
    total_points_value: Decimal | None = None
    """ The total monetary value of the customer's points, including pending points. """
    available_points_balance: Decimal | None = None
    """ The number of points that are currently active and available for use (excludes pending points). """
    available_points_value: Decimal | None = None
    """ The monetary value of the points that are currently active and available for use (excludes pending points).
    """
    pending_points: Decimal | None = None
    """ The points earned by the customer that are temporarily on hold during the return window configured for your
    account. These points will remain in a pending status until the return period expires, ensuring that the points
    are not used or redeemed until it is confirmed that the transaction is final and not subject to returns or
    cancellations. Example: If a customer places an order and earns 100 points, and your account is configured with
    a 14-day return window, these 100 points will remain pending for 14 days. During this time, the customer cannot
    use or redeem the points. After the 14-day window expires and the order is confirmed as final, the 100 points
    will become available for the customer to use. """
    pending_points_value: Decimal | None = None
    """ The monetary value of the pending points. """
    currency: None | str = None
    """ The currency in which the points value is calculated. """
    points_name: None | str = None
    """ The name of the points used in your loyalty program that appears to customers. This is the term your
    customers will see when they earn or redeem points. Example: If your loyalty program rewards customers with
    "Stars" instead of generic "Points", the value of pointsName could be "Stars". """
    next_expiring_points_amount: Decimal | None = None
    """ The amount of points that are set to expire next. Points expire when the configured point expiry duration
    has passed, and the points have not been used within that time frame. """
    next_expiring_points_value: Decimal | None = None
    """ The monetary value of the points that are set to expire next. Points expire when the configured point expiry
    duration has passed, and the points have not been used within that time frame. """
    next_expiring_points_date: None | str = None
    """ The date when the next set of points will expire. Points expire when the configured point expiry duration
    has passed, and the points have not been used within that time frame. """
    total_earned_points: Decimal | None = None
    """ The total number of points that the customer has earned over their entire lifetime within the Gameball
    program. This includes all points accumulated from various activities like cashback rewards, referrals, or
    rewards campaigns. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "total_points_balance",
                "total_points_value",
                "available_points_balance",
                "available_points_value",
                "pending_points",
                "pending_points_value",
                "currency",
                "points_name",
                "next_expiring_points_amount",
                "next_expiring_points_value",
                "next_expiring_points_date",
                "total_earned_points",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        total_points_balance: Decimal | None
        total_points_balance = self.total_points_balance

        total_points_value: Decimal | None
        total_points_value = self.total_points_value

        available_points_balance: Decimal | None
        available_points_balance = self.available_points_balance

        available_points_value: Decimal | None
        available_points_value = self.available_points_value

        pending_points: Decimal | None
        pending_points = self.pending_points

        pending_points_value: Decimal | None
        pending_points_value = self.pending_points_value

        currency: None | str
        currency = self.currency

        points_name: None | str
        points_name = self.points_name

        next_expiring_points_amount: Decimal | None
        next_expiring_points_amount = self.next_expiring_points_amount

        next_expiring_points_value: Decimal | None
        next_expiring_points_value = self.next_expiring_points_value

        next_expiring_points_date: None | str
        next_expiring_points_date = self.next_expiring_points_date

        total_earned_points: Decimal | None
        total_earned_points = self.total_earned_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalPointsBalance": total_points_balance,
                "totalPointsValue": total_points_value,
                "availablePointsBalance": available_points_balance,
                "availablePointsValue": available_points_value,
                "pendingPoints": pending_points,
                "pendingPointsValue": pending_points_value,
                "currency": currency,
                "pointsName": points_name,
                "nextExpiringPointsAmount": next_expiring_points_amount,
                "nextExpiringPointsValue": next_expiring_points_value,
                "nextExpiringPointsDate": next_expiring_points_date,
                "totalEarnedPoints": total_earned_points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _total_points_balance_value = d.pop("totalPointsBalance", None)
        total_points_balance: Decimal | None
        if _total_points_balance_value is None or isinstance(_total_points_balance_value, Unset):
            total_points_balance = _total_points_balance_value
        else:
            if not (
                isinstance(_total_points_balance_value, (int, float, Decimal, str))
                and not isinstance(_total_points_balance_value, bool)
            ):
                raise TypeError()
            total_points_balance_type_0 = to_decimal(_total_points_balance_value)

            total_points_balance = total_points_balance_type_0

        _total_points_value_value = d.pop("totalPointsValue", None)
        total_points_value: Decimal | None
        if _total_points_value_value is None or isinstance(_total_points_value_value, Unset):
            total_points_value = _total_points_value_value
        else:
            if not (
                isinstance(_total_points_value_value, (int, float, Decimal, str))
                and not isinstance(_total_points_value_value, bool)
            ):
                raise TypeError()
            total_points_value_type_0 = to_decimal(_total_points_value_value)

            total_points_value = total_points_value_type_0

        _available_points_balance_value = d.pop("availablePointsBalance", None)
        available_points_balance: Decimal | None
        if _available_points_balance_value is None or isinstance(_available_points_balance_value, Unset):
            available_points_balance = _available_points_balance_value
        else:
            if not (
                isinstance(_available_points_balance_value, (int, float, Decimal, str))
                and not isinstance(_available_points_balance_value, bool)
            ):
                raise TypeError()
            available_points_balance_type_0 = to_decimal(_available_points_balance_value)

            available_points_balance = available_points_balance_type_0

        _available_points_value_value = d.pop("availablePointsValue", None)
        available_points_value: Decimal | None
        if _available_points_value_value is None or isinstance(_available_points_value_value, Unset):
            available_points_value = _available_points_value_value
        else:
            if not (
                isinstance(_available_points_value_value, (int, float, Decimal, str))
                and not isinstance(_available_points_value_value, bool)
            ):
                raise TypeError()
            available_points_value_type_0 = to_decimal(_available_points_value_value)

            available_points_value = available_points_value_type_0

        _pending_points_value = d.pop("pendingPoints", None)
        pending_points: Decimal | None
        if _pending_points_value is None or isinstance(_pending_points_value, Unset):
            pending_points = _pending_points_value
        else:
            if not (
                isinstance(_pending_points_value, (int, float, Decimal, str))
                and not isinstance(_pending_points_value, bool)
            ):
                raise TypeError()
            pending_points_type_0 = to_decimal(_pending_points_value)

            pending_points = pending_points_type_0

        _pending_points_value_value = d.pop("pendingPointsValue", None)
        pending_points_value: Decimal | None
        if _pending_points_value_value is None or isinstance(_pending_points_value_value, Unset):
            pending_points_value = _pending_points_value_value
        else:
            if not (
                isinstance(_pending_points_value_value, (int, float, Decimal, str))
                and not isinstance(_pending_points_value_value, bool)
            ):
                raise TypeError()
            pending_points_value_type_0 = to_decimal(_pending_points_value_value)

            pending_points_value = pending_points_value_type_0

        currency: None | str = d.pop("currency", None)

        points_name: None | str = d.pop("pointsName", None)

        _next_expiring_points_amount_value = d.pop("nextExpiringPointsAmount", None)
        next_expiring_points_amount: Decimal | None
        if _next_expiring_points_amount_value is None or isinstance(_next_expiring_points_amount_value, Unset):
            next_expiring_points_amount = _next_expiring_points_amount_value
        else:
            if not (
                isinstance(_next_expiring_points_amount_value, (int, float, Decimal, str))
                and not isinstance(_next_expiring_points_amount_value, bool)
            ):
                raise TypeError()
            next_expiring_points_amount_type_0 = to_decimal(_next_expiring_points_amount_value)

            next_expiring_points_amount = next_expiring_points_amount_type_0

        _next_expiring_points_value_value = d.pop("nextExpiringPointsValue", None)
        next_expiring_points_value: Decimal | None
        if _next_expiring_points_value_value is None or isinstance(_next_expiring_points_value_value, Unset):
            next_expiring_points_value = _next_expiring_points_value_value
        else:
            if not (
                isinstance(_next_expiring_points_value_value, (int, float, Decimal, str))
                and not isinstance(_next_expiring_points_value_value, bool)
            ):
                raise TypeError()
            next_expiring_points_value_type_0 = to_decimal(_next_expiring_points_value_value)

            next_expiring_points_value = next_expiring_points_value_type_0

        next_expiring_points_date: None | str = d.pop("nextExpiringPointsDate", None)

        _total_earned_points_value = d.pop("totalEarnedPoints", None)
        total_earned_points: Decimal | None
        if _total_earned_points_value is None or isinstance(_total_earned_points_value, Unset):
            total_earned_points = _total_earned_points_value
        else:
            if not (
                isinstance(_total_earned_points_value, (int, float, Decimal, str))
                and not isinstance(_total_earned_points_value, bool)
            ):
                raise TypeError()
            total_earned_points_type_0 = to_decimal(_total_earned_points_value)

            total_earned_points = total_earned_points_type_0

        customer_balance_response = cls(
            total_points_balance=total_points_balance,
            total_points_value=total_points_value,
            available_points_balance=available_points_balance,
            available_points_value=available_points_value,
            pending_points=pending_points,
            pending_points_value=pending_points_value,
            currency=currency,
            points_name=points_name,
            next_expiring_points_amount=next_expiring_points_amount,
            next_expiring_points_value=next_expiring_points_value,
            next_expiring_points_date=next_expiring_points_date,
            total_earned_points=total_earned_points,
        )

        customer_balance_response.additional_properties = d
        return customer_balance_response

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
