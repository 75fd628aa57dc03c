from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PostCouponsBurnBody")


@_attrs_define
class PostCouponsBurnBody:
    customer_id: str
    email: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    transaction_id: None | str | Unset = UNSET
    """ A unique identifier for the transaction in your system (e.g., order number or invoice number). This ID can
    be used to reverse, cancel, or refund any coupon burn transactions in Gameball. """
    transaction_time: datetime.datetime | None | Unset = UNSET
    """ The time of the transaction in your system (e.g., order datetime, invoice datetime). Must be in UTC (ISO
    8601 format). """
    coupons: list[str] | None | Unset = UNSET
    """ List of coupons that need to be burned. Only one of coupons or lockReference must be provided. """
    lock_reference: None | str | Unset = UNSET
    """ Reference used to burn the locked coupons from the validation step. Only one of coupons or lockReference
    must be provided. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "email",
                "mobile",
                "transaction_id",
                "transaction_time",
                "coupons",
                "lock_reference",
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

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        transaction_time: None | str | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        elif isinstance(self.transaction_time, datetime.datetime):
            transaction_time = self.transaction_time.isoformat()
        else:
            transaction_time = self.transaction_time

        coupons: list[str] | None | Unset
        if isinstance(self.coupons, Unset):
            coupons = UNSET
        elif isinstance(self.coupons, list):
            coupons = self.coupons

        else:
            coupons = self.coupons

        lock_reference: None | str | Unset
        if isinstance(self.lock_reference, Unset):
            lock_reference = UNSET
        else:
            lock_reference = self.lock_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if transaction_time is not UNSET:
            field_dict["transactionTime"] = transaction_time
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if lock_reference is not UNSET:
            field_dict["lockReference"] = lock_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        transaction_id: None | str | Unset = d.pop("transactionId", UNSET)

        _transaction_time_value = d.pop("transactionTime", UNSET)
        transaction_time: datetime.datetime | None | Unset
        if _transaction_time_value is None or isinstance(_transaction_time_value, Unset):
            transaction_time = _transaction_time_value
        else:
            if not isinstance(_transaction_time_value, str):
                raise TypeError()
            transaction_time_type_0 = datetime.datetime.fromisoformat(_transaction_time_value)

            transaction_time = transaction_time_type_0

        _coupons_value = d.pop("coupons", UNSET)
        coupons: list[str] | None | Unset
        if _coupons_value is None or isinstance(_coupons_value, Unset):
            coupons = _coupons_value
        else:
            if not isinstance(_coupons_value, list):
                raise TypeError()
            coupons_type_0 = cast(list[str], _coupons_value)

            coupons = coupons_type_0

        lock_reference: None | str | Unset = d.pop("lockReference", UNSET)

        post_coupons_burn_body = cls(
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            transaction_id=transaction_id,
            transaction_time=transaction_time,
            coupons=coupons,
            lock_reference=lock_reference,
        )

        post_coupons_burn_body.additional_properties = d
        return post_coupons_burn_body

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
