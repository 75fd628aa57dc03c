from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetConfigurationsCashbackResponse200DefaultCashbackRuleType0")


@_attrs_define
class GetConfigurationsCashbackResponse200DefaultCashbackRuleType0:
    """The default cashback rule applied to all customers if no tier-specific rules are available."""

    amount_reward_threshold: Decimal | None = None
    """ The minimum amount that must be spent by the customer to qualify for a cashback reward. Transactions below
    this threshold will not earn any cashback, incentivizing higher spending. Example: If the amountRewardThreshold
    is set to $50, a customer must spend at least $50 to be eligible for cashback rewards. """
    reward_wallet_factor: Decimal | None = None
    """ The factor used to calculate the amount of loyalty points added to the customer's wallet based on the
    cashback amount earned from transactions. This factor determines how many points customers receive relative to
    the cashback they earn. Example: If a customer receives $10 in cashback and the rewardWalletFactor is 2, the
    customer will earn 20 loyalty points (2 times the cashback amount). """
    reward_rank_factor: Decimal | None = None
    """ In case your tiering-up method is based on score, this factor determines the score rewarded for each unit of
    currency your customer spends. It directly impacts how quickly customers can progress through tiers in your
    loyalty program. Example: If the rewardRankFactor is set to 2, the customer earns 2 score points for every 1 USD
    spent. """
    reward_factor: Decimal | None = None
    """ It is a calculated value that determines the reward a customer earns relative to their spending. It
    considers the AmountRewardThreshold (Minimum Amount Required), RewardWalletFactor (Earning Rate), and
    RedemptionFactor (Monetary Value of Points). Formula: Reward Factor = (Amount Reward Threshold / Reward Wallet
    Factor) × Redemption Factor × 100. This indicates the percentage of what the customer earns as a cashback reward
    based on their spendings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "amount_reward_threshold",
                "reward_wallet_factor",
                "reward_rank_factor",
                "reward_factor",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        amount_reward_threshold: Decimal | None
        amount_reward_threshold = self.amount_reward_threshold

        reward_wallet_factor: Decimal | None
        reward_wallet_factor = self.reward_wallet_factor

        reward_rank_factor: Decimal | None
        reward_rank_factor = self.reward_rank_factor

        reward_factor: Decimal | None
        reward_factor = self.reward_factor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountRewardThreshold": amount_reward_threshold,
                "rewardWalletFactor": reward_wallet_factor,
                "rewardRankFactor": reward_rank_factor,
                "rewardFactor": reward_factor,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _amount_reward_threshold_value = d.pop("amountRewardThreshold", None)
        amount_reward_threshold: Decimal | None
        if _amount_reward_threshold_value is None or isinstance(_amount_reward_threshold_value, Unset):
            amount_reward_threshold = _amount_reward_threshold_value
        else:
            if not (
                isinstance(_amount_reward_threshold_value, (int, float, Decimal, str))
                and not isinstance(_amount_reward_threshold_value, bool)
            ):
                raise TypeError()
            amount_reward_threshold_type_0 = to_decimal(_amount_reward_threshold_value)

            amount_reward_threshold = amount_reward_threshold_type_0

        _reward_wallet_factor_value = d.pop("rewardWalletFactor", None)
        reward_wallet_factor: Decimal | None
        if _reward_wallet_factor_value is None or isinstance(_reward_wallet_factor_value, Unset):
            reward_wallet_factor = _reward_wallet_factor_value
        else:
            if not (
                isinstance(_reward_wallet_factor_value, (int, float, Decimal, str))
                and not isinstance(_reward_wallet_factor_value, bool)
            ):
                raise TypeError()
            reward_wallet_factor_type_0 = to_decimal(_reward_wallet_factor_value)

            reward_wallet_factor = reward_wallet_factor_type_0

        _reward_rank_factor_value = d.pop("rewardRankFactor", None)
        reward_rank_factor: Decimal | None
        if _reward_rank_factor_value is None or isinstance(_reward_rank_factor_value, Unset):
            reward_rank_factor = _reward_rank_factor_value
        else:
            if not (
                isinstance(_reward_rank_factor_value, (int, float, Decimal, str))
                and not isinstance(_reward_rank_factor_value, bool)
            ):
                raise TypeError()
            reward_rank_factor_type_0 = to_decimal(_reward_rank_factor_value)

            reward_rank_factor = reward_rank_factor_type_0

        _reward_factor_value = d.pop("rewardFactor", None)
        reward_factor: Decimal | None
        if _reward_factor_value is None or isinstance(_reward_factor_value, Unset):
            reward_factor = _reward_factor_value
        else:
            if not (
                isinstance(_reward_factor_value, (int, float, Decimal, str))
                and not isinstance(_reward_factor_value, bool)
            ):
                raise TypeError()
            reward_factor_type_0 = to_decimal(_reward_factor_value)

            reward_factor = reward_factor_type_0

        get_configurations_cashback_response_200_default_cashback_rule_type_0 = cls(
            amount_reward_threshold=amount_reward_threshold,
            reward_wallet_factor=reward_wallet_factor,
            reward_rank_factor=reward_rank_factor,
            reward_factor=reward_factor,
        )

        get_configurations_cashback_response_200_default_cashback_rule_type_0.additional_properties = d
        return get_configurations_cashback_response_200_default_cashback_rule_type_0

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
