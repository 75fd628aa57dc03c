from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="AchieveSocialChallengeBody")


@_attrs_define
class AchieveSocialChallengeBody:
    customer_id: str
    """ The customer's unique ID in your system. The customer must already exist in Gameball. """
    challenge_id: int
    """ The ID of the Social Activities campaign to award. """
    email: None | str | Unset = UNSET
    """ Customer's email address. Helps identify the customer when channel merging is enabled. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. Helps identify the customer when channel merging is enabled. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "challenge_id",
                "email",
                "mobile",
            ),
            frozenset(
                (
                    "email",
                    "mobile",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id = self.customer_id

        challenge_id = self.challenge_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "challengeId": challenge_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        challenge_id = d.pop("challengeId")

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        achieve_social_challenge_body = cls(
            customer_id=customer_id,
            challenge_id=challenge_id,
            email=email,
            mobile=mobile,
        )

        achieve_social_challenge_body.additional_properties = d
        return achieve_social_challenge_body

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
