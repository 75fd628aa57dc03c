from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerChallengeResponse")


@_attrs_define
class CustomerChallengeResponse:
    """Challenge result (returned WITHOUT envelope)."""

    success: bool | None | Unset = UNSET
    """ If true, the challenge was successfuly sent """
    friendly_error_message: None | str | Unset = UNSET
    """ If Success=false them this field will display some helpful message """
    should_inform_phone: bool | None | Unset = UNSET
    """ Is Success=False and this field is true them the customer Phone must be informed in a new request call """
    should_inform_email: bool | None | Unset = UNSET
    """ Is Success=False and this field is true them the customer Email must be informed in a new request call """
    sent_by_sms: bool | None | Unset = UNSET
    """ If true, the challenge PIN was sent by SMS """
    sent_by_email: bool | None | Unset = UNSET
    """ If true, the challenge PIN was sent by Email """
    transaction_id: None | str | Unset = UNSET
    """ Same Transaction ID as informed in the request """
    error_message: None | str | Unset = UNSET
    """ If Success=false this field will show information regarding the problem """
    code: None | str | Unset = UNSET
    """ The code sent to the customer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        should_inform_phone: bool | None | Unset
        if isinstance(self.should_inform_phone, Unset):
            should_inform_phone = UNSET
        else:
            should_inform_phone = self.should_inform_phone

        should_inform_email: bool | None | Unset
        if isinstance(self.should_inform_email, Unset):
            should_inform_email = UNSET
        else:
            should_inform_email = self.should_inform_email

        sent_by_sms: bool | None | Unset
        if isinstance(self.sent_by_sms, Unset):
            sent_by_sms = UNSET
        else:
            sent_by_sms = self.sent_by_sms

        sent_by_email: bool | None | Unset
        if isinstance(self.sent_by_email, Unset):
            sent_by_email = UNSET
        else:
            sent_by_email = self.sent_by_email

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["Success"] = success
        if friendly_error_message is not UNSET:
            field_dict["FriendlyErrorMessage"] = friendly_error_message
        if should_inform_phone is not UNSET:
            field_dict["ShouldInformPhone"] = should_inform_phone
        if should_inform_email is not UNSET:
            field_dict["ShouldInformEmail"] = should_inform_email
        if sent_by_sms is not UNSET:
            field_dict["SentBySMS"] = sent_by_sms
        if sent_by_email is not UNSET:
            field_dict["SentByEmail"] = sent_by_email
        if transaction_id is not UNSET:
            field_dict["TransactionId"] = transaction_id
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message
        if code is not UNSET:
            field_dict["Code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success: bool | None | Unset = d.pop("Success", UNSET)

        friendly_error_message: None | str | Unset = d.pop("FriendlyErrorMessage", UNSET)

        should_inform_phone: bool | None | Unset = d.pop("ShouldInformPhone", UNSET)

        should_inform_email: bool | None | Unset = d.pop("ShouldInformEmail", UNSET)

        sent_by_sms: bool | None | Unset = d.pop("SentBySMS", UNSET)

        sent_by_email: bool | None | Unset = d.pop("SentByEmail", UNSET)

        transaction_id: None | str | Unset = d.pop("TransactionId", UNSET)

        error_message: None | str | Unset = d.pop("ErrorMessage", UNSET)

        code: None | str | Unset = d.pop("Code", UNSET)

        customer_challenge_response = cls(
            success=success,
            friendly_error_message=friendly_error_message,
            should_inform_phone=should_inform_phone,
            should_inform_email=should_inform_email,
            sent_by_sms=sent_by_sms,
            sent_by_email=sent_by_email,
            transaction_id=transaction_id,
            error_message=error_message,
            code=code,
        )

        customer_challenge_response.additional_properties = d
        return customer_challenge_response

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
