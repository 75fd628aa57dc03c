from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="AvailableRewardsResponse")


@_attrs_define
class AvailableRewardsResponse:
    """Available rewards, balances and validation flags (returned WITHOUT envelope)."""

    customer: AvailableRewardsCustomer | None = None
    """ Customer data resolved from the informed id. Can be null when the customer is not found. """
    rewards: list[AvailableReward] | None = None
    """ A list of all available rewards regardless if the user can redeem it or not. Even if the user doest not have
    enought points to redeem a reward it is still usefull for him """
    has_restricted_items: bool | None = None
    """ True if any items were restricted from cashback eligibility. Only populated when Items are provided in the
    request. """
    restricted_value: Decimal | None = None
    """ Total value of restricted items that cannot receive cashback. Only populated when Items are provided in the
    request. """
    eligible_value: Decimal | None = None
    """ Total value eligible for cashback (after filtering restricted items). Only populated when Items are provided
    in the request. """
    has_rewards: bool | None = None
    """ False if there is no available rewards to redeem. In this case the flow should proceed without showing any
    information to the user """
    can_use_reward: bool | None = None
    """ Whether any reward can be used. """
    should_validate_customer: bool | None = None
    """ If true the caller must follow the Validation flow, calling the BonifiQ API to request a token-code from
    customer. If false the flow can be directed to conclusion """
    should_validate_customer_signup: bool | None = None
    """ If true the caller must validate the customer signup before considering the customer enrolled. """
    available_points: int | None = None
    """ How many points the customer have. It is useful in scenarios without cashback where rewards are fully point-
    based. """
    cashback_enabled: bool | None = None
    """ Returns true if exists a cashback reward. In this case the user will need to be aware of how much Cashback
    is Available """
    available_cashback: Decimal | None = None
    """ Returns the total amount of cashback the user have. Will be 0 if CashbackEnable=false. """
    max_cashback_for_current_purchase: Decimal | None = None
    """ The maximum amount that can be used for the current purchase order value. Cashback have some rules to use
    such as a minimum order value, so BonifiQ caps the available cashback to the maximum amount the customer can use
    for the current purchase. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer",
                "rewards",
                "has_restricted_items",
                "restricted_value",
                "eligible_value",
                "has_rewards",
                "can_use_reward",
                "should_validate_customer",
                "should_validate_customer_signup",
                "available_points",
                "cashback_enabled",
                "available_cashback",
                "max_cashback_for_current_purchase",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer: dict[str, Any] | None
        if isinstance(self.customer, AvailableRewardsCustomer):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        rewards: list[dict[str, Any]] | None
        if isinstance(self.rewards, list):
            rewards = []
            for rewards_type_0_item_data in self.rewards:
                rewards_type_0_item = rewards_type_0_item_data.to_dict()
                rewards.append(rewards_type_0_item)

        else:
            rewards = self.rewards

        has_restricted_items: bool | None
        has_restricted_items = self.has_restricted_items

        restricted_value: Decimal | None
        restricted_value = self.restricted_value

        eligible_value: Decimal | None
        eligible_value = self.eligible_value

        has_rewards: bool | None
        has_rewards = self.has_rewards

        can_use_reward: bool | None
        can_use_reward = self.can_use_reward

        should_validate_customer: bool | None
        should_validate_customer = self.should_validate_customer

        should_validate_customer_signup: bool | None
        should_validate_customer_signup = self.should_validate_customer_signup

        available_points: int | None
        available_points = self.available_points

        cashback_enabled: bool | None
        cashback_enabled = self.cashback_enabled

        available_cashback: Decimal | None
        available_cashback = self.available_cashback

        max_cashback_for_current_purchase: Decimal | None
        max_cashback_for_current_purchase = self.max_cashback_for_current_purchase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Customer": customer,
                "Rewards": rewards,
                "HasRestrictedItems": has_restricted_items,
                "RestrictedValue": restricted_value,
                "EligibleValue": eligible_value,
                "HasRewards": has_rewards,
                "CanUseReward": can_use_reward,
                "ShouldValidateCustomer": should_validate_customer,
                "ShouldValidateCustomerSignup": should_validate_customer_signup,
                "AvailablePoints": available_points,
                "CashbackEnabled": cashback_enabled,
                "AvailableCashback": available_cashback,
                "MaxCashbackForCurrentPurchase": max_cashback_for_current_purchase,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _customer_value = d.pop("Customer", None)
        customer: AvailableRewardsCustomer | None
        if _customer_value is None or isinstance(_customer_value, Unset):
            customer = _customer_value
        else:
            if not isinstance(_customer_value, dict):
                raise TypeError()
            customer_type_0 = AvailableRewardsCustomer.from_dict(_customer_value)

            customer = customer_type_0

        _rewards_value = d.pop("Rewards", None)
        rewards: list[AvailableReward] | None
        if _rewards_value is None or isinstance(_rewards_value, Unset):
            rewards = _rewards_value
        else:
            if not isinstance(_rewards_value, list):
                raise TypeError()
            rewards_type_0 = []
            _rewards_type_0 = _rewards_value
            for rewards_type_0_item_data in _rewards_type_0:
                rewards_type_0_item = AvailableReward.from_dict(rewards_type_0_item_data)

                rewards_type_0.append(rewards_type_0_item)

            rewards = rewards_type_0

        has_restricted_items: bool | None = d.pop("HasRestrictedItems", None)

        _restricted_value_value = d.pop("RestrictedValue", None)
        restricted_value: Decimal | None
        if _restricted_value_value is None or isinstance(_restricted_value_value, Unset):
            restricted_value = _restricted_value_value
        else:
            if not (
                isinstance(_restricted_value_value, (int, float, Decimal, str))
                and not isinstance(_restricted_value_value, bool)
            ):
                raise TypeError()
            restricted_value_type_0 = to_decimal(_restricted_value_value)

            restricted_value = restricted_value_type_0

        _eligible_value_value = d.pop("EligibleValue", None)
        eligible_value: Decimal | None
        if _eligible_value_value is None or isinstance(_eligible_value_value, Unset):
            eligible_value = _eligible_value_value
        else:
            if not (
                isinstance(_eligible_value_value, (int, float, Decimal, str))
                and not isinstance(_eligible_value_value, bool)
            ):
                raise TypeError()
            eligible_value_type_0 = to_decimal(_eligible_value_value)

            eligible_value = eligible_value_type_0

        has_rewards: bool | None = d.pop("HasRewards", None)

        can_use_reward: bool | None = d.pop("CanUseReward", None)

        should_validate_customer: bool | None = d.pop("ShouldValidateCustomer", None)

        should_validate_customer_signup: bool | None = d.pop("ShouldValidateCustomerSignup", None)

        available_points: int | None = d.pop("AvailablePoints", None)

        cashback_enabled: bool | None = d.pop("CashbackEnabled", None)

        _available_cashback_value = d.pop("AvailableCashback", None)
        available_cashback: Decimal | None
        if _available_cashback_value is None or isinstance(_available_cashback_value, Unset):
            available_cashback = _available_cashback_value
        else:
            if not (
                isinstance(_available_cashback_value, (int, float, Decimal, str))
                and not isinstance(_available_cashback_value, bool)
            ):
                raise TypeError()
            available_cashback_type_0 = to_decimal(_available_cashback_value)

            available_cashback = available_cashback_type_0

        _max_cashback_for_current_purchase_value = d.pop("MaxCashbackForCurrentPurchase", None)
        max_cashback_for_current_purchase: Decimal | None
        if _max_cashback_for_current_purchase_value is None or isinstance(
            _max_cashback_for_current_purchase_value, Unset
        ):
            max_cashback_for_current_purchase = _max_cashback_for_current_purchase_value
        else:
            if not (
                isinstance(_max_cashback_for_current_purchase_value, (int, float, Decimal, str))
                and not isinstance(_max_cashback_for_current_purchase_value, bool)
            ):
                raise TypeError()
            max_cashback_for_current_purchase_type_0 = to_decimal(_max_cashback_for_current_purchase_value)

            max_cashback_for_current_purchase = max_cashback_for_current_purchase_type_0

        available_rewards_response = cls(
            customer=customer,
            rewards=rewards,
            has_restricted_items=has_restricted_items,
            restricted_value=restricted_value,
            eligible_value=eligible_value,
            has_rewards=has_rewards,
            can_use_reward=can_use_reward,
            should_validate_customer=should_validate_customer,
            should_validate_customer_signup=should_validate_customer_signup,
            available_points=available_points,
            cashback_enabled=cashback_enabled,
            available_cashback=available_cashback,
            max_cashback_for_current_purchase=max_cashback_for_current_purchase,
        )

        available_rewards_response.additional_properties = d
        return available_rewards_response

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


from ..models.available_reward import AvailableReward
from ..models.available_rewards_customer import AvailableRewardsCustomer
