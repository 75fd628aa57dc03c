from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CustomerChallengeValidateResponse")


@_attrs_define
class CustomerChallengeValidateResponse:
    """Challenge validation result (returned WITHOUT envelope)."""

    transaction_id: None | str = None
    """ Same Transaction ID as informed in the request """
    success: bool | None = None
    """ If true, the challenge was successful and the purchase flow can continue """
    friendly_error_message: None | str = None
    """ If Success=false this field will show information regarding the problem """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "transaction_id",
                "success",
                "friendly_error_message",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        transaction_id: None | str
        transaction_id = self.transaction_id

        success: bool | None
        success = self.success

        friendly_error_message: None | str
        friendly_error_message = self.friendly_error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "TransactionId": transaction_id,
                "Success": success,
                "FriendlyErrorMessage": friendly_error_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id: None | str = d.pop("TransactionId", None)

        success: bool | None = d.pop("Success", None)

        friendly_error_message: None | str = d.pop("FriendlyErrorMessage", None)

        customer_challenge_validate_response = cls(
            transaction_id=transaction_id,
            success=success,
            friendly_error_message=friendly_error_message,
        )

        customer_challenge_validate_response.additional_properties = d
        return customer_challenge_validate_response

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
