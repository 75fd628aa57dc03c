from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_referrals_response_referred_friends_type_0_item_status_type_0 import (
    CustomerReferralsResponseReferredFriendsType0ItemStatusType0,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerReferralsResponseReferredFriendsType0Item")


@_attrs_define
class CustomerReferralsResponseReferredFriendsType0Item:
    customer_id: None | str | Unset = UNSET
    """ Unique identifier for the referred friend. """
    display_name: None | str | Unset = UNSET
    """ Display name of the referred friend. """
    email: None | str | Unset = UNSET
    """ Email address of the referred friend. """
    mobile_number: None | str | Unset = UNSET
    """ Mobile number of the referred friend. """
    join_date: None | str | Unset = UNSET
    """ The date when the referred friend joined. """
    status: CustomerReferralsResponseReferredFriendsType0ItemStatusType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        mobile_number: None | str | Unset
        if isinstance(self.mobile_number, Unset):
            mobile_number = UNSET
        else:
            mobile_number = self.mobile_number

        join_date: None | str | Unset
        if isinstance(self.join_date, Unset):
            join_date = UNSET
        else:
            join_date = self.join_date

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, CustomerReferralsResponseReferredFriendsType0ItemStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if mobile_number is not UNSET:
            field_dict["mobileNumber"] = mobile_number
        if join_date is not UNSET:
            field_dict["joinDate"] = join_date
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        mobile_number: None | str | Unset = d.pop("mobileNumber", UNSET)

        join_date: None | str | Unset = d.pop("joinDate", UNSET)

        _status_value = d.pop("status", UNSET)
        status: CustomerReferralsResponseReferredFriendsType0ItemStatusType0 | None | Unset
        if _status_value is None or isinstance(_status_value, Unset):
            status = _status_value
        else:
            if not isinstance(_status_value, str):
                raise TypeError()
            status_type_0 = CustomerReferralsResponseReferredFriendsType0ItemStatusType0(_status_value)

            status = status_type_0

        customer_referrals_response_referred_friends_type_0_item = cls(
            customer_id=customer_id,
            display_name=display_name,
            email=email,
            mobile_number=mobile_number,
            join_date=join_date,
            status=status,
        )

        customer_referrals_response_referred_friends_type_0_item.additional_properties = d
        return customer_referrals_response_referred_friends_type_0_item

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
