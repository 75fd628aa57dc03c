from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="CouponlessRewardRedeemResponse")


@_attrs_define
class CouponlessRewardRedeemResponse:
    reward_id: int | None = None
    """ This is the unique-id for this reward """
    point: CouponlessRewardRedeemPointResponse | None = None
    """ It`s the underlining point record generating from using this reward """
    external_code: None | str = None
    """ When sending orders to BonifiQ use this field value in the `Coupon` field for the Order
    This is necessary so we know that this order used this reward """
    original_key: None | str = None
    """ This is the key that was send in the redeem request """
    coupon: None | RewardRedeemCoupon = None
    """ If the request forces the coupon generation It is returned here """
    external_product_id: None | str = None
    """ RewardType 5 (product discount / gift) only: SKU of the redeemed product; must match the one returned by
    /POS/rewards/available. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "reward_id",
                "point",
                "external_code",
                "original_key",
                "coupon",
                "external_product_id",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        reward_id: int | None
        reward_id = self.reward_id

        point: dict[str, Any] | None
        if isinstance(self.point, CouponlessRewardRedeemPointResponse):
            point = self.point.to_dict()
        else:
            point = self.point

        external_code: None | str
        external_code = self.external_code

        original_key: None | str
        original_key = self.original_key

        coupon: dict[str, Any] | None
        if isinstance(self.coupon, RewardRedeemCoupon):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon

        external_product_id: None | str
        external_product_id = self.external_product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "RewardId": reward_id,
                "Point": point,
                "ExternalCode": external_code,
                "OriginalKey": original_key,
                "Coupon": coupon,
                "ExternalProductId": external_product_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reward_id: int | None = d.pop("RewardId", None)

        _point_value = d.pop("Point", None)
        point: CouponlessRewardRedeemPointResponse | None
        if _point_value is None or isinstance(_point_value, Unset):
            point = _point_value
        else:
            if not isinstance(_point_value, dict):
                raise TypeError()
            point_type_0 = CouponlessRewardRedeemPointResponse.from_dict(_point_value)

            point = point_type_0

        external_code: None | str = d.pop("ExternalCode", None)

        original_key: None | str = d.pop("OriginalKey", None)

        _coupon_value = d.pop("Coupon", None)
        coupon: None | RewardRedeemCoupon
        if _coupon_value is None or isinstance(_coupon_value, Unset):
            coupon = _coupon_value
        else:
            if not isinstance(_coupon_value, dict):
                raise TypeError()
            coupon_type_0 = RewardRedeemCoupon.from_dict(_coupon_value)

            coupon = coupon_type_0

        external_product_id: None | str = d.pop("ExternalProductId", None)

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
