from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostTransactionsCashbackResponse200")


@_attrs_define
class PostTransactionsCashbackResponse200:
    customer_id: None | str = None
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email, or anything that uniquely identifies the customer. """
    gameball_transaction_id: Decimal | None = None
    """ Unique identifier for the transaction in the Gameball system. """
    reward_amount: Decimal | None = None
    """ The monetary value equivalent of the points rewarded to the customer for the transaction. Example: If the
    customer earns 50 points for their purchase and each point is worth $0.10, the rewardAmount will be $5. """
    reward_equivalent_points: Decimal | None = None
    """ The number of points rewarded to the customer for the transaction. Example: If the customer earns 50 points
    for their purchase, the rewardEquivalentPoints will be 50. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "gameball_transaction_id",
                "reward_amount",
                "reward_equivalent_points",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        gameball_transaction_id: Decimal | None
        gameball_transaction_id = self.gameball_transaction_id

        reward_amount: Decimal | None
        reward_amount = self.reward_amount

        reward_equivalent_points: Decimal | None
        reward_equivalent_points = self.reward_equivalent_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "gameballTransactionId": gameball_transaction_id,
                "rewardAmount": reward_amount,
                "rewardEquivalentPoints": reward_equivalent_points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

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

        _reward_amount_value = d.pop("rewardAmount", None)
        reward_amount: Decimal | None
        if _reward_amount_value is None or isinstance(_reward_amount_value, Unset):
            reward_amount = _reward_amount_value
        else:
            if not (
                isinstance(_reward_amount_value, (int, float, Decimal, str))
                and not isinstance(_reward_amount_value, bool)
            ):
                raise TypeError()
            reward_amount_type_0 = to_decimal(_reward_amount_value)

            reward_amount = reward_amount_type_0

        _reward_equivalent_points_value = d.pop("rewardEquivalentPoints", None)
        reward_equivalent_points: Decimal | None
        if _reward_equivalent_points_value is None or isinstance(_reward_equivalent_points_value, Unset):
            reward_equivalent_points = _reward_equivalent_points_value
        else:
            if not (
                isinstance(_reward_equivalent_points_value, (int, float, Decimal, str))
                and not isinstance(_reward_equivalent_points_value, bool)
            ):
                raise TypeError()
            reward_equivalent_points_type_0 = to_decimal(_reward_equivalent_points_value)

            reward_equivalent_points = reward_equivalent_points_type_0

        post_transactions_cashback_response_200 = cls(
            customer_id=customer_id,
            gameball_transaction_id=gameball_transaction_id,
            reward_amount=reward_amount,
            reward_equivalent_points=reward_equivalent_points,
        )

        post_transactions_cashback_response_200.additional_properties = d
        return post_transactions_cashback_response_200

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
