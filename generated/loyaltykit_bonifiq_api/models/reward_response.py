from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="RewardResponse")


@_attrs_define
class RewardResponse:
    """A reward already redeemed."""

    id: int | None = None
    """ Unique ID for this redeem """
    customer: CustomerResponse | None = None
    """ Customer that redeemed this reward """
    external_code: None | str = None
    """ Unique external code for this redeem. Could be used for integrating with third-party systems """
    cash_value: Decimal | None = None
    """ If it is a Cashback or Value rewards represents the amount in cash (R$) given for the customer """
    is_canceled: bool | None = None
    """ If true means this reward was cancelled and the points was given back to the customer """
    redeem_date: datetime.datetime | None = None
    """ Date the reward was redeemed """
    points: None | RewardPointResponse = None
    """ Points record regenerated upon redeeming process """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "customer",
                "external_code",
                "cash_value",
                "is_canceled",
                "redeem_date",
                "points",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        customer: dict[str, Any] | None
        if isinstance(self.customer, CustomerResponse):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        external_code: None | str
        external_code = self.external_code

        cash_value: Decimal | None
        cash_value = self.cash_value

        is_canceled: bool | None
        is_canceled = self.is_canceled

        redeem_date: None | str
        if isinstance(self.redeem_date, datetime.datetime):
            redeem_date = self.redeem_date.isoformat()
        else:
            redeem_date = self.redeem_date

        points: dict[str, Any] | None
        if isinstance(self.points, RewardPointResponse):
            points = self.points.to_dict()
        else:
            points = self.points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Customer": customer,
                "ExternalCode": external_code,
                "CashValue": cash_value,
                "IsCanceled": is_canceled,
                "RedeemDate": redeem_date,
                "Points": points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        _customer_value = d.pop("Customer", None)
        customer: CustomerResponse | None
        if _customer_value is None or isinstance(_customer_value, Unset):
            customer = _customer_value
        else:
            if not isinstance(_customer_value, dict):
                raise TypeError()
            customer_type_0 = CustomerResponse.from_dict(_customer_value)

            customer = customer_type_0

        external_code: None | str = d.pop("ExternalCode", None)

        _cash_value_value = d.pop("CashValue", None)
        cash_value: Decimal | None
        if _cash_value_value is None or isinstance(_cash_value_value, Unset):
            cash_value = _cash_value_value
        else:
            if not (
                isinstance(_cash_value_value, (int, float, Decimal, str)) and not isinstance(_cash_value_value, bool)
            ):
                raise TypeError()
            cash_value_type_0 = to_decimal(_cash_value_value)

            cash_value = cash_value_type_0

        is_canceled: bool | None = d.pop("IsCanceled", None)

        _redeem_date_value = d.pop("RedeemDate", None)
        redeem_date: datetime.datetime | None
        if _redeem_date_value is None or isinstance(_redeem_date_value, Unset):
            redeem_date = _redeem_date_value
        else:
            if not isinstance(_redeem_date_value, str):
                raise TypeError()
            redeem_date_type_0 = datetime.datetime.fromisoformat(_redeem_date_value)

            redeem_date = redeem_date_type_0

        _points_value = d.pop("Points", None)
        points: None | RewardPointResponse
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
