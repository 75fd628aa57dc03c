from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CouponlessRewardRedeemResponse")


@_attrs_define
class CouponlessRewardRedeemResponse:
    reward_id: int | None | Unset = UNSET
    """ This is the unique-id for this reward """
    point: CouponlessRewardRedeemPointResponse | None | Unset = UNSET
    """ It`s the underlining point record generating from using this reward """
    external_code: None | str | Unset = UNSET
    """ When sending orders to BonifiQ use this field value in the `Coupon` field for the Order
    This is necessary so we know that this order used this reward """
    original_key: None | str | Unset = UNSET
    """ This is the key that was send in the redeem request """
    coupon: None | RewardRedeemCoupon | Unset = UNSET
    """ If the request forces the coupon generation It is returned here """
    external_product_id: None | str | Unset = UNSET
    """ RewardType 5 (product discount / gift) only: SKU of the redeemed product; must match the one returned by
    /POS/rewards/available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reward_id: int | None | Unset
        if isinstance(self.reward_id, Unset):
            reward_id = UNSET
        else:
            reward_id = self.reward_id

        point: dict[str, Any] | None | Unset
        if isinstance(self.point, Unset):
            point = UNSET
        elif isinstance(self.point, CouponlessRewardRedeemPointResponse):
            point = self.point.to_dict()
        else:
            point = self.point

        external_code: None | str | Unset
        if isinstance(self.external_code, Unset):
            external_code = UNSET
        else:
            external_code = self.external_code

        original_key: None | str | Unset
        if isinstance(self.original_key, Unset):
            original_key = UNSET
        else:
            original_key = self.original_key

        coupon: dict[str, Any] | None | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        elif isinstance(self.coupon, RewardRedeemCoupon):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon

        external_product_id: None | str | Unset
        if isinstance(self.external_product_id, Unset):
            external_product_id = UNSET
        else:
            external_product_id = self.external_product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reward_id is not UNSET:
            field_dict["RewardId"] = reward_id
        if point is not UNSET:
            field_dict["Point"] = point
        if external_code is not UNSET:
            field_dict["ExternalCode"] = external_code
        if original_key is not UNSET:
            field_dict["OriginalKey"] = original_key
        if coupon is not UNSET:
            field_dict["Coupon"] = coupon
        if external_product_id is not UNSET:
            field_dict["ExternalProductId"] = external_product_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reward_id: int | None | Unset = d.pop("RewardId", UNSET)

        _point_value = d.pop("Point", UNSET)
        point: CouponlessRewardRedeemPointResponse | None | Unset
        if _point_value is None or isinstance(_point_value, Unset):
            point = _point_value
        else:
            if not isinstance(_point_value, dict):
                raise TypeError()
            point_type_0 = CouponlessRewardRedeemPointResponse.from_dict(_point_value)

            point = point_type_0

        external_code: None | str | Unset = d.pop("ExternalCode", UNSET)

        original_key: None | str | Unset = d.pop("OriginalKey", UNSET)

        _coupon_value = d.pop("Coupon", UNSET)
        coupon: None | RewardRedeemCoupon | Unset
        if _coupon_value is None or isinstance(_coupon_value, Unset):
            coupon = _coupon_value
        else:
            if not isinstance(_coupon_value, dict):
                raise TypeError()
            coupon_type_0 = RewardRedeemCoupon.from_dict(_coupon_value)

            coupon = coupon_type_0

        external_product_id: None | str | Unset = d.pop("ExternalProductId", UNSET)

        couponless_reward_redeem_response = cls(
            reward_id=reward_id,
            point=point,
            external_code=external_code,
            original_key=original_key,
            coupon=coupon,
            external_product_id=external_product_id,
        )

        couponless_reward_redeem_response.additional_properties = d
        return couponless_reward_redeem_response

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


from ..models.couponless_reward_redeem_point_response import CouponlessRewardRedeemPointResponse
from ..models.reward_redeem_coupon import RewardRedeemCoupon
