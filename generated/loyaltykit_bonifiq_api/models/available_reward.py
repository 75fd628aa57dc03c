from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.cannot_use_reason import CannotUseReason
from ..models.product_discount_mode import ProductDiscountMode
from ..models.reward_type import RewardType
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="AvailableReward")


@_attrs_define
class AvailableReward:
    """A reward configuration and whether the customer can use it in this purchase."""

    id: int | None = None
    """ Reward configuration id; use it in the /POS/rewards/{id}/redeem path. """
    title: None | str = None
    value: Decimal | None = None
    """ Percent (RewardType 0) or currency amount (RewardType 1); 0 for product rewards. """
    can_select_value: bool | None = None
    """ True for cashback: the amount to use can be chosen. """
    is_cashback: bool | None = None
    requirements: None | str = None
    """ Human readable rules to use the reward, e.g. minimum purchase. """
    available_cashback: Decimal | None = None
    """ Cashback balance (cashback reward only). """
    max_cashback_for_current_purchase: Decimal | None = None
    """ Cap of cashback for this purchase (cashback reward only). """
    can_use: bool | None = None
    """ Authoritative eligibility of this reward for the current customer and purchase. """
    points: int | None = None
    """ Points cost. """
    reward_can_be_cumulative: bool | None = None
    reward_type: None | RewardType = None
    cannot_use_reason: CannotUseReason | None = None
    """ Why CanUse is false; missing means 0 (CanUse). """
    external_product_id: None | str = None
    """ RewardType 5: SKU of the product in the PDV catalog. """
    product_display_name: None | str = None
    """ RewardType 5. """
    product_discount_mode: None | ProductDiscountMode = None
    """ RewardType 5. """
    product_discount_value: Decimal | None = None
    """ RewardType 5: percent, final price or amount, per ProductDiscountMode. """
    product_max_units_per_redeem: int | None = None
    """ RewardType 5 (the POS redeem confirms one unit). """
    product_available_quantity: int | None = None
    """ RewardType 5 stock for the reward. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "title",
                "value",
                "can_select_value",
                "is_cashback",
                "requirements",
                "available_cashback",
                "max_cashback_for_current_purchase",
                "can_use",
                "points",
                "reward_can_be_cumulative",
                "reward_type",
                "cannot_use_reason",
                "external_product_id",
                "product_display_name",
                "product_discount_mode",
                "product_discount_value",
                "product_max_units_per_redeem",
                "product_available_quantity",
            ),
            frozenset(("product_display_name",)),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        title: None | str
        title = self.title

        value: Decimal | None
        value = self.value

        can_select_value: bool | None
        can_select_value = self.can_select_value

        is_cashback: bool | None
        is_cashback = self.is_cashback

        requirements: None | str
        requirements = self.requirements

        available_cashback: Decimal | None
        available_cashback = self.available_cashback

        max_cashback_for_current_purchase: Decimal | None
        max_cashback_for_current_purchase = self.max_cashback_for_current_purchase

        can_use: bool | None
        can_use = self.can_use

        points: int | None
        points = self.points

        reward_can_be_cumulative: bool | None
        reward_can_be_cumulative = self.reward_can_be_cumulative

        reward_type: int | None
        if isinstance(self.reward_type, RewardType):
            reward_type = self.reward_type.value
        else:
            reward_type = self.reward_type

        cannot_use_reason: int | None
        if isinstance(self.cannot_use_reason, CannotUseReason):
            cannot_use_reason = self.cannot_use_reason.value
        else:
            cannot_use_reason = self.cannot_use_reason

        external_product_id: None | str
        external_product_id = self.external_product_id

        product_display_name: None | str
        product_display_name = self.product_display_name

        product_discount_mode: int | None
        if isinstance(self.product_discount_mode, ProductDiscountMode):
            product_discount_mode = self.product_discount_mode.value
        else:
            product_discount_mode = self.product_discount_mode

        product_discount_value: Decimal | None
        product_discount_value = self.product_discount_value

        product_max_units_per_redeem: int | None
        product_max_units_per_redeem = self.product_max_units_per_redeem

        product_available_quantity: int | None
        product_available_quantity = self.product_available_quantity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Title": title,
                "Value": value,
                "CanSelectValue": can_select_value,
                "IsCashback": is_cashback,
                "Requirements": requirements,
                "AvailableCashback": available_cashback,
                "MaxCashbackForCurrentPurchase": max_cashback_for_current_purchase,
                "CanUse": can_use,
                "Points": points,
                "RewardCanBeCumulative": reward_can_be_cumulative,
                "RewardType": reward_type,
                "CannotUseReason": cannot_use_reason,
                "ExternalProductId": external_product_id,
                "ProductDisplayName": product_display_name,
                "ProductDiscountMode": product_discount_mode,
                "ProductDiscountValue": product_discount_value,
                "ProductMaxUnitsPerRedeem": product_max_units_per_redeem,
                "ProductAvailableQuantity": product_available_quantity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        title: None | str = d.pop("Title", None)

        _value_value = d.pop("Value", None)
        value: Decimal | None
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        can_select_value: bool | None = d.pop("CanSelectValue", None)

        is_cashback: bool | None = d.pop("IsCashback", None)

        requirements: None | str = d.pop("Requirements", None)

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

        can_use: bool | None = d.pop("CanUse", None)

        points: int | None = d.pop("Points", None)

        reward_can_be_cumulative: bool | None = d.pop("RewardCanBeCumulative", None)

        _reward_type_value = d.pop("RewardType", None)
        reward_type: None | RewardType
        if _reward_type_value is None or isinstance(_reward_type_value, Unset):
            reward_type = _reward_type_value
        else:
            if not isinstance(_reward_type_value, int):
                raise TypeError()
            reward_type_type_0 = RewardType(_reward_type_value)

            reward_type = reward_type_type_0

        _cannot_use_reason_value = d.pop("CannotUseReason", None)
        cannot_use_reason: CannotUseReason | None
        if _cannot_use_reason_value is None or isinstance(_cannot_use_reason_value, Unset):
            cannot_use_reason = _cannot_use_reason_value
        else:
            if not isinstance(_cannot_use_reason_value, int):
                raise TypeError()
            cannot_use_reason_type_0 = CannotUseReason(_cannot_use_reason_value)

            cannot_use_reason = cannot_use_reason_type_0

        external_product_id: None | str = d.pop("ExternalProductId", None)

        product_display_name: None | str = d.pop("ProductDisplayName", None)

        _product_discount_mode_value = d.pop("ProductDiscountMode", None)
        product_discount_mode: None | ProductDiscountMode
        if _product_discount_mode_value is None or isinstance(_product_discount_mode_value, Unset):
            product_discount_mode = _product_discount_mode_value
        else:
            if not isinstance(_product_discount_mode_value, int):
                raise TypeError()
            product_discount_mode_type_0 = ProductDiscountMode(_product_discount_mode_value)

            product_discount_mode = product_discount_mode_type_0

        _product_discount_value_value = d.pop("ProductDiscountValue", None)
        product_discount_value: Decimal | None
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

        product_max_units_per_redeem: int | None = d.pop("ProductMaxUnitsPerRedeem", None)

        product_available_quantity: int | None = d.pop("ProductAvailableQuantity", None)

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
