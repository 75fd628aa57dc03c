from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerChallengeValidateResponse")


@_attrs_define
class CustomerChallengeValidateResponse:
    """Challenge validation result (returned WITHOUT envelope)."""

    transaction_id: None | str | Unset = UNSET
    """ Same Transaction ID as informed in the request """
    success: bool | None | Unset = UNSET
    """ If true, the challenge was successful and the purchase flow can continue """
    friendly_error_message: None | str | Unset = UNSET
    """ If Success=false this field will show information regarding the problem """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        success: bool | None | Unset
        if isinstance(self.success, Unset):
            success = UNSET
        else:
            success = self.success

        friendly_error_message: None | str | Unset
        if isinstance(self.friendly_error_message, Unset):
            friendly_error_message = UNSET
        else:
            friendly_error_message = self.friendly_error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["TransactionId"] = transaction_id
        if success is not UNSET:
            field_dict["Success"] = success
        if friendly_error_message is not UNSET:
            field_dict["FriendlyErrorMessage"] = friendly_error_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id: None | str | Unset = d.pop("TransactionId", UNSET)

        success: bool | None | Unset = d.pop("Success", UNSET)

        friendly_error_message: None | str | Unset = d.pop("FriendlyErrorMessage", UNSET)

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
