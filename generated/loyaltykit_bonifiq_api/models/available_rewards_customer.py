from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="AvailableRewardsCustomer")


@_attrs_define
class AvailableRewardsCustomer:
    """Customer data resolved from the informed id. Can be null when the customer is not found."""

    id: int | None = None
    original_id: None | str = None
    name: None | str = None
    email: None | str = None
    phone: None | str = None
    document: None | str = None
    is_enrolled: bool | None = None
    current_tier: CustomerCurrentTier | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "original_id",
                "name",
                "email",
                "phone",
                "document",
                "is_enrolled",
                "current_tier",
            ),
            frozenset(
                (
                    "email",
                    "phone",
                    "document",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        original_id: None | str
        original_id = self.original_id

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        phone: None | str
        phone = self.phone

        document: None | str
        document = self.document

        is_enrolled: bool | None
        is_enrolled = self.is_enrolled

        current_tier: dict[str, Any] | None
        if isinstance(self.current_tier, CustomerCurrentTier):
            current_tier = self.current_tier.to_dict()
        else:
            current_tier = self.current_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "OriginalId": original_id,
                "Name": name,
                "Email": email,
                "Phone": phone,
                "Document": document,
                "IsEnrolled": is_enrolled,
                "CurrentTier": current_tier,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        original_id: None | str = d.pop("OriginalId", None)

        name: None | str = d.pop("Name", None)

        email: None | str = d.pop("Email", None)

        phone: None | str = d.pop("Phone", None)

        document: None | str = d.pop("Document", None)

        is_enrolled: bool | None = d.pop("IsEnrolled", None)

        _current_tier_value = d.pop("CurrentTier", None)
        current_tier: CustomerCurrentTier | None
        if _current_tier_value is None or isinstance(_current_tier_value, Unset):
            current_tier = _current_tier_value
        else:
            if not isinstance(_current_tier_value, dict):
                raise TypeError()
            current_tier_type_0 = CustomerCurrentTier.from_dict(_current_tier_value)

            current_tier = current_tier_type_0

        available_rewards_customer = cls(
            id=id,
            original_id=original_id,
            name=name,
            email=email,
            phone=phone,
            document=document,
            is_enrolled=is_enrolled,
            current_tier=current_tier,
        )

        available_rewards_customer.additional_properties = d
        return available_rewards_customer

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


from ..models.customer_current_tier import CustomerCurrentTier
