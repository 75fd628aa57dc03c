from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CustomerChallengeValidateRequest")


@_attrs_define
class CustomerChallengeValidateRequest:
    transaction_id: None | str | Unset = UNSET
    """ Same ID used in the Challenge call """
    code: None | str | Unset = UNSET
    """ The PIN Code informed by the customer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "transaction_id",
                "code",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["TransactionId"] = transaction_id
        if code is not UNSET:
            field_dict["Code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id: None | str | Unset = d.pop("TransactionId", UNSET)

        code: None | str | Unset = d.pop("Code", UNSET)

        customer_challenge_validate_request = cls(
            transaction_id=transaction_id,
            code=code,
        )

        customer_challenge_validate_request.additional_properties = d
        return customer_challenge_validate_request

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
