from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_referrals_response_referred_friends_type_0_item_status_type_0 import (
    CustomerReferralsResponseReferredFriendsType0ItemStatusType0,
)
from ..types import Unset, model_repr

T = TypeVar("T", bound="CustomerReferralsResponseReferredFriendsType0Item")


@_attrs_define
class CustomerReferralsResponseReferredFriendsType0Item:
    customer_id: None | str = None
    """ Unique identifier for the referred friend. """
    display_name: None | str = None
    """ Display name of the referred friend. """
    email: None | str = None
    """ Email address of the referred friend. """
    mobile_number: None | str = None
    """ Mobile number of the referred friend. """
    join_date: None | str = None
    """ The date when the referred friend joined. """
    status: CustomerReferralsResponseReferredFriendsType0ItemStatusType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "display_name",
                "email",
                "mobile_number",
                "join_date",
                "status",
            ),
            frozenset(
                (
                    "display_name",
                    "email",
                    "mobile_number",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        display_name: None | str
        display_name = self.display_name

        email: None | str
        email = self.email

        mobile_number: None | str
        mobile_number = self.mobile_number

        join_date: None | str
        join_date = self.join_date

        status: None | str
        if isinstance(self.status, CustomerReferralsResponseReferredFriendsType0ItemStatusType0):
            status = self.status.value
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "displayName": display_name,
                "email": email,
                "mobileNumber": mobile_number,
                "joinDate": join_date,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        display_name: None | str = d.pop("displayName", None)

        email: None | str = d.pop("email", None)

        mobile_number: None | str = d.pop("mobileNumber", None)

        join_date: None | str = d.pop("joinDate", None)

        _status_value = d.pop("status", None)
        status: CustomerReferralsResponseReferredFriendsType0ItemStatusType0 | None
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
