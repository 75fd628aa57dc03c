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

        _customer_value = d.pop("Customer", UNSET)
        customer: CustomerResponse | None | Unset
        if _customer_value is None or isinstance(_customer_value, Unset):
            customer = _customer_value
        else:
            if not isinstance(_customer_value, dict):
                raise TypeError()
            customer_type_0 = CustomerResponse.from_dict(_customer_value)

            customer = customer_type_0

        external_code: None | str | Unset = d.pop("ExternalCode", UNSET)

        _cash_value_value = d.pop("CashValue", UNSET)
        cash_value: Decimal | None | Unset
        if _cash_value_value is None or isinstance(_cash_value_value, Unset):
            cash_value = _cash_value_value
        else:
            if not (
                isinstance(_cash_value_value, (int, float, Decimal, str)) and not isinstance(_cash_value_value, bool)
            ):
                raise TypeError()
            cash_value_type_0 = to_decimal(_cash_value_value)

            cash_value = cash_value_type_0

        is_canceled: bool | None | Unset = d.pop("IsCanceled", UNSET)

        _redeem_date_value = d.pop("RedeemDate", UNSET)
        redeem_date: datetime.datetime | None | Unset
        if _redeem_date_value is None or isinstance(_redeem_date_value, Unset):
            redeem_date = _redeem_date_value
        else:
            if not isinstance(_redeem_date_value, str):
                raise TypeError()
            redeem_date_type_0 = datetime.datetime.fromisoformat(_redeem_date_value)

            redeem_date = redeem_date_type_0

        _points_value = d.pop("Points", UNSET)
        points: None | RewardPointResponse | Unset
        if _points_value is None or isinstance(_points_value, Unset):
            points = _points_value
        else:
            if not isinstance(_points_value, dict):
                raise TypeError()
            points_type_0 = RewardPointResponse.from_dict(_points_value)

            points = points_type_0

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
