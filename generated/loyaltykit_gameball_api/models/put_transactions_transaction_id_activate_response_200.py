from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PutTransactionsTransactionIdActivateResponse200")


@_attrs_define
class PutTransactionsTransactionIdActivateResponse200:
    points_activated: Decimal | None = None
    """ Number of points that has been successfully activated by the transaction """
    gameball_transaction_id: Decimal | None = None
    """ The unique identifier for the transaction within Gameball. """
    client_transaction_id: None | str = None
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "points_activated",
                "gameball_transaction_id",
                "client_transaction_id",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        points_activated: Decimal | None
        points_activated = self.points_activated

        gameball_transaction_id: Decimal | None
        gameball_transaction_id = self.gameball_transaction_id

        client_transaction_id: None | str
        client_transaction_id = self.client_transaction_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pointsActivated": points_activated,
                "gameballTransactionId": gameball_transaction_id,
                "clientTransactionId": client_transaction_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _points_activated_value = d.pop("pointsActivated", None)
        points_activated: Decimal | None
        if _points_activated_value is None or isinstance(_points_activated_value, Unset):
            points_activated = _points_activated_value
        else:
            if not (
                isinstance(_points_activated_value, (int, float, Decimal, str))
                and not isinstance(_points_activated_value, bool)
            ):
                raise TypeError()
            points_activated_type_0 = to_decimal(_points_activated_value)

            points_activated = points_activated_type_0

        _gameball_transaction_id_value = d.pop("gameballTransactionId", None)
        gameball_transaction_id: Decimal | None
        if _gameball_transaction_id_value is None or isinstance(_gameball_transaction_id_value, Unset):
            gameball_transaction_id = _gameball_transaction_id_value
        else:
            if not (
                isinstance(_gameball_transaction_id_value, (int, float, Decimal, str))
                and not isinstance(_gameball_transaction_id_value, bool)
            ):
                raise TypeError()
            gameball_transaction_id_type_0 = to_decimal(_gameball_transaction_id_value)

            gameball_transaction_id = gameball_transaction_id_type_0

        client_transaction_id: None | str = d.pop("clientTransactionId", None)

        put_transactions_transaction_id_activate_response_200 = cls(
            points_activated=points_activated,
            gameball_transaction_id=gameball_transaction_id,
            client_transaction_id=client_transaction_id,
        )

        put_transactions_transaction_id_activate_response_200.additional_properties = d
        return put_transactions_transaction_id_activate_response_200

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
