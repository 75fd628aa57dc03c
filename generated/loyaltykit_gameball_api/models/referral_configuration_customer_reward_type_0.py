from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="ReferralConfigurationCustomerRewardType0")


@_attrs_define
class ReferralConfigurationCustomerRewardType0:
    """The reward details given to the customer as part of the referral program."""

    score: Decimal | None = None
    """ The score awarded to the customer. """
    point: Decimal | None = None
    """ The points awarded to the customer. """
    coupon: None | ReferralConfigurationCustomerRewardType0CouponType0 = None
    """ A coupon object that is awarded to the customer. """
    extra_reward: None | ReferralConfigurationCustomerRewardType0ExtraRewardType0 = None
    """ It contains all the details of the reward (like the friendReward Object) that will be awarded to the
    customer as a bonus on top of the regular reward for every X friend referred. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "score",
                "point",
                "coupon",
                "extra_reward",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        score: Decimal | None
        score = self.score

        point: Decimal | None
        point = self.point

        coupon: dict[str, Any] | None
        if isinstance(self.coupon, ReferralConfigurationCustomerRewardType0CouponType0):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon

        extra_reward: dict[str, Any] | None
        if isinstance(self.extra_reward, ReferralConfigurationCustomerRewardType0ExtraRewardType0):
            extra_reward = self.extra_reward.to_dict()
        else:
            extra_reward = self.extra_reward

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score": score,
                "point": point,
                "coupon": coupon,
                "extraReward": extra_reward,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
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
        coupon: None | ReferralConfigurationCustomerRewardType0CouponType0
        if _coupon_value is None or isinstance(_coupon_value, Unset):
            coupon = _coupon_value
        else:
            if not isinstance(_coupon_value, dict):
                raise TypeError()
            coupon_type_0 = ReferralConfigurationCustomerRewardType0CouponType0.from_dict(_coupon_value)

            coupon = coupon_type_0

        _extra_reward_value = d.pop("extraReward", None)
        extra_reward: None | ReferralConfigurationCustomerRewardType0ExtraRewardType0
        if _extra_reward_value is None or isinstance(_extra_reward_value, Unset):
            extra_reward = _extra_reward_value
        else:
            if not isinstance(_extra_reward_value, dict):
                raise TypeError()
            extra_reward_type_0 = ReferralConfigurationCustomerRewardType0ExtraRewardType0.from_dict(
                _extra_reward_value
            )

            extra_reward = extra_reward_type_0

        referral_configuration_customer_reward_type_0 = cls(
            score=score,
            point=point,
            coupon=coupon,
            extra_reward=extra_reward,
        )

        referral_configuration_customer_reward_type_0.additional_properties = d
        return referral_configuration_customer_reward_type_0

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


from ..models.referral_configuration_customer_reward_type_0_coupon_type_0 import (
    ReferralConfigurationCustomerRewardType0CouponType0,
)
from ..models.referral_configuration_customer_reward_type_0_extra_reward_type_0 import (
    ReferralConfigurationCustomerRewardType0ExtraRewardType0,
)
