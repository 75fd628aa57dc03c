from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="UpsertCustomerResponse")


@_attrs_define
class UpsertCustomerResponse:
    gameball_id: Decimal | None = None
    """ The customer's unique ID within the Gameball system. This ID is used to store the customer in our database
    and is different from the customerId used in the dashboard. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("gameball_id",),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        gameball_id: Decimal | None
        gameball_id = self.gameball_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "gameballId": gameball_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _gameball_id_value = d.pop("gameballId", None)
        gameball_id: Decimal | None
        if _gameball_id_value is None or isinstance(_gameball_id_value, Unset):
            gameball_id = _gameball_id_value
        else:
            if not (
                isinstance(_gameball_id_value, (int, float, Decimal, str)) and not isinstance(_gameball_id_value, bool)
            ):
                raise TypeError()
            gameball_id_type_0 = to_decimal(_gameball_id_value)

            gameball_id = gameball_id_type_0

        upsert_customer_response = cls(
            gameball_id=gameball_id,
        )

        upsert_customer_response.additional_properties = d
        return upsert_customer_response

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
