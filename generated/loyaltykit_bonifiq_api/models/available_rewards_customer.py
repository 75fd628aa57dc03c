from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableRewardsCustomer")


@_attrs_define
class AvailableRewardsCustomer:
    """Customer data resolved from the informed id. Can be null when the customer is not found."""

    id: int | None | Unset = UNSET
    original_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    document: None | str | Unset = UNSET
    is_enrolled: bool | None | Unset = UNSET
    current_tier: CustomerCurrentTier | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        document: None | str | Unset
        if isinstance(self.document, Unset):
            document = UNSET
        else:
            document = self.document

        is_enrolled: bool | None | Unset
        if isinstance(self.is_enrolled, Unset):
            is_enrolled = UNSET
        else:
            is_enrolled = self.is_enrolled

        current_tier: dict[str, Any] | None | Unset
        if isinstance(self.current_tier, Unset):
            current_tier = UNSET
        elif isinstance(self.current_tier, CustomerCurrentTier):
            current_tier = self.current_tier.to_dict()
        else:
            current_tier = self.current_tier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if name is not UNSET:
            field_dict["Name"] = name
        if email is not UNSET:
            field_dict["Email"] = email
        if phone is not UNSET:
            field_dict["Phone"] = phone
        if document is not UNSET:
            field_dict["Document"] = document
        if is_enrolled is not UNSET:
            field_dict["IsEnrolled"] = is_enrolled
        if current_tier is not UNSET:
            field_dict["CurrentTier"] = current_tier

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        original_id: None | str | Unset = d.pop("OriginalId", UNSET)

        name: None | str | Unset = d.pop("Name", UNSET)

        email: None | str | Unset = d.pop("Email", UNSET)

        phone: None | str | Unset = d.pop("Phone", UNSET)

        document: None | str | Unset = d.pop("Document", UNSET)

        is_enrolled: bool | None | Unset = d.pop("IsEnrolled", UNSET)

        _current_tier_value = d.pop("CurrentTier", UNSET)
        current_tier: CustomerCurrentTier | None | Unset
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
