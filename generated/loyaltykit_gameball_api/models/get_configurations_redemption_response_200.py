from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetConfigurationsRedemptionResponse200")


@_attrs_define
class GetConfigurationsRedemptionResponse200:
    redemption_factor: Decimal | None = None
    """ This factor indicates the value of each loyalty point in terms of currency, defining how many currency units
    can be obtained by redeeming points. Example: If the redemptionFactor is set to 0.1, this means that a customer
    can redeem 10 points for 1 USD. """
    redemption_rules: list[GetConfigurationsRedemptionResponse200RedemptionRulesType0Item] | None = None
    """ A list of redemption rules that define how points can be redeemed for discounts and coupons. Defines the
    rules for redeeming points, including points required, value of points, applicable coupons, and eligibility
    criteria. Example: a redemption rule may allow points to be redeemed for a free product, free shipping,
    percentage-based discounts, or fixed-amount discounts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "redemption_factor",
                "redemption_rules",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        redemption_factor: Decimal | None
        redemption_factor = self.redemption_factor

        redemption_rules: list[dict[str, Any]] | None
        if isinstance(self.redemption_rules, list):
            redemption_rules = []
            for redemption_rules_type_0_item_data in self.redemption_rules:
                redemption_rules_type_0_item = redemption_rules_type_0_item_data.to_dict()
                redemption_rules.append(redemption_rules_type_0_item)

        else:
            redemption_rules = self.redemption_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "redemptionFactor": redemption_factor,
                "redemptionRules": redemption_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _redemption_factor_value = d.pop("redemptionFactor", None)
        redemption_factor: Decimal | None
        if _redemption_factor_value is None or isinstance(_redemption_factor_value, Unset):
            redemption_factor = _redemption_factor_value
        else:
            if not (
                isinstance(_redemption_factor_value, (int, float, Decimal, str))
                and not isinstance(_redemption_factor_value, bool)
            ):
                raise TypeError()
            redemption_factor_type_0 = to_decimal(_redemption_factor_value)

            redemption_factor = redemption_factor_type_0

        _redemption_rules_value = d.pop("redemptionRules", None)
        redemption_rules: list[GetConfigurationsRedemptionResponse200RedemptionRulesType0Item] | None
        if _redemption_rules_value is None or isinstance(_redemption_rules_value, Unset):
            redemption_rules = _redemption_rules_value
        else:
            if not isinstance(_redemption_rules_value, list):
                raise TypeError()
            redemption_rules_type_0 = []
            _redemption_rules_type_0 = _redemption_rules_value
            for redemption_rules_type_0_item_data in _redemption_rules_type_0:
                redemption_rules_type_0_item = GetConfigurationsRedemptionResponse200RedemptionRulesType0Item.from_dict(
                    redemption_rules_type_0_item_data
                )

                redemption_rules_type_0.append(redemption_rules_type_0_item)

            redemption_rules = redemption_rules_type_0

        get_configurations_redemption_response_200 = cls(
            redemption_factor=redemption_factor,
            redemption_rules=redemption_rules,
        )

        get_configurations_redemption_response_200.additional_properties = d
        return get_configurations_redemption_response_200

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


from ..models.get_configurations_redemption_response_200_redemption_rules_type_0_item import (
    GetConfigurationsRedemptionResponse200RedemptionRulesType0Item,
)
