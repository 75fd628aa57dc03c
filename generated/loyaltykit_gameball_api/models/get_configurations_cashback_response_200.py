from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="GetConfigurationsCashbackResponse200")


@_attrs_define
class GetConfigurationsCashbackResponse200:
    default_cashback_rule: GetConfigurationsCashbackResponse200DefaultCashbackRuleType0 | None = None
    """ The default cashback rule applied to all customers if no tier-specific rules are available. """
    tier_cashback_rules: list[GetConfigurationsCashbackResponse200TierCashbackRulesType0Item] | None = None
    """ A list of tier-specific cashback rules, which override the default cashback rule for customers in a specific
    tier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "default_cashback_rule",
                "tier_cashback_rules",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        default_cashback_rule: dict[str, Any] | None
        if isinstance(self.default_cashback_rule, GetConfigurationsCashbackResponse200DefaultCashbackRuleType0):
            default_cashback_rule = self.default_cashback_rule.to_dict()
        else:
            default_cashback_rule = self.default_cashback_rule

        tier_cashback_rules: list[dict[str, Any]] | None
        if isinstance(self.tier_cashback_rules, list):
            tier_cashback_rules = []
            for tier_cashback_rules_type_0_item_data in self.tier_cashback_rules:
                tier_cashback_rules_type_0_item = tier_cashback_rules_type_0_item_data.to_dict()
                tier_cashback_rules.append(tier_cashback_rules_type_0_item)

        else:
            tier_cashback_rules = self.tier_cashback_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "defaultCashbackRule": default_cashback_rule,
                "tierCashbackRules": tier_cashback_rules,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _default_cashback_rule_value = d.pop("defaultCashbackRule", None)
        default_cashback_rule: GetConfigurationsCashbackResponse200DefaultCashbackRuleType0 | None
        if _default_cashback_rule_value is None or isinstance(_default_cashback_rule_value, Unset):
            default_cashback_rule = _default_cashback_rule_value
        else:
            if not isinstance(_default_cashback_rule_value, dict):
                raise TypeError()
            default_cashback_rule_type_0 = GetConfigurationsCashbackResponse200DefaultCashbackRuleType0.from_dict(
                _default_cashback_rule_value
            )

            default_cashback_rule = default_cashback_rule_type_0

        _tier_cashback_rules_value = d.pop("tierCashbackRules", None)
        tier_cashback_rules: list[GetConfigurationsCashbackResponse200TierCashbackRulesType0Item] | None
        if _tier_cashback_rules_value is None or isinstance(_tier_cashback_rules_value, Unset):
            tier_cashback_rules = _tier_cashback_rules_value
        else:
            if not isinstance(_tier_cashback_rules_value, list):
                raise TypeError()
            tier_cashback_rules_type_0 = []
            _tier_cashback_rules_type_0 = _tier_cashback_rules_value
            for tier_cashback_rules_type_0_item_data in _tier_cashback_rules_type_0:
                tier_cashback_rules_type_0_item = (
                    GetConfigurationsCashbackResponse200TierCashbackRulesType0Item.from_dict(
                        tier_cashback_rules_type_0_item_data
                    )
                )

                tier_cashback_rules_type_0.append(tier_cashback_rules_type_0_item)

            tier_cashback_rules = tier_cashback_rules_type_0

        get_configurations_cashback_response_200 = cls(
            default_cashback_rule=default_cashback_rule,
            tier_cashback_rules=tier_cashback_rules,
        )

        get_configurations_cashback_response_200.additional_properties = d
        return get_configurations_cashback_response_200

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


from ..models.get_configurations_cashback_response_200_default_cashback_rule_type_0 import (
    GetConfigurationsCashbackResponse200DefaultCashbackRuleType0,
)
from ..models.get_configurations_cashback_response_200_tier_cashback_rules_type_0_item import (
    GetConfigurationsCashbackResponse200TierCashbackRulesType0Item,
)
