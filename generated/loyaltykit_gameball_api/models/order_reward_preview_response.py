from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="OrderRewardPreviewResponse")


@_attrs_define
class OrderRewardPreviewResponse:
    customer_id: None | str = None
    """ Echo of the request. """
    customer_found: bool | None = None
    """ `false` when the customer does not exist or is inactive. The cashback quote is still returned;
    `eventRewards` is `null` (campaign eligibility can't be evaluated without an existing customer). """
    total_points: int | None = None
    """ Grand total: cashback points + points from event campaigns the order would achieve now. """
    total_coupons: int | None = None
    """ Number of coupons the order's event campaigns would grant (one per achievement of a coupon-reward campaign).
    """
    cashback: None | OrderRewardPreviewResponseCashbackType0 = None
    """ The cashback quote — same shape as the Calculate Order Cashback response. Note: `campaignName` here is the
    campaign's internal name and is not affected by the `lang` header. """
    event_rewards: None | RewardPreviewEventResult = None
    """ The `place_order` event preview — exactly one entry with the same shape as an `events[]` entry of Preview
    Event Rewards. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "customer_found",
                "total_points",
                "total_coupons",
                "cashback",
                "event_rewards",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str
        customer_id = self.customer_id

        customer_found: bool | None
        customer_found = self.customer_found

        total_points: int | None
        total_points = self.total_points

        total_coupons: int | None
        total_coupons = self.total_coupons

        cashback: dict[str, Any] | None
        if isinstance(self.cashback, OrderRewardPreviewResponseCashbackType0):
            cashback = self.cashback.to_dict()
        else:
            cashback = self.cashback

        event_rewards: dict[str, Any] | None
        if isinstance(self.event_rewards, RewardPreviewEventResult):
            event_rewards = self.event_rewards.to_dict()
        else:
            event_rewards = self.event_rewards

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customerId": customer_id,
                "customerFound": customer_found,
                "totalPoints": total_points,
                "totalCoupons": total_coupons,
                "cashback": cashback,
                "eventRewards": event_rewards,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str = d.pop("customerId", None)

        customer_found: bool | None = d.pop("customerFound", None)

        total_points: int | None = d.pop("totalPoints", None)

        total_coupons: int | None = d.pop("totalCoupons", None)

        _cashback_value = d.pop("cashback", None)
        cashback: None | OrderRewardPreviewResponseCashbackType0
        if _cashback_value is None or isinstance(_cashback_value, Unset):
            cashback = _cashback_value
        else:
            if not isinstance(_cashback_value, dict):
                raise TypeError()
            cashback_type_0 = OrderRewardPreviewResponseCashbackType0.from_dict(_cashback_value)

            cashback = cashback_type_0

        _event_rewards_value = d.pop("eventRewards", None)
        event_rewards: None | RewardPreviewEventResult
        if _event_rewards_value is None or isinstance(_event_rewards_value, Unset):
            event_rewards = _event_rewards_value
        else:
            if not isinstance(_event_rewards_value, dict):
                raise TypeError()
            event_rewards_type_0 = RewardPreviewEventResult.from_dict(_event_rewards_value)

            event_rewards = event_rewards_type_0

        order_reward_preview_response = cls(
            customer_id=customer_id,
            customer_found=customer_found,
            total_points=total_points,
            total_coupons=total_coupons,
            cashback=cashback,
            event_rewards=event_rewards,
        )

        order_reward_preview_response.additional_properties = d
        return order_reward_preview_response

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


from ..models.order_reward_preview_response_cashback_type_0 import OrderRewardPreviewResponseCashbackType0
from ..models.reward_preview_event_result import RewardPreviewEventResult
