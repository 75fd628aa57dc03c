from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetTransactionsHoldHoldReferenceIdResponse200")


@_attrs_define
class GetTransactionsHoldHoldReferenceIdResponse200:
    customer_id: None | str = None
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    hold_amount: Decimal | None = None
    """ The monetary value held from the customer's points balance in this specific hold transaction. This is the
    amount that has been reserved and is associated with the holdReference provided. Example: If a customer has
    reserved $50 worth of points, the holdAmount in the response would be 50, representing the monetary value
    currently held under the specified hold reference. """
    hold_equivalent_points: Decimal | None = None
    """ The number of points held from the customer's points balance for this specific hold transaction. This
    represents the exact quantity of points currently locked under the holdReference provided. Example: If the
    system has held 200 points from the customer's balance, the holdEquivalentPoints in the response would be 200,
    indicating the points associated with the provided hold reference that are currently unavailable for redemption
    until further action is taken (e.g., redemption or expiration). """
    state: None | str = None
    """ The current status of the hold: Active (The hold is currently in effect and the points or amount are
    locked), Expired (The hold has expired and the points or amount have been released), Used (The hold has been
    used, meaning the points or amount have been redeemed). """
    date_to_expire: datetime.datetime | None = None
    """ The date and time when the hold will expire. After this time, the hold reference will no longer be valid for
    usage. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "hold_amount",
                "hold_equivalent_points",
                "state",
                "date_to_expire",
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

        state: None | str
        state = self.state

        date_to_expire: None | str
        if isinstance(self.date_to_expire, datetime.datetime):
            date_to_expire = self.date_to_expire.isoformat()
        else:
            date_to_expire = self.date_to_expire

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "holdAmount": hold_amount,
                "holdEquivalentPoints": hold_equivalent_points,
                "state": state,
                "dateToExpire": date_to_expire,
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

        state: None | str = d.pop("state", None)

        _date_to_expire_value = d.pop("dateToExpire", None)
        date_to_expire: datetime.datetime | None
        if _date_to_expire_value is None or isinstance(_date_to_expire_value, Unset):
            date_to_expire = _date_to_expire_value
        else:
            if not isinstance(_date_to_expire_value, str):
                raise TypeError()
            date_to_expire_type_0 = datetime.datetime.fromisoformat(_date_to_expire_value)

            date_to_expire = date_to_expire_type_0

        get_transactions_hold_hold_reference_id_response_200 = cls(
            customer_id=customer_id,
            hold_amount=hold_amount,
            hold_equivalent_points=hold_equivalent_points,
            state=state,
            date_to_expire=date_to_expire,
        )

        get_transactions_hold_hold_reference_id_response_200.additional_properties = d
        return get_transactions_hold_hold_reference_id_response_200

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
