from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="GetConfigurationsRedemptionResponse200RedemptionRulesType0Item")


@_attrs_define
class GetConfigurationsRedemptionResponse200RedemptionRulesType0Item:
    id: Decimal | None | Unset = UNSET
    """ The unique identifier for the redemption rule. """
    points_to_redeem: Decimal | None | Unset = UNSET
    """ The specific number of points needed for redemption. If null, the rule applies to all points. """
    value_of_point: Decimal | None | Unset = UNSET
    """ The value of a single point in terms of monetary value for redemption. """
    rule_type: None | str | Unset = UNSET
    """ The type of rule governing the redemption. Possible values include: free_shipping_settings,
    percentage_discount_settings, free_product_settings, fixed_rate_settings. """
    coupon: GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0 | None | Unset = UNSET
    """ Defines the coupon associated with the redemption rule, if applicable. """
    image: None | str | Unset = UNSET
    """ A URL or file path for an image representing the redemption rule. """
    creation_date: datetime.datetime | None | Unset = UNSET
    """ The date when the redemption rule was created. """
    is_active: bool | None | Unset = UNSET
    """ Indicates whether the redemption rule is currently active and can be used to generate new coupons or not.
    true → The rule is active, and new coupons can be created and redeemed. false → The rule is inactive, meaning no
    new coupons can be generated. However, previously created coupons will still be valid and can be redeemed.
    Example: If isActive is false, customers cannot create new coupons, but any coupons generated before the rule
    became inactive can still be used. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: Decimal | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        points_to_redeem: Decimal | None | Unset
        if isinstance(self.points_to_redeem, Unset):
            points_to_redeem = UNSET
        else:
            points_to_redeem = self.points_to_redeem

        value_of_point: Decimal | None | Unset
        if isinstance(self.value_of_point, Unset):
            value_of_point = UNSET
        else:
            value_of_point = self.value_of_point

        rule_type: None | str | Unset
        if isinstance(self.rule_type, Unset):
            rule_type = UNSET
        else:
            rule_type = self.rule_type

        coupon: dict[str, Any] | None | Unset
        if isinstance(self.coupon, Unset):
            coupon = UNSET
        elif isinstance(self.coupon, GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0):
            coupon = self.coupon.to_dict()
        else:
            coupon = self.coupon

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if points_to_redeem is not UNSET:
            field_dict["pointsToRedeem"] = points_to_redeem
        if value_of_point is not UNSET:
            field_dict["valueOfPoint"] = value_of_point
        if rule_type is not UNSET:
            field_dict["ruleType"] = rule_type
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if image is not UNSET:
            field_dict["image"] = image
        if creation_date is not UNSET:
            field_dict["creationDate"] = creation_date
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _id_value = d.pop("id", UNSET)
        id: Decimal | None | Unset
        if _id_value is None or isinstance(_id_value, Unset):
            id = _id_value
        else:
            if not (isinstance(_id_value, (int, float, Decimal, str)) and not isinstance(_id_value, bool)):
                raise TypeError()
            id_type_0 = to_decimal(_id_value)

            id = id_type_0

        _points_to_redeem_value = d.pop("pointsToRedeem", UNSET)
        points_to_redeem: Decimal | None | Unset
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

        _value_of_point_value = d.pop("valueOfPoint", UNSET)
        value_of_point: Decimal | None | Unset
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

        rule_type: None | str | Unset = d.pop("ruleType", UNSET)

        _coupon_value = d.pop("coupon", UNSET)
        coupon: GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0 | None | Unset
        if _coupon_value is None or isinstance(_coupon_value, Unset):
            coupon = _coupon_value
        else:
            if not isinstance(_coupon_value, dict):
                raise TypeError()
            coupon_type_0 = GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0.from_dict(
                _coupon_value
            )

            coupon = coupon_type_0

        image: None | str | Unset = d.pop("image", UNSET)

        _creation_date_value = d.pop("creationDate", UNSET)
        creation_date: datetime.datetime | None | Unset
        if _creation_date_value is None or isinstance(_creation_date_value, Unset):
            creation_date = _creation_date_value
        else:
            if not isinstance(_creation_date_value, str):
                raise TypeError()
            creation_date_type_0 = datetime.datetime.fromisoformat(_creation_date_value)

            creation_date = creation_date_type_0

        is_active: bool | None | Unset = d.pop("isActive", UNSET)

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
