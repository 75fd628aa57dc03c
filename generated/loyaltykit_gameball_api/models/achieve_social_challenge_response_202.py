from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AchieveSocialChallengeResponse202")


@_attrs_define
class AchieveSocialChallengeResponse202:
    customer_id: None | str | Unset = UNSET
    """ The customer ID from the request. """
    challenge_id: int | None | Unset = UNSET
    """ The social campaign ID from the request. """
    gameball_status: None | str | Unset = UNSET
    """ Present when the Gameball program is disabled. Omitted while Gameball is enabled. """
    message: None | str | Unset = UNSET
    """ Informational message when the Gameball program is disabled. """
    learn_more: None | str | Unset = UNSET
    """ Link to learn more when the Gameball program is disabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        challenge_id: int | None | Unset
        if isinstance(self.challenge_id, Unset):
            challenge_id = UNSET
        else:
            challenge_id = self.challenge_id

        gameball_status: None | str | Unset
        if isinstance(self.gameball_status, Unset):
            gameball_status = UNSET
        else:
            gameball_status = self.gameball_status

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        learn_more: None | str | Unset
        if isinstance(self.learn_more, Unset):
            learn_more = UNSET
        else:
            learn_more = self.learn_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if challenge_id is not UNSET:
            field_dict["challengeId"] = challenge_id
        if gameball_status is not UNSET:
            field_dict["gameballStatus"] = gameball_status
        if message is not UNSET:
            field_dict["message"] = message
        if learn_more is not UNSET:
            field_dict["learnMore"] = learn_more

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        challenge_id: int | None | Unset = d.pop("challengeId", UNSET)

        gameball_status: None | str | Unset = d.pop("gameballStatus", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        learn_more: None | str | Unset = d.pop("learnMore", UNSET)

        achieve_social_challenge_response_202 = cls(
            customer_id=customer_id,
            challenge_id=challenge_id,
            gameball_status=gameball_status,
            message=message,
            learn_more=learn_more,
        )

        achieve_social_challenge_response_202.additional_properties = d
        return achieve_social_challenge_response_202

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
