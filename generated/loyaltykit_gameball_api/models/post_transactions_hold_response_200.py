from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsHoldResponse200")


@_attrs_define
class PostTransactionsHoldResponse200:
    customer_id: None | str = None
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    hold_amount: Decimal | None = None
    """ The monetary value that has been held from the customer's points balance. This value represents the amount
    reserved based on the customer's available points. """
    hold_equivalent_points: Decimal | None = None
    """ The number of points that have been held from the customer's points balance. These points are reserved for
    future use or specific transactions. """
    hold_reference: None | str = None
    """ A unique identifier for the hold transaction. This reference is used to track and manage the held points for
    future actions, such as redeeming the held points or canceling the hold. This hold reference can also be used in
    Order API to redeem the held points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "hold_amount",
                "hold_equivalent_points",
                "hold_reference",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        hold_amount: Decimal | None
        hold_amount = self.hold_amount

        hold_equivalent_points: Decimal | None
        hold_equivalent_points = self.hold_equivalent_points

        hold_reference: None | str
        hold_reference = self.hold_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "holdAmount": hold_amount,
                "holdEquivalentPoints": hold_equivalent_points,
                "holdReference": hold_reference,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        _hold_amount_value = d.pop("holdAmount", None)
        hold_amount: Decimal | None
        if _hold_amount_value is None or isinstance(_hold_amount_value, Unset):
            hold_amount = _hold_amount_value
        else:
            if not (
                isinstance(_hold_amount_value, (int, float, Decimal, str)) and not isinstance(_hold_amount_value, bool)
            ):
                raise TypeError()
            hold_amount_type_0 = to_decimal(_hold_amount_value)

            hold_amount = hold_amount_type_0

        _hold_equivalent_points_value = d.pop("holdEquivalentPoints", None)
        hold_equivalent_points: Decimal | None
        if _hold_equivalent_points_value is None or isinstance(_hold_equivalent_points_value, Unset):
            hold_equivalent_points = _hold_equivalent_points_value
        else:
            if not (
                isinstance(_hold_equivalent_points_value, (int, float, Decimal, str))
                and not isinstance(_hold_equivalent_points_value, bool)
            ):
                raise TypeError()
            hold_equivalent_points_type_0 = to_decimal(_hold_equivalent_points_value)

            hold_equivalent_points = hold_equivalent_points_type_0

        hold_reference: None | str = d.pop("holdReference", None)

        post_transactions_hold_response_200 = cls(
            customer_id=customer_id,
            hold_amount=hold_amount,
            hold_equivalent_points=hold_equivalent_points,
            hold_reference=hold_reference,
        )

        post_transactions_hold_response_200.additional_properties = d
        return post_transactions_hold_response_200

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
