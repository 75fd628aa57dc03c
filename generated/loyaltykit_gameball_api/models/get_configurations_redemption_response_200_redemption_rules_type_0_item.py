from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetConfigurationsRedemptionResponse200RedemptionRulesType0Item")


@_attrs_define
class GetConfigurationsRedemptionResponse200RedemptionRulesType0Item:
    id: Decimal | None = None
    """ The unique identifier for the redemption rule. """
    points_to_redeem: Decimal | None = None
    """ The specific number of points needed for redemption. If null, the rule applies to all points. """
    value_of_point: Decimal | None = None
    """ The value of a single point in terms of monetary value for redemption. """
    rule_type: None | str = None
    """ The type of rule governing the redemption. Possible values include: free_shipping_settings,
    percentage_discount_settings, free_product_settings, fixed_rate_settings. """
    coupon: GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0 | None = None
    """ Defines the coupon associated with the redemption rule, if applicable. """
    image: None | str = None
    """ A URL or file path for an image representing the redemption rule. """
    creation_date: datetime.datetime | None = None
    """ The date when the redemption rule was created. """
    is_active: bool | None = None
    """ Indicates whether the redemption rule is currently active and can be used to generate new coupons or not.
    true → The rule is active, and new coupons can be created and redeemed. false → The rule is inactive, meaning no
    new coupons can be generated. However, previously created coupons will still be valid and can be redeemed.
    Example: If isActive is false, customers cannot create new coupons, but any coupons generated before the rule
    became inactive can still be used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "points_to_redeem",
                "value_of_point",
                "rule_type",
                "coupon",
                "image",
                "creation_date",
                "is_active",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: Decimal | None
        id = self.id

        points_to_redeem: Decimal | None
        points_to_redeem = self.points_to_redeem

        value_of_point: Decimal | None
        value_of_point = self.value_of_point

        rule_type: None | str
        rule_type = self.rule_type

        coupon: dict[str, Any] | None
        if isinstance(self.coupon, GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon

        image: None | str
        image = self.image

        creation_date: None | str
        if isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        is_active: bool | None
        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "pointsToRedeem": points_to_redeem,
                "valueOfPoint": value_of_point,
                "ruleType": rule_type,
                "coupon": coupon,
                "image": image,
                "creationDate": creation_date,
                "isActive": is_active,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id_value = d.pop("id", None)
        id: Decimal | None
        if _id_value is None or isinstance(_id_value, Unset):
            id = _id_value
        else:
            if not (isinstance(_id_value, (int, float, Decimal, str)) and not isinstance(_id_value, bool)):
                raise TypeError()
            id_type_0 = to_decimal(_id_value)

            id = id_type_0

        _points_to_redeem_value = d.pop("pointsToRedeem", None)
        points_to_redeem: Decimal | None
        if _points_to_redeem_value is None or isinstance(_points_to_redeem_value, Unset):
            points_to_redeem = _points_to_redeem_value
        else:
            if not (
                isinstance(_points_to_redeem_value, (int, float, Decimal, str))
                and not isinstance(_points_to_redeem_value, bool)
            ):
                raise TypeError()
            points_to_redeem_type_0 = to_decimal(_points_to_redeem_value)

            points_to_redeem = points_to_redeem_type_0

        _value_of_point_value = d.pop("valueOfPoint", None)
        value_of_point: Decimal | None
        if _value_of_point_value is None or isinstance(_value_of_point_value, Unset):
            value_of_point = _value_of_point_value
        else:
            if not (
                isinstance(_value_of_point_value, (int, float, Decimal, str))
                and not isinstance(_value_of_point_value, bool)
            ):
                raise TypeError()
            value_of_point_type_0 = to_decimal(_value_of_point_value)

            value_of_point = value_of_point_type_0

        rule_type: None | str = d.pop("ruleType", None)

        _coupon_value = d.pop("coupon", None)
        coupon: GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0 | None
        if _coupon_value is None or isinstance(_coupon_value, Unset):
            coupon = _coupon_value
        else:
            if not isinstance(_coupon_value, dict):
                raise TypeError()
            coupon_type_0 = GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0.from_dict(
                _coupon_value
            )

            coupon = coupon_type_0

        image: None | str = d.pop("image", None)

        _creation_date_value = d.pop("creationDate", None)
        creation_date: datetime.datetime | None
        if _creation_date_value is None or isinstance(_creation_date_value, Unset):
            creation_date = _creation_date_value
        else:
            if not isinstance(_creation_date_value, str):
                raise TypeError()
            creation_date_type_0 = datetime.datetime.fromisoformat(_creation_date_value)

            creation_date = creation_date_type_0

        is_active: bool | None = d.pop("isActive", None)

        get_configurations_redemption_response_200_redemption_rules_type_0_item = cls(
            id=id,
            points_to_redeem=points_to_redeem,
            value_of_point=value_of_point,
            rule_type=rule_type,
            coupon=coupon,
            image=image,
            creation_date=creation_date,
            is_active=is_active,
        )

        get_configurations_redemption_response_200_redemption_rules_type_0_item.additional_properties = d
        return get_configurations_redemption_response_200_redemption_rules_type_0_item

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


from ..models.get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0 import (
    GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0,
)
