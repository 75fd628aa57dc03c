from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="RewardResponse")


@_attrs_define
class RewardResponse:
    """A reward already redeemed."""

    id: int | None | Unset = UNSET
    """ Unique ID for this redeem """
    customer: CustomerResponse | None | Unset = UNSET
    """ Customer that redeemed this reward """
    external_code: None | str | Unset = UNSET
    """ Unique external code for this redeem. Could be used for integrating with third-party systems """
    cash_value: Decimal | None | Unset = UNSET
    """ If it is a Cashback or Value rewards represents the amount in cash (R$) given for the customer """
    is_canceled: bool | None | Unset = UNSET
    """ If true means this reward was cancelled and the points was given back to the customer """
    redeem_date: datetime.datetime | None | Unset = UNSET
    """ Date the reward was redeemed """
    points: None | RewardPointResponse | Unset = UNSET
    """ Points record regenerated upon redeeming process """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, CustomerResponse):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        external_code: None | str | Unset
        if isinstance(self.external_code, Unset):
            external_code = UNSET
        else:
            external_code = self.external_code

        cash_value: Decimal | None | Unset
        if isinstance(self.cash_value, Unset):
            cash_value = UNSET
        else:
            cash_value = self.cash_value

        is_canceled: bool | None | Unset
        if isinstance(self.is_canceled, Unset):
            is_canceled = UNSET
        else:
            is_canceled = self.is_canceled

        redeem_date: None | str | Unset
        if isinstance(self.redeem_date, Unset):
            redeem_date = UNSET
        elif isinstance(self.redeem_date, datetime.datetime):
            redeem_date = self.redeem_date.isoformat()
        else:
            redeem_date = self.redeem_date

        points: dict[str, Any] | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        elif isinstance(self.points, RewardPointResponse):
            points = self.points.to_dict()
        else:
            points = self.points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if customer is not UNSET:
            field_dict["Customer"] = customer
        if external_code is not UNSET:
            field_dict["ExternalCode"] = external_code
        if cash_value is not UNSET:
            field_dict["CashValue"] = cash_value
        if is_canceled is not UNSET:
            field_dict["IsCanceled"] = is_canceled
        if redeem_date is not UNSET:
            field_dict["RedeemDate"] = redeem_date
        if points is not UNSET:
            field_dict["Points"] = points

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        def _parse_customer(data: object) -> CustomerResponse | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            customer_type_0 = CustomerResponse.from_dict(data)

            return customer_type_0

        customer = _parse_customer(d.pop("Customer", UNSET))

        external_code: None | str | Unset = d.pop("ExternalCode", UNSET)

        def _parse_cash_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            cash_value_type_0 = to_decimal(data)

            return cash_value_type_0

        cash_value = _parse_cash_value(d.pop("CashValue", UNSET))

        is_canceled: bool | None | Unset = d.pop("IsCanceled", UNSET)

        def _parse_redeem_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            redeem_date_type_0 = datetime.datetime.fromisoformat(data)

            return redeem_date_type_0

        redeem_date = _parse_redeem_date(d.pop("RedeemDate", UNSET))

        def _parse_points(data: object) -> None | RewardPointResponse | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            points_type_0 = RewardPointResponse.from_dict(data)

            return points_type_0

        points = _parse_points(d.pop("Points", UNSET))

        reward_response = cls(
            id=id,
            customer=customer,
            external_code=external_code,
            cash_value=cash_value,
            is_canceled=is_canceled,
            redeem_date=redeem_date,
            points=points,
        )

        reward_response.additional_properties = d
        return reward_response

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


from ..models.customer_response import CustomerResponse
from ..models.reward_point_response import RewardPointResponse
