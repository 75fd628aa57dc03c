from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="CustomerChallengeResponse")


@_attrs_define
class CustomerChallengeResponse:
    """Challenge result (returned WITHOUT envelope)."""

    success: bool | None = None
    """ If true, the challenge was successfuly sent """
    friendly_error_message: None | str = None
    """ If Success=false them this field will display some helpful message """
    should_inform_phone: bool | None = None
    """ Is Success=False and this field is true them the customer Phone must be informed in a new request call """
    should_inform_email: bool | None = None
    """ Is Success=False and this field is true them the customer Email must be informed in a new request call """
    sent_by_sms: bool | None = None
    """ If true, the challenge PIN was sent by SMS """
    sent_by_email: bool | None = None
    """ If true, the challenge PIN was sent by Email """
    transaction_id: None | str = None
    """ Same Transaction ID as informed in the request """
    error_message: None | str = None
    """ If Success=false this field will show information regarding the problem """
    code: None | str = None
    """ The code sent to the customer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "success",
                "friendly_error_message",
                "should_inform_phone",
                "should_inform_email",
                "sent_by_sms",
                "sent_by_email",
                "transaction_id",
                "error_message",
                "code",
            ),
            frozenset(
                (
                    "should_inform_phone",
                    "should_inform_email",
                    "sent_by_email",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        success: bool | None
        success = self.success

        friendly_error_message: None | str
        friendly_error_message = self.friendly_error_message

        should_inform_phone: bool | None
        should_inform_phone = self.should_inform_phone

        should_inform_email: bool | None
        should_inform_email = self.should_inform_email

        sent_by_sms: bool | None
        sent_by_sms = self.sent_by_sms

        sent_by_email: bool | None
        sent_by_email = self.sent_by_email

        transaction_id: None | str
        transaction_id = self.transaction_id

        error_message: None | str
        error_message = self.error_message

        code: None | str
        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Success": success,
                "FriendlyErrorMessage": friendly_error_message,
                "ShouldInformPhone": should_inform_phone,
                "ShouldInformEmail": should_inform_email,
                "SentBySMS": sent_by_sms,
                "SentByEmail": sent_by_email,
                "TransactionId": transaction_id,
                "ErrorMessage": error_message,
                "Code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        success: bool | None = d.pop("Success", None)

        friendly_error_message: None | str = d.pop("FriendlyErrorMessage", None)

        should_inform_phone: bool | None = d.pop("ShouldInformPhone", None)

        should_inform_email: bool | None = d.pop("ShouldInformEmail", None)

        sent_by_sms: bool | None = d.pop("SentBySMS", None)

        sent_by_email: bool | None = d.pop("SentByEmail", None)

        transaction_id: None | str = d.pop("TransactionId", None)

        error_message: None | str = d.pop("ErrorMessage", None)

        code: None | str = d.pop("Code", None)

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
