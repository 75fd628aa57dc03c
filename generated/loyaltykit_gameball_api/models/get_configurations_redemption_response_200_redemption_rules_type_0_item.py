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

        def _parse_id(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            id_type_0 = to_decimal(data)

            return id_type_0

        id = _parse_id(d.pop("id", UNSET))

        def _parse_points_to_redeem(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            points_to_redeem_type_0 = to_decimal(data)

            return points_to_redeem_type_0

        points_to_redeem = _parse_points_to_redeem(d.pop("pointsToRedeem", UNSET))

        def _parse_value_of_point(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            value_of_point_type_0 = to_decimal(data)

            return value_of_point_type_0

        value_of_point = _parse_value_of_point(d.pop("valueOfPoint", UNSET))

        rule_type: None | str | Unset = d.pop("ruleType", UNSET)

        def _parse_coupon(
            data: object,
        ) -> GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            coupon_type_0 = GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0.from_dict(data)

            return coupon_type_0

        coupon = _parse_coupon(d.pop("coupon", UNSET))

        image: None | str | Unset = d.pop("image", UNSET)

        def _parse_creation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            creation_date_type_0 = datetime.datetime.fromisoformat(data)

            return creation_date_type_0

        creation_date = _parse_creation_date(d.pop("creationDate", UNSET))

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
