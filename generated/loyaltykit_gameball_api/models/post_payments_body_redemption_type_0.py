from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PostPaymentsBodyRedemptionType0")


@_attrs_define
class PostPaymentsBodyRedemptionType0:
    """Redemption details for the payment, including points held for redemption."""

    points_hold_reference: None | str | Unset = UNSET
    """ Reference from the Hold Points API for redeeming held points. For more details on how hold references are
    generated and utilized, refer to the Transactions section. """
    coupons_lock_reference: None | str | Unset = UNSET
    """ The lock reference for the coupon is a unique identifier used to "lock" a coupon for a specific customer or
    order. This prevents the coupon from being used by others or on multiple transactions. For more details on how
    to generate and use lock references, refer to the Coupons section. Example: If you lock a coupon for a specific
    transaction, the lockReference could look like "lockReference": "abc123def456". """
    coupon_codes: list[str] | None | Unset = UNSET
    """ A list of coupon codes that were applied to the payment. Each code in the array represents a different
    discount or promotional coupon used during the checkout process. Coupon codes must be locked before they can be
    used for redemption. Example: If a customer applied two coupon codes, one for a 10% discount and another for
    free fees, the couponCodes array might look like this: ["DISCOUNT10", "FREEFEES2024"] """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "points_hold_reference",
                "coupons_lock_reference",
                "coupon_codes",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        points_hold_reference: None | str | Unset
        if isinstance(self.points_hold_reference, Unset):
            points_hold_reference = UNSET
        else:
            points_hold_reference = self.points_hold_reference

        coupons_lock_reference: None | str | Unset
        if isinstance(self.coupons_lock_reference, Unset):
            coupons_lock_reference = UNSET
        else:
            coupons_lock_reference = self.coupons_lock_reference

        coupon_codes: list[str] | None | Unset
        if isinstance(self.coupon_codes, Unset):
            coupon_codes = UNSET
        elif isinstance(self.coupon_codes, list):
            coupon_codes = self.coupon_codes

        else:
            coupon_codes = self.coupon_codes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if points_hold_reference is not UNSET:
            field_dict["pointsHoldReference"] = points_hold_reference
        if coupons_lock_reference is not UNSET:
            field_dict["couponsLockReference"] = coupons_lock_reference
        if coupon_codes is not UNSET:
            field_dict["couponCodes"] = coupon_codes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        points_hold_reference: None | str | Unset = d.pop("pointsHoldReference", UNSET)

        coupons_lock_reference: None | str | Unset = d.pop("couponsLockReference", UNSET)

        _coupon_codes_value = d.pop("couponCodes", UNSET)
        coupon_codes: list[str] | None | Unset
        if _coupon_codes_value is None or isinstance(_coupon_codes_value, Unset):
            coupon_codes = _coupon_codes_value
        else:
            if not isinstance(_coupon_codes_value, list):
                raise TypeError()
            coupon_codes_type_0 = cast(list[str], _coupon_codes_value)

            coupon_codes = coupon_codes_type_0

        post_payments_body_redemption_type_0 = cls(
            points_hold_reference=points_hold_reference,
            coupons_lock_reference=coupons_lock_reference,
            coupon_codes=coupon_codes,
        )

        post_payments_body_redemption_type_0.additional_properties = d
        return post_payments_body_redemption_type_0

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
