from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerDetails")


@_attrs_define
class CustomerDetails:
    customer: Customer | None = None
    tier: None | str = None
    points_balance: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer",
                "tier",
                "points_balance",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | None
        if isinstance(self.customer, Customer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        tier: None | str
        tier = self.tier

        points_balance: Decimal | None
        points_balance = self.points_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customer": customer,
                "tier": tier,
                "pointsBalance": points_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _customer_value = d.pop("customer", None)
        customer: Customer | None
        if _customer_value is None or isinstance(_customer_value, Unset):
            customer = _customer_value
        else:
            if not isinstance(_customer_value, dict):
                raise TypeError()
            customer_type_0 = Customer.from_dict(_customer_value)

            customer = customer_type_0

        tier: None | str = d.pop("tier", None)

        _points_balance_value = d.pop("pointsBalance", None)
        points_balance: Decimal | None
        if _points_balance_value is None or isinstance(_points_balance_value, Unset):
            points_balance = _points_balance_value
        else:
            if not (
                isinstance(_points_balance_value, (int, float, Decimal, str))
                and not isinstance(_points_balance_value, bool)
            ):
                raise TypeError()
            points_balance_type_0 = to_decimal(_points_balance_value)

            points_balance = points_balance_type_0

        customer_details = cls(
            customer=customer,
            tier=tier,
            points_balance=points_balance,
        )

        customer_details.additional_properties = d
        return customer_details

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


from ..models.customer import Customer
