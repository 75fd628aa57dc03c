from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="AchieveSocialChallengeResponse202")


@_attrs_define
class AchieveSocialChallengeResponse202:
    customer_id: None | str = None
    """ The customer ID from the request. """
    challenge_id: int | None = None
    """ The social campaign ID from the request. """
    gameball_status: None | str = None
    """ Present when the Gameball program is disabled. Omitted while Gameball is enabled. """
    message: None | str = None
    """ Informational message when the Gameball program is disabled. """
    learn_more: None | str = None
    """ Link to learn more when the Gameball program is disabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "challenge_id",
                "gameball_status",
                "message",
                "learn_more",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        challenge_id: int | None
        challenge_id = self.challenge_id

        gameball_status: None | str
        gameball_status = self.gameball_status

        message: None | str
        message = self.message

        learn_more: None | str
        learn_more = self.learn_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "challengeId": challenge_id,
                "gameballStatus": gameball_status,
                "message": message,
                "learnMore": learn_more,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        challenge_id: int | None = d.pop("challengeId", None)

        gameball_status: None | str = d.pop("gameballStatus", None)

        message: None | str = d.pop("message", None)

        learn_more: None | str = d.pop("learnMore", None)

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
