from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PostCouponsCodeValidateBody")


@_attrs_define
class PostCouponsCodeValidateBody:
    customer_id: str
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email or anything that uniquely identifies the customer. """
    email: None | str | Unset = UNSET
    """ Customer's email address. Required if your account uses email-based channel merging. """
    mobile: None | str | Unset = UNSET
    """ Customer's mobile number. Required if your account uses mobile-based channel merging. """
    lock: bool | None | Unset = UNSET
    """ Indicates whether the request is intended to validate the coupon or to lock it for a future redemption. """
    lock_reference: None | str | Unset = UNSET
    """ Required only if the lock flag is set to True and you need to validate and lock a new or updated list of
    coupons within an existing lock session. """
    lock_duration: int | None | Unset = UNSET
    """ Represents the number of minutes for which a coupon will be locked if the lock flag is set to True. """
    merchant_id: None | str | Unset = UNSET
    """ This parameter is required only if the coupon is designed to apply to specific merchants. """
    collection_id: None | str | Unset = UNSET
    """ This parameter is required only if the coupon is configured to apply to specific collections. """
    collections_ids: list[str] | None | Unset = UNSET
    """ This parameter is required only when the coupon is configured to apply to specific collections. """
    total_purchase_amount: Decimal | None | Unset = UNSET
    """ This parameter represents the total value of the purchase where the coupon will be applied. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "email",
                "mobile",
                "lock",
                "lock_reference",
                "lock_duration",
                "merchant_id",
                "collection_id",
                "collections_ids",
                "total_purchase_amount",
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

        lock: bool | None | Unset
        if isinstance(self.lock, Unset):
            lock = UNSET
        else:
            lock = self.lock

        lock_reference: None | str | Unset
        if isinstance(self.lock_reference, Unset):
            lock_reference = UNSET
        else:
            lock_reference = self.lock_reference

        lock_duration: int | None | Unset
        if isinstance(self.lock_duration, Unset):
            lock_duration = UNSET
        else:
            lock_duration = self.lock_duration

        merchant_id: None | str | Unset
        if isinstance(self.merchant_id, Unset):
            merchant_id = UNSET
        else:
            merchant_id = self.merchant_id

        collection_id: None | str | Unset
        if isinstance(self.collection_id, Unset):
            collection_id = UNSET
        else:
            collection_id = self.collection_id

        collections_ids: list[str] | None | Unset
        if isinstance(self.collections_ids, Unset):
            collections_ids = UNSET
        elif isinstance(self.collections_ids, list):
            collections_ids = self.collections_ids

        else:
            collections_ids = self.collections_ids

        total_purchase_amount: Decimal | None | Unset
        if isinstance(self.total_purchase_amount, Unset):
            total_purchase_amount = UNSET
        else:
            total_purchase_amount = self.total_purchase_amount

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
        if lock is not UNSET:
            field_dict["lock"] = lock
        if lock_reference is not UNSET:
            field_dict["lockReference"] = lock_reference
        if lock_duration is not UNSET:
            field_dict["lockDuration"] = lock_duration
        if merchant_id is not UNSET:
            field_dict["merchantId"] = merchant_id
        if collection_id is not UNSET:
            field_dict["collectionId"] = collection_id
        if collections_ids is not UNSET:
            field_dict["collectionsIds"] = collections_ids
        if total_purchase_amount is not UNSET:
            field_dict["totalPurchaseAmount"] = total_purchase_amount

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id = d.pop("customerId")

        email: None | str | Unset = d.pop("email", UNSET)

        mobile: None | str | Unset = d.pop("mobile", UNSET)

        lock: bool | None | Unset = d.pop("lock", UNSET)

        lock_reference: None | str | Unset = d.pop("lockReference", UNSET)

        lock_duration: int | None | Unset = d.pop("lockDuration", UNSET)

        merchant_id: None | str | Unset = d.pop("merchantId", UNSET)

        collection_id: None | str | Unset = d.pop("collectionId", UNSET)

        _collections_ids_value = d.pop("collectionsIds", UNSET)
        collections_ids: list[str] | None | Unset
        if _collections_ids_value is None or isinstance(_collections_ids_value, Unset):
            collections_ids = _collections_ids_value
        else:
            if not isinstance(_collections_ids_value, list):
                raise TypeError()
            collections_ids_type_0 = cast(list[str], _collections_ids_value)

            collections_ids = collections_ids_type_0

        _total_purchase_amount_value = d.pop("totalPurchaseAmount", UNSET)
        total_purchase_amount: Decimal | None | Unset
        if _total_purchase_amount_value is None or isinstance(_total_purchase_amount_value, Unset):
            total_purchase_amount = _total_purchase_amount_value
        else:
            if not (
                isinstance(_total_purchase_amount_value, (int, float, Decimal, str))
                and not isinstance(_total_purchase_amount_value, bool)
            ):
                raise TypeError()
            total_purchase_amount_type_0 = to_decimal(_total_purchase_amount_value)

            total_purchase_amount = total_purchase_amount_type_0

        post_coupons_code_validate_body = cls(
            customer_id=customer_id,
            email=email,
            mobile=mobile,
            lock=lock,
            lock_reference=lock_reference,
            lock_duration=lock_duration,
            merchant_id=merchant_id,
            collection_id=collection_id,
            collections_ids=collections_ids,
            total_purchase_amount=total_purchase_amount,
        )

        post_coupons_code_validate_body.additional_properties = d
        return post_coupons_code_validate_body

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
