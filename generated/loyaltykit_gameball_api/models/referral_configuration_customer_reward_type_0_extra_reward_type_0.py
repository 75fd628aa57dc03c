from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="ReferralConfigurationCustomerRewardType0ExtraRewardType0")


@_attrs_define
class ReferralConfigurationCustomerRewardType0ExtraRewardType0:
    """It contains all the details of the reward (like the friendReward Object) that will be awarded to the customer as a
    bonus on top of the regular reward for every X friend referred.

    """

    for_every: Decimal | None = None
    """ This defines the number of friends a customer needs to refer in order to earn the extraReward. For example,
    if the value of forEvery is set to 5, the customer will receive the extra reward for every 5 friends they
    successfully refer. This acts as a bonus on top of the regular reward, incentivizing more referrals. """
    score: Decimal | None = None
    """ The score awarded as part of the extra reward. """
    point: Decimal | None = None
    """ The points awarded as part of the extra reward. """
    coupon: None | ReferralConfigurationCustomerRewardType0ExtraRewardType0CouponType0 = None
    """ A coupon object that is awarded as part of the extra reward. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "for_every",
                "score",
                "point",
                "coupon",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        for_every: Decimal | None
        for_every = self.for_every

        score: Decimal | None
        score = self.score

        point: Decimal | None
        point = self.point

        coupon: dict[str, Any] | None
        if isinstance(self.coupon, ReferralConfigurationCustomerRewardType0ExtraRewardType0CouponType0):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "forEvery": for_every,
                "score": score,
                "point": point,
                "coupon": coupon,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _for_every_value = d.pop("forEvery", None)
        for_every: Decimal | None
        if _for_every_value is None or isinstance(_for_every_value, Unset):
            for_every = _for_every_value
        else:
            if not (
                isinstance(_for_every_value, (int, float, Decimal, str)) and not isinstance(_for_every_value, bool)
            ):
                raise TypeError()
            for_every_type_0 = to_decimal(_for_every_value)

            for_every = for_every_type_0

        _score_value = d.pop("score", None)
        score: Decimal | None
        if _score_value is None or isinstance(_score_value, Unset):
            score = _score_value
        else:
            if not (isinstance(_score_value, (int, float, Decimal, str)) and not isinstance(_score_value, bool)):
                raise TypeError()
            score_type_0 = to_decimal(_score_value)

            score = score_type_0

        _point_value = d.pop("point", None)
        point: Decimal | None
        if _point_value is None or isinstance(_point_value, Unset):
            point = _point_value
        else:
            if not (isinstance(_point_value, (int, float, Decimal, str)) and not isinstance(_point_value, bool)):
                raise TypeError()
            point_type_0 = to_decimal(_point_value)

            point = point_type_0

        _coupon_value = d.pop("coupon", None)
        coupon: None | ReferralConfigurationCustomerRewardType0ExtraRewardType0CouponType0
        if _coupon_value is None or isinstance(_coupon_value, Unset):
            coupon = _coupon_value
        else:
            if not isinstance(_coupon_value, dict):
                raise TypeError()
            coupon_type_0 = ReferralConfigurationCustomerRewardType0ExtraRewardType0CouponType0.from_dict(_coupon_value)

            coupon = coupon_type_0

        referral_configuration_customer_reward_type_0_extra_reward_type_0 = cls(
            for_every=for_every,
            score=score,
            point=point,
            coupon=coupon,
        )

        referral_configuration_customer_reward_type_0_extra_reward_type_0.additional_properties = d
        return referral_configuration_customer_reward_type_0_extra_reward_type_0

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


from ..models.referral_configuration_customer_reward_type_0_extra_reward_type_0_coupon_type_0 import (
    ReferralConfigurationCustomerRewardType0ExtraRewardType0CouponType0,
)
