from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CalculatePaymentCashbackResponse200PaymentDetailsType0Item")


@_attrs_define
class CalculatePaymentCashbackResponse200PaymentDetailsType0Item:
    service_id: None | str = None
    """ Unique identifier for the service. """
    quantity: Decimal | None = None
    """ The quantity of the service. """
    total_decimal_points: Decimal | None = None
    """ The total decimal points earned for this service, including any campaign impact. """
    total_points: Decimal | None = None
    """ The total points earned for this service, including any campaign impact. **Example:** If the base points for
    a service are 50 and a campaign adds 150 points, the totalPoints would be 200. """
    total_score: Decimal | None = None
    """ The total score earned for this service. This value is separate from points and is based on your cashback
    rewards configuration. """
    reward_wallet_factor: Decimal | None = None
    """ The multiplier applied to the service amount to calculate the base points earned. This factor represents how
    many points are earned per unit of currency spent. **Example:** If the account rewards 10 points for every $1
    spent, the rewardWalletFactor would be 10. """
    campaign_id: int | None = None
    """ The unique identifier for the active transactional campaign that affects the cashback reward for this
    service. If no campaign is applicable, this field will be null. """
    campaign_name: None | str = None
    """ The name of the active transactional campaign that affects the cashback reward for this service. If no
    campaign is applicable, this field will be null. """
    campaign_end_date: datetime.datetime | None = None
    """ The end date of the active campaign affecting this service. This is the date when the campaign will no
    longer influence points or rewards. """
    campaign_impact_wallet_factor: Decimal | None = None
    """ The multiplier applied by the campaign to the base points calculation. **Example:** If the campaign offers
    3x points, the campaignImpactWalletFactor would be 3. """
    campaign_impact_points: Decimal | None = None
    """ The total number of additional points given for this service due to the campaign's impact. **Example:** If
    the base points for a service are 100 and the campaign offers 5x points, the campaignImpactPoints would be 400.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "service_id",
                "quantity",
                "total_decimal_points",
                "total_points",
                "total_score",
                "reward_wallet_factor",
                "campaign_id",
                "campaign_name",
                "campaign_end_date",
                "campaign_impact_wallet_factor",
                "campaign_impact_points",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        service_id: None | str
        service_id = self.service_id

        quantity: Decimal | None
        quantity = self.quantity

        total_decimal_points: Decimal | None
        total_decimal_points = self.total_decimal_points

        total_points: Decimal | None
        total_points = self.total_points

        total_score: Decimal | None
        total_score = self.total_score

        reward_wallet_factor: Decimal | None
        reward_wallet_factor = self.reward_wallet_factor

        campaign_id: int | None
        campaign_id = self.campaign_id

        campaign_name: None | str
        campaign_name = self.campaign_name

        campaign_end_date: None | str
        if isinstance(self.campaign_end_date, datetime.datetime):
            campaign_end_date = self.campaign_end_date.isoformat()
        else:
            campaign_end_date = self.campaign_end_date

        campaign_impact_wallet_factor: Decimal | None
        campaign_impact_wallet_factor = self.campaign_impact_wallet_factor

        campaign_impact_points: Decimal | None
        campaign_impact_points = self.campaign_impact_points

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceId": service_id,
                "quantity": quantity,
                "totalDecimalPoints": total_decimal_points,
                "totalPoints": total_points,
                "totalScore": total_score,
                "rewardWalletFactor": reward_wallet_factor,
                "campaignId": campaign_id,
                "campaignName": campaign_name,
                "campaignEndDate": campaign_end_date,
                "campaignImpactWalletFactor": campaign_impact_wallet_factor,
                "campaignImpactPoints": campaign_impact_points,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        service_id: None | str = d.pop("serviceId", None)

        _quantity_value = d.pop("quantity", None)
        quantity: Decimal | None
        if _quantity_value is None or isinstance(_quantity_value, Unset):
            quantity = _quantity_value
        else:
            if not (isinstance(_quantity_value, (int, float, Decimal, str)) and not isinstance(_quantity_value, bool)):
                raise TypeError()
            quantity_type_0 = to_decimal(_quantity_value)

            quantity = quantity_type_0

        _total_decimal_points_value = d.pop("totalDecimalPoints", None)
        total_decimal_points: Decimal | None
        if _total_decimal_points_value is None or isinstance(_total_decimal_points_value, Unset):
            total_decimal_points = _total_decimal_points_value
        else:
            if not (
                isinstance(_total_decimal_points_value, (int, float, Decimal, str))
                and not isinstance(_total_decimal_points_value, bool)
            ):
                raise TypeError()
            total_decimal_points_type_0 = to_decimal(_total_decimal_points_value)

            total_decimal_points = total_decimal_points_type_0

        _total_points_value = d.pop("totalPoints", None)
        total_points: Decimal | None
        if _total_points_value is None or isinstance(_total_points_value, Unset):
            total_points = _total_points_value
        else:
            if not (
                isinstance(_total_points_value, (int, float, Decimal, str))
                and not isinstance(_total_points_value, bool)
            ):
                raise TypeError()
            total_points_type_0 = to_decimal(_total_points_value)

            total_points = total_points_type_0

        _total_score_value = d.pop("totalScore", None)
        total_score: Decimal | None
        if _total_score_value is None or isinstance(_total_score_value, Unset):
            total_score = _total_score_value
        else:
            if not (
                isinstance(_total_score_value, (int, float, Decimal, str)) and not isinstance(_total_score_value, bool)
            ):
                raise TypeError()
            total_score_type_0 = to_decimal(_total_score_value)

            total_score = total_score_type_0

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

        campaign_id: int | None = d.pop("campaignId", None)

        campaign_name: None | str = d.pop("campaignName", None)

        _campaign_end_date_value = d.pop("campaignEndDate", None)
        campaign_end_date: datetime.datetime | None
        if _campaign_end_date_value is None or isinstance(_campaign_end_date_value, Unset):
            campaign_end_date = _campaign_end_date_value
        else:
            if not isinstance(_campaign_end_date_value, str):
                raise TypeError()
            campaign_end_date_type_0 = datetime.datetime.fromisoformat(_campaign_end_date_value)

            campaign_end_date = campaign_end_date_type_0

        _campaign_impact_wallet_factor_value = d.pop("campaignImpactWalletFactor", None)
        campaign_impact_wallet_factor: Decimal | None
        if _campaign_impact_wallet_factor_value is None or isinstance(_campaign_impact_wallet_factor_value, Unset):
            campaign_impact_wallet_factor = _campaign_impact_wallet_factor_value
        else:
            if not (
                isinstance(_campaign_impact_wallet_factor_value, (int, float, Decimal, str))
                and not isinstance(_campaign_impact_wallet_factor_value, bool)
            ):
                raise TypeError()
            campaign_impact_wallet_factor_type_0 = to_decimal(_campaign_impact_wallet_factor_value)

            campaign_impact_wallet_factor = campaign_impact_wallet_factor_type_0

        _campaign_impact_points_value = d.pop("campaignImpactPoints", None)
        campaign_impact_points: Decimal | None
        if _campaign_impact_points_value is None or isinstance(_campaign_impact_points_value, Unset):
            campaign_impact_points = _campaign_impact_points_value
        else:
            if not (
                isinstance(_campaign_impact_points_value, (int, float, Decimal, str))
                and not isinstance(_campaign_impact_points_value, bool)
            ):
                raise TypeError()
            campaign_impact_points_type_0 = to_decimal(_campaign_impact_points_value)

            campaign_impact_points = campaign_impact_points_type_0

        calculate_payment_cashback_response_200_payment_details_type_0_item = cls(
            service_id=service_id,
            quantity=quantity,
            total_decimal_points=total_decimal_points,
            total_points=total_points,
            total_score=total_score,
            reward_wallet_factor=reward_wallet_factor,
            campaign_id=campaign_id,
            campaign_name=campaign_name,
            campaign_end_date=campaign_end_date,
            campaign_impact_wallet_factor=campaign_impact_wallet_factor,
            campaign_impact_points=campaign_impact_points,
        )

        calculate_payment_cashback_response_200_payment_details_type_0_item.additional_properties = d
        return calculate_payment_cashback_response_200_payment_details_type_0_item

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
