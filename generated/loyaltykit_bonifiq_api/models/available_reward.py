from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cannot_use_reason import CannotUseReason
from ..models.product_discount_mode import ProductDiscountMode
from ..models.reward_type import RewardType
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="AvailableReward")


@_attrs_define
class AvailableReward:
    """A reward configuration and whether the customer can use it in this purchase."""

    id: int | None | Unset = UNSET
    """ Reward configuration id; use it in the /POS/rewards/{id}/redeem path. """
    title: None | str | Unset = UNSET
    value: Decimal | None | Unset = UNSET
    """ Percent (RewardType 0) or currency amount (RewardType 1); 0 for product rewards. """
    can_select_value: bool | None | Unset = UNSET
    """ True for cashback: the amount to use can be chosen. """
    is_cashback: bool | None | Unset = UNSET
    requirements: None | str | Unset = UNSET
    """ Human readable rules to use the reward, e.g. minimum purchase. """
    available_cashback: Decimal | None | Unset = UNSET
    """ Cashback balance (cashback reward only). """
    max_cashback_for_current_purchase: Decimal | None | Unset = UNSET
    """ Cap of cashback for this purchase (cashback reward only). """
    can_use: bool | None | Unset = UNSET
    """ Authoritative eligibility of this reward for the current customer and purchase. """
    points: int | None | Unset = UNSET
    """ Points cost. """
    reward_can_be_cumulative: bool | None | Unset = UNSET
    reward_type: None | RewardType | Unset = UNSET
    cannot_use_reason: CannotUseReason | None | Unset = UNSET
    """ Why CanUse is false; missing means 0 (CanUse). """
    external_product_id: None | str | Unset = UNSET
    """ RewardType 5: SKU of the product in the PDV catalog. """
    product_display_name: None | str | Unset = UNSET
    """ RewardType 5. """
    product_discount_mode: None | ProductDiscountMode | Unset = UNSET
    """ RewardType 5. """
    product_discount_value: Decimal | None | Unset = UNSET
    """ RewardType 5: percent, final price or amount, per ProductDiscountMode. """
    product_max_units_per_redeem: int | None | Unset = UNSET
    """ RewardType 5 (the POS redeem confirms one unit). """
    product_available_quantity: int | None | Unset = UNSET
    """ RewardType 5 stock for the reward. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        value: Decimal | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        can_select_value: bool | None | Unset
        if isinstance(self.can_select_value, Unset):
            can_select_value = UNSET
        else:
            can_select_value = self.can_select_value

        is_cashback: bool | None | Unset
        if isinstance(self.is_cashback, Unset):
            is_cashback = UNSET
        else:
            is_cashback = self.is_cashback

        requirements: None | str | Unset
        if isinstance(self.requirements, Unset):
            requirements = UNSET
        else:
            requirements = self.requirements

        available_cashback: Decimal | None | Unset
        if isinstance(self.available_cashback, Unset):
            available_cashback = UNSET
        else:
            available_cashback = self.available_cashback

        max_cashback_for_current_purchase: Decimal | None | Unset
        if isinstance(self.max_cashback_for_current_purchase, Unset):
            max_cashback_for_current_purchase = UNSET
        else:
            max_cashback_for_current_purchase = self.max_cashback_for_current_purchase

        can_use: bool | None | Unset
        if isinstance(self.can_use, Unset):
            can_use = UNSET
        else:
            can_use = self.can_use

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        reward_can_be_cumulative: bool | None | Unset
        if isinstance(self.reward_can_be_cumulative, Unset):
            reward_can_be_cumulative = UNSET
        else:
            reward_can_be_cumulative = self.reward_can_be_cumulative

        reward_type: int | None | Unset
        if isinstance(self.reward_type, Unset):
            reward_type = UNSET
        elif isinstance(self.reward_type, RewardType):
            reward_type = self.reward_type.value
        else:
            reward_type = self.reward_type

        cannot_use_reason: int | None | Unset
        if isinstance(self.cannot_use_reason, Unset):
            cannot_use_reason = UNSET
        elif isinstance(self.cannot_use_reason, CannotUseReason):
            cannot_use_reason = self.cannot_use_reason.value
        else:
            cannot_use_reason = self.cannot_use_reason

        external_product_id: None | str | Unset
        if isinstance(self.external_product_id, Unset):
            external_product_id = UNSET
        else:
            external_product_id = self.external_product_id

        product_display_name: None | str | Unset
        if isinstance(self.product_display_name, Unset):
            product_display_name = UNSET
        else:
            product_display_name = self.product_display_name

        product_discount_mode: int | None | Unset
        if isinstance(self.product_discount_mode, Unset):
            product_discount_mode = UNSET
        elif isinstance(self.product_discount_mode, ProductDiscountMode):
            product_discount_mode = self.product_discount_mode.value
        else:
            product_discount_mode = self.product_discount_mode

        product_discount_value: Decimal | None | Unset
        if isinstance(self.product_discount_value, Unset):
            product_discount_value = UNSET
        else:
            product_discount_value = self.product_discount_value

        product_max_units_per_redeem: int | None | Unset
        if isinstance(self.product_max_units_per_redeem, Unset):
            product_max_units_per_redeem = UNSET
        else:
            product_max_units_per_redeem = self.product_max_units_per_redeem

        product_available_quantity: int | None | Unset
        if isinstance(self.product_available_quantity, Unset):
            product_available_quantity = UNSET
        else:
            product_available_quantity = self.product_available_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if title is not UNSET:
            field_dict["Title"] = title
        if value is not UNSET:
            field_dict["Value"] = value
        if can_select_value is not UNSET:
            field_dict["CanSelectValue"] = can_select_value
        if is_cashback is not UNSET:
            field_dict["IsCashback"] = is_cashback
        if requirements is not UNSET:
            field_dict["Requirements"] = requirements
        if available_cashback is not UNSET:
            field_dict["AvailableCashback"] = available_cashback
        if max_cashback_for_current_purchase is not UNSET:
            field_dict["MaxCashbackForCurrentPurchase"] = max_cashback_for_current_purchase
        if can_use is not UNSET:
            field_dict["CanUse"] = can_use
        if points is not UNSET:
            field_dict["Points"] = points
        if reward_can_be_cumulative is not UNSET:
            field_dict["RewardCanBeCumulative"] = reward_can_be_cumulative
        if reward_type is not UNSET:
            field_dict["RewardType"] = reward_type
        if cannot_use_reason is not UNSET:
            field_dict["CannotUseReason"] = cannot_use_reason
        if external_product_id is not UNSET:
            field_dict["ExternalProductId"] = external_product_id
        if product_display_name is not UNSET:
            field_dict["ProductDisplayName"] = product_display_name
        if product_discount_mode is not UNSET:
            field_dict["ProductDiscountMode"] = product_discount_mode
        if product_discount_value is not UNSET:
            field_dict["ProductDiscountValue"] = product_discount_value
        if product_max_units_per_redeem is not UNSET:
            field_dict["ProductMaxUnitsPerRedeem"] = product_max_units_per_redeem
        if product_available_quantity is not UNSET:
            field_dict["ProductAvailableQuantity"] = product_available_quantity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        title: None | str | Unset = d.pop("Title", UNSET)

        _value_value = d.pop("Value", UNSET)
        value: Decimal | None | Unset
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        can_select_value: bool | None | Unset = d.pop("CanSelectValue", UNSET)

        is_cashback: bool | None | Unset = d.pop("IsCashback", UNSET)

        requirements: None | str | Unset = d.pop("Requirements", UNSET)

        _available_cashback_value = d.pop("AvailableCashback", UNSET)
        available_cashback: Decimal | None | Unset
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

        _max_cashback_for_current_purchase_value = d.pop("MaxCashbackForCurrentPurchase", UNSET)
        max_cashback_for_current_purchase: Decimal | None | Unset
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

        can_use: bool | None | Unset = d.pop("CanUse", UNSET)

        points: int | None | Unset = d.pop("Points", UNSET)

        reward_can_be_cumulative: bool | None | Unset = d.pop("RewardCanBeCumulative", UNSET)

        _reward_type_value = d.pop("RewardType", UNSET)
        reward_type: None | RewardType | Unset
        if _reward_type_value is None or isinstance(_reward_type_value, Unset):
            reward_type = _reward_type_value
        else:
            if not isinstance(_reward_type_value, int):
                raise TypeError()
            reward_type_type_0 = RewardType(_reward_type_value)

            reward_type = reward_type_type_0

        _cannot_use_reason_value = d.pop("CannotUseReason", UNSET)
        cannot_use_reason: CannotUseReason | None | Unset
        if _cannot_use_reason_value is None or isinstance(_cannot_use_reason_value, Unset):
            cannot_use_reason = _cannot_use_reason_value
        else:
            if not isinstance(_cannot_use_reason_value, int):
                raise TypeError()
            cannot_use_reason_type_0 = CannotUseReason(_cannot_use_reason_value)

            cannot_use_reason = cannot_use_reason_type_0

        external_product_id: None | str | Unset = d.pop("ExternalProductId", UNSET)

        product_display_name: None | str | Unset = d.pop("ProductDisplayName", UNSET)

        _product_discount_mode_value = d.pop("ProductDiscountMode", UNSET)
        product_discount_mode: None | ProductDiscountMode | Unset
        if _product_discount_mode_value is None or isinstance(_product_discount_mode_value, Unset):
            product_discount_mode = _product_discount_mode_value
        else:
            if not isinstance(_product_discount_mode_value, int):
                raise TypeError()
            product_discount_mode_type_0 = ProductDiscountMode(_product_discount_mode_value)

            product_discount_mode = product_discount_mode_type_0

        _product_discount_value_value = d.pop("ProductDiscountValue", UNSET)
        product_discount_value: Decimal | None | Unset
        if _product_discount_value_value is None or isinstance(_product_discount_value_value, Unset):
            product_discount_value = _product_discount_value_value
        else:
            if not (
                isinstance(_product_discount_value_value, (int, float, Decimal, str))
                and not isinstance(_product_discount_value_value, bool)
            ):
                raise TypeError()
            product_discount_value_type_0 = to_decimal(_product_discount_value_value)

            product_discount_value = product_discount_value_type_0

        product_max_units_per_redeem: int | None | Unset = d.pop("ProductMaxUnitsPerRedeem", UNSET)

        product_available_quantity: int | None | Unset = d.pop("ProductAvailableQuantity", UNSET)

        available_reward = cls(
            id=id,
            title=title,
            value=value,
            can_select_value=can_select_value,
            is_cashback=is_cashback,
            requirements=requirements,
            available_cashback=available_cashback,
            max_cashback_for_current_purchase=max_cashback_for_current_purchase,
            can_use=can_use,
            points=points,
            reward_can_be_cumulative=reward_can_be_cumulative,
            reward_type=reward_type,
            cannot_use_reason=cannot_use_reason,
            external_product_id=external_product_id,
            product_display_name=product_display_name,
            product_discount_mode=product_discount_mode,
            product_discount_value=product_discount_value,
            product_max_units_per_redeem=product_max_units_per_redeem,
            product_available_quantity=product_available_quantity,
        )

        available_reward.additional_properties = d
        return available_reward

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
