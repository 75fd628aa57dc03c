from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="CustomerActivitiesResponseActivitiesType0Item")


@_attrs_define
class CustomerActivitiesResponseActivitiesType0Item:
    activity_id: Decimal | None = None
    """ Unique identifier for the activity """
    activity_type: None | str = None
    """ The type of activity that occurred (e.g., "Balance Adjustment", "Referral"). Available Activity Types:
    TierUpgraded (Indicates that the customer has been upgraded to a new tier), TierDowngraded (Indicates that the
    customer has been downgraded to a lower tier), TierMigration (Represents the migration of the customer's tier),
    CampaignRewarded (Signifies that the customer received a reward from a campaign), BalanceAdjustment (Indicates
    that points were either rewarded or deducted manually from the customer's balance), SuccessfulAction (Denotes
    successful progress by the customer in a campaign), Referral (Indicates that the customer referred a friend),
    Referred (The referee received a reward for being referred by the customer), ReferralBonusReward (Represents a
    bonus reward given for a referral), PaymentReward (Signifies that the customer received a cashback reward),
    Refund (Points were refunded back to the customer), Redemption (Points were redeemed by the customer), Cancel (A
    cashback transaction was canceled), Expiry (Indicates that points have expired), Migration (Represents a
    migration activity that occurred), Lifetime (Refers to activities related to lifetime coupons), Automation
    (Activity performed by an automation campaign). """
    activity_day: None | str = None
    """ The day of the week when the activity took place (e.g., "Sunday"). """
    activity_date: None | str = None
    """ The date of the activity (e.g., "October 20, 2024"). """
    activity_time: None | str = None
    """ The time when the activity occurred (e.g., "19:27:33"). """
    customer_id: None | str = None
    """ The unique identifier of the customer associated with the activity. """
    email: None | str = None
    """ The email address of the customer. """
    phone_number: None | str = None
    """ The customer's phone number. """
    display_name: None | str = None
    """ The customer's display name. """
    transaction_id: None | str = None
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). This ID can be
    used to reverse, cancel, or refund any reward or redemption transactions in Gameball. It represents the
    transaction ID related to this activity, if applicable, such as in cases of cashback rewards, points redemption,
    or balance adjustments. """
    is_manual_activity: bool | None = None
    """ Indicates whether the activity was manually triggered (true) or not (false). Example: This will be true if
    the activity is a BalanceAdjustment, when you manually decide to reward the customer with points. """
    points: Decimal | None = None
    """ The number of points involved in the activity, such as points earned, redeemed, or adjusted. """
    score: Decimal | None = None
    """ The score involved in the activity, applicable in reward campaigns where the customer earns score. Example:
    If the customer participates in a campaign and earns 100 score points, the activity will include the score
    value. """
    reason: None | str = None
    """ This is the reason manually entered for the activity, if provided. It is typically used when performing a
    manual activity, such as rewarding points or rewarding a manual reward campaign for a customer. Example: If you
    manually reward a customer with 100 points for their birthday, you might enter "Birthday reward" as the reason.
    """
    calculated_redemption: Decimal | None = None
    """ The estimated monetary value based on the redemption factor configured by the client and the points involved
    in this activity. It reflects the potential worth of the points, even if no actual redemption was made. """
    actual_redemption: Decimal | None = None
    """ The actual monetary value of the redemption, if applicable. This represents the redeemed amount when the
    activity type is points redemption. """
    family_redemption_amount: Decimal | None = None
    """ The redemption monetary value related to the customer's family wallet, if applicable. """
    family_redemption_points: Decimal | None = None
    """ The redemption points related to the customer's family wallet, if applicable. """
    payment_reward_amount: Decimal | None = None
    """ The amount rewarded in currency from the payment reward. This value reflects the cashback reward provided to
    the customer. Example: If a customer receives a cashback reward of $10, the paymentRewardAmount will be 10. """
    outstanding_points: Decimal | None = None
    """ The number of points currently available from the transaction related to this activity. Example: If a
    customer earned 100 points from a transaction and 20 points have since expired, the outstandingPoints would be
    80, representing the points still available for the customer to use. """
    reward_threshold: Decimal | None = None
    """ This represents the minimum monetary amount (X value) a customer needs to spend to receive a specific number
    of reward points (Y points) as cashback reward, based on the configured points settings. It defines the
    threshold of spending required to earn points in your loyalty program. Example: If rewardThreshold is set to
    50.0, it means for every 50 currency units (e.g., 50 USD) spent by the customer, they will earn the configured
    number of reward points. """
    currency: None | str = None
    """ The currency used in the transaction (e.g., "EGP"). """
    redemption_reward_factor: Decimal | None = None
    """ The factor used to calculate how many points are required for a redemption. This value determines the
    conversion rate between points and monetary value during a redemption process. Example: If the
    redemptionRewardFactor is 0.1, then for every 10 points, the customer can redeem 1 unit of currency. """
    campaign_name: None | str = None
    """ The name of the rewards campaign associated with the activity. This field will appear for activity types
    that are tied to a rewards campaign such as CampaignRewarded. """
    campaign_start_date: None | str = None
    """ The start date of the rewards campaign associated with the activity. This field will appear for activity
    types that are tied to a rewards campaign such as CampaignRewarded. """
    campaign_end_date: None | str = None
    """ The end date of the rewards campaign associated with the activity. This field will appear for activity types
    that are tied to a rewards campaign such as CampaignRewarded. """
    campaign_enabled: bool | None = None
    """ Indicates if the associated campaign was enabled during the activity. This field will appear for activity
    types that are tied to a rewards campaign such as CampaignRewarded. """
    tier_name: None | str = None
    """ The tier name of the customer during the activity. The name of the tier associated with the activity. This
    is relevant when the activity involves a tier-related event, such as: TierUpgraded, TierDowngraded,
    TierMigration. Example: if a customer moves from "Silver" to "Gold" in the TierUpgraded activity, "Gold" will be
    displayed as the associated tier name. """
    reward_points: Decimal | None = None
    """ The number of points rewarded from the activity. """
    reward_factor: Decimal | None = None
    """ The reward factor used in the calculation of reward points. """
    is_guest: bool | None = None
    """ A flag indicating if the individual interacting with your system is a guest (not signed up). Set this to
    true for guest users; otherwise, they are treated as registered customers by default. """
    coupon_used: bool | None = None
    """ Indicates whether the coupon associated with this activity was used or not. This is a boolean value, where
    true means the coupon was used during the activity, and false means it was not. Example: true if the coupon was
    successfully applied, false if the coupon was associated with the event but was not used. """
    coupon_type: None | str = None
    """ Represents the type of coupon associated with the activity. Example: "percentage_discount", "free_shipping",
    "fixed_rate_discount". """
    coupon_code: None | str = None
    """ The code of the coupon that was associated with this activity. This is the actual coupon code that was
    available for use during the activity. Example: "SUMMER20". """
    coupon_group: None | str = None
    """ Represents the group or campaign to which the coupon is linked. This could be a marketing campaign, product
    category, or customer segment. Example: "Holiday Campaign", "VIP Customer Group", "Black Friday Sale". """
    coupon_product: None | str = None
    """ The name of the product associated with the coupon, if the coupon was tied to a specific product. Example:
    "Wireless Earbuds". """
    coupon_product_id: Decimal | None = None
    """ The unique ID of the product associated with the coupon. This ID helps track which specific product was
    related to the coupon. Example: 123456 for "Wireless Earbuds". """
    product_variant_name: None | str = None
    """ The name of the product variant involved in the event. This would apply if the coupon or activity was
    specific to a certain variant of a product, such as size or color. Example: "Wireless Earbuds - Black", "T-shirt
    - Large". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "activity_id",
                "activity_type",
                "activity_day",
                "activity_date",
                "activity_time",
                "customer_id",
                "email",
                "phone_number",
                "display_name",
                "transaction_id",
                "is_manual_activity",
                "points",
                "score",
                "reason",
                "calculated_redemption",
                "actual_redemption",
                "family_redemption_amount",
                "family_redemption_points",
                "payment_reward_amount",
                "outstanding_points",
                "reward_threshold",
                "currency",
                "redemption_reward_factor",
                "campaign_name",
                "campaign_start_date",
                "campaign_end_date",
                "campaign_enabled",
                "tier_name",
                "reward_points",
                "reward_factor",
                "is_guest",
                "coupon_used",
                "coupon_type",
                "coupon_code",
                "coupon_group",
                "coupon_product",
                "coupon_product_id",
                "product_variant_name",
            ),
            frozenset(
                (
                    "email",
                    "phone_number",
                    "display_name",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        activity_id: Decimal | None
        activity_id = self.activity_id

        activity_type: None | str
        activity_type = self.activity_type

        activity_day: None | str
        activity_day = self.activity_day

        activity_date: None | str
        activity_date = self.activity_date

        activity_time: None | str
        activity_time = self.activity_time

        customer_id: None | str
        customer_id = self.customer_id

        email: None | str
        email = self.email

        phone_number: None | str
        phone_number = self.phone_number

        display_name: None | str
        display_name = self.display_name

        transaction_id: None | str
        transaction_id = self.transaction_id

        is_manual_activity: bool | None
        is_manual_activity = self.is_manual_activity

        points: Decimal | None
        points = self.points

        score: Decimal | None
        score = self.score

        reason: None | str
        reason = self.reason

        calculated_redemption: Decimal | None
        calculated_redemption = self.calculated_redemption

        actual_redemption: Decimal | None
        actual_redemption = self.actual_redemption

        family_redemption_amount: Decimal | None
        family_redemption_amount = self.family_redemption_amount

        family_redemption_points: Decimal | None
        family_redemption_points = self.family_redemption_points

        payment_reward_amount: Decimal | None
        payment_reward_amount = self.payment_reward_amount

        outstanding_points: Decimal | None
        outstanding_points = self.outstanding_points

        reward_threshold: Decimal | None
        reward_threshold = self.reward_threshold

        currency: None | str
        currency = self.currency

        redemption_reward_factor: Decimal | None
        redemption_reward_factor = self.redemption_reward_factor

        campaign_name: None | str
        campaign_name = self.campaign_name

        campaign_start_date: None | str
        campaign_start_date = self.campaign_start_date

        campaign_end_date: None | str
        campaign_end_date = self.campaign_end_date

        campaign_enabled: bool | None
        campaign_enabled = self.campaign_enabled

        tier_name: None | str
        tier_name = self.tier_name

        reward_points: Decimal | None
        reward_points = self.reward_points

        reward_factor: Decimal | None
        reward_factor = self.reward_factor

        is_guest: bool | None
        is_guest = self.is_guest

        coupon_used: bool | None
        coupon_used = self.coupon_used

        coupon_type: None | str
        coupon_type = self.coupon_type

        coupon_code: None | str
        coupon_code = self.coupon_code

        coupon_group: None | str
        coupon_group = self.coupon_group

        coupon_product: None | str
        coupon_product = self.coupon_product

        coupon_product_id: Decimal | None
        coupon_product_id = self.coupon_product_id

        product_variant_name: None | str
        product_variant_name = self.product_variant_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "activityId": activity_id,
                "activityType": activity_type,
                "activityDay": activity_day,
                "activityDate": activity_date,
                "activityTime": activity_time,
                "customerId": customer_id,
                "email": email,
                "phoneNumber": phone_number,
                "displayName": display_name,
                "transactionId": transaction_id,
                "isManualActivity": is_manual_activity,
                "points": points,
                "score": score,
                "reason": reason,
                "calculatedRedemption": calculated_redemption,
                "actualRedemption": actual_redemption,
                "familyRedemptionAmount": family_redemption_amount,
                "familyRedemptionPoints": family_redemption_points,
                "paymentRewardAmount": payment_reward_amount,
                "outstandingPoints": outstanding_points,
                "rewardThreshold": reward_threshold,
                "currency": currency,
                "redemptionRewardFactor": redemption_reward_factor,
                "campaignName": campaign_name,
                "campaignStartDate": campaign_start_date,
                "campaignEndDate": campaign_end_date,
                "campaignEnabled": campaign_enabled,
                "tierName": tier_name,
                "rewardPoints": reward_points,
                "rewardFactor": reward_factor,
                "isGuest": is_guest,
                "couponUsed": coupon_used,
                "couponType": coupon_type,
                "couponCode": coupon_code,
                "couponGroup": coupon_group,
                "couponProduct": coupon_product,
                "couponProductId": coupon_product_id,
                "productVariantName": product_variant_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _activity_id_value = d.pop("activityId", None)
        activity_id: Decimal | None
        if _activity_id_value is None or isinstance(_activity_id_value, Unset):
            activity_id = _activity_id_value
        else:
            if not (
                isinstance(_activity_id_value, (int, float, Decimal, str)) and not isinstance(_activity_id_value, bool)
            ):
                raise TypeError()
            activity_id_type_0 = to_decimal(_activity_id_value)

            activity_id = activity_id_type_0

        activity_type: None | str = d.pop("activityType", None)

        activity_day: None | str = d.pop("activityDay", None)

        activity_date: None | str = d.pop("activityDate", None)

        activity_time: None | str = d.pop("activityTime", None)

        customer_id: None | str = d.pop("customerId", None)

        email: None | str = d.pop("email", None)

        phone_number: None | str = d.pop("phoneNumber", None)

        display_name: None | str = d.pop("displayName", None)

        transaction_id: None | str = d.pop("transactionId", None)

        is_manual_activity: bool | None = d.pop("isManualActivity", None)

        _points_value = d.pop("points", None)
        points: Decimal | None
        if _points_value is None or isinstance(_points_value, Unset):
            points = _points_value
        else:
            if not (isinstance(_points_value, (int, float, Decimal, str)) and not isinstance(_points_value, bool)):
                raise TypeError()
            points_type_0 = to_decimal(_points_value)

            points = points_type_0

        _score_value = d.pop("score", None)
        score: Decimal | None
        if _score_value is None or isinstance(_score_value, Unset):
            score = _score_value
        else:
            if not (isinstance(_score_value, (int, float, Decimal, str)) and not isinstance(_score_value, bool)):
                raise TypeError()
            score_type_0 = to_decimal(_score_value)

            score = score_type_0

        reason: None | str = d.pop("reason", None)

        _calculated_redemption_value = d.pop("calculatedRedemption", None)
        calculated_redemption: Decimal | None
        if _calculated_redemption_value is None or isinstance(_calculated_redemption_value, Unset):
            calculated_redemption = _calculated_redemption_value
        else:
            if not (
                isinstance(_calculated_redemption_value, (int, float, Decimal, str))
                and not isinstance(_calculated_redemption_value, bool)
            ):
                raise TypeError()
            calculated_redemption_type_0 = to_decimal(_calculated_redemption_value)

            calculated_redemption = calculated_redemption_type_0

        _actual_redemption_value = d.pop("actualRedemption", None)
        actual_redemption: Decimal | None
        if _actual_redemption_value is None or isinstance(_actual_redemption_value, Unset):
            actual_redemption = _actual_redemption_value
        else:
            if not (
                isinstance(_actual_redemption_value, (int, float, Decimal, str))
                and not isinstance(_actual_redemption_value, bool)
            ):
                raise TypeError()
            actual_redemption_type_0 = to_decimal(_actual_redemption_value)

            actual_redemption = actual_redemption_type_0

        _family_redemption_amount_value = d.pop("familyRedemptionAmount", None)
        family_redemption_amount: Decimal | None
        if _family_redemption_amount_value is None or isinstance(_family_redemption_amount_value, Unset):
            family_redemption_amount = _family_redemption_amount_value
        else:
            if not (
                isinstance(_family_redemption_amount_value, (int, float, Decimal, str))
                and not isinstance(_family_redemption_amount_value, bool)
            ):
                raise TypeError()
            family_redemption_amount_type_0 = to_decimal(_family_redemption_amount_value)

            family_redemption_amount = family_redemption_amount_type_0

        _family_redemption_points_value = d.pop("familyRedemptionPoints", None)
        family_redemption_points: Decimal | None
        if _family_redemption_points_value is None or isinstance(_family_redemption_points_value, Unset):
            family_redemption_points = _family_redemption_points_value
        else:
            if not (
                isinstance(_family_redemption_points_value, (int, float, Decimal, str))
                and not isinstance(_family_redemption_points_value, bool)
            ):
                raise TypeError()
            family_redemption_points_type_0 = to_decimal(_family_redemption_points_value)

            family_redemption_points = family_redemption_points_type_0

        _payment_reward_amount_value = d.pop("paymentRewardAmount", None)
        payment_reward_amount: Decimal | None
        if _payment_reward_amount_value is None or isinstance(_payment_reward_amount_value, Unset):
            payment_reward_amount = _payment_reward_amount_value
        else:
            if not (
                isinstance(_payment_reward_amount_value, (int, float, Decimal, str))
                and not isinstance(_payment_reward_amount_value, bool)
            ):
                raise TypeError()
            payment_reward_amount_type_0 = to_decimal(_payment_reward_amount_value)

            payment_reward_amount = payment_reward_amount_type_0

        _outstanding_points_value = d.pop("outstandingPoints", None)
        outstanding_points: Decimal | None
        if _outstanding_points_value is None or isinstance(_outstanding_points_value, Unset):
            outstanding_points = _outstanding_points_value
        else:
            if not (
                isinstance(_outstanding_points_value, (int, float, Decimal, str))
                and not isinstance(_outstanding_points_value, bool)
            ):
                raise TypeError()
            outstanding_points_type_0 = to_decimal(_outstanding_points_value)

            outstanding_points = outstanding_points_type_0

        _reward_threshold_value = d.pop("rewardThreshold", None)
        reward_threshold: Decimal | None
        if _reward_threshold_value is None or isinstance(_reward_threshold_value, Unset):
            reward_threshold = _reward_threshold_value
        else:
            if not (
                isinstance(_reward_threshold_value, (int, float, Decimal, str))
                and not isinstance(_reward_threshold_value, bool)
            ):
                raise TypeError()
            reward_threshold_type_0 = to_decimal(_reward_threshold_value)

            reward_threshold = reward_threshold_type_0

        currency: None | str = d.pop("currency", None)

        _redemption_reward_factor_value = d.pop("redemptionRewardFactor", None)
        redemption_reward_factor: Decimal | None
        if _redemption_reward_factor_value is None or isinstance(_redemption_reward_factor_value, Unset):
            redemption_reward_factor = _redemption_reward_factor_value
        else:
            if not (
                isinstance(_redemption_reward_factor_value, (int, float, Decimal, str))
                and not isinstance(_redemption_reward_factor_value, bool)
            ):
                raise TypeError()
            redemption_reward_factor_type_0 = to_decimal(_redemption_reward_factor_value)

            redemption_reward_factor = redemption_reward_factor_type_0

        campaign_name: None | str = d.pop("campaignName", None)

        campaign_start_date: None | str = d.pop("campaignStartDate", None)

        campaign_end_date: None | str = d.pop("campaignEndDate", None)

        campaign_enabled: bool | None = d.pop("campaignEnabled", None)

        tier_name: None | str = d.pop("tierName", None)

        _reward_points_value = d.pop("rewardPoints", None)
        reward_points: Decimal | None
        if _reward_points_value is None or isinstance(_reward_points_value, Unset):
            reward_points = _reward_points_value
        else:
            if not (
                isinstance(_reward_points_value, (int, float, Decimal, str))
                and not isinstance(_reward_points_value, bool)
            ):
                raise TypeError()
            reward_points_type_0 = to_decimal(_reward_points_value)

            reward_points = reward_points_type_0

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

        is_guest: bool | None = d.pop("isGuest", None)

        coupon_used: bool | None = d.pop("couponUsed", None)

        coupon_type: None | str = d.pop("couponType", None)

        coupon_code: None | str = d.pop("couponCode", None)

        coupon_group: None | str = d.pop("couponGroup", None)

        coupon_product: None | str = d.pop("couponProduct", None)

        _coupon_product_id_value = d.pop("couponProductId", None)
        coupon_product_id: Decimal | None
        if _coupon_product_id_value is None or isinstance(_coupon_product_id_value, Unset):
            coupon_product_id = _coupon_product_id_value
        else:
            if not (
                isinstance(_coupon_product_id_value, (int, float, Decimal, str))
                and not isinstance(_coupon_product_id_value, bool)
            ):
                raise TypeError()
            coupon_product_id_type_0 = to_decimal(_coupon_product_id_value)

            coupon_product_id = coupon_product_id_type_0

        product_variant_name: None | str = d.pop("productVariantName", None)

        customer_activities_response_activities_type_0_item = cls(
            activity_id=activity_id,
            activity_type=activity_type,
            activity_day=activity_day,
            activity_date=activity_date,
            activity_time=activity_time,
            customer_id=customer_id,
            email=email,
            phone_number=phone_number,
            display_name=display_name,
            transaction_id=transaction_id,
            is_manual_activity=is_manual_activity,
            points=points,
            score=score,
            reason=reason,
            calculated_redemption=calculated_redemption,
            actual_redemption=actual_redemption,
            family_redemption_amount=family_redemption_amount,
            family_redemption_points=family_redemption_points,
            payment_reward_amount=payment_reward_amount,
            outstanding_points=outstanding_points,
            reward_threshold=reward_threshold,
            currency=currency,
            redemption_reward_factor=redemption_reward_factor,
            campaign_name=campaign_name,
            campaign_start_date=campaign_start_date,
            campaign_end_date=campaign_end_date,
            campaign_enabled=campaign_enabled,
            tier_name=tier_name,
            reward_points=reward_points,
            reward_factor=reward_factor,
            is_guest=is_guest,
            coupon_used=coupon_used,
            coupon_type=coupon_type,
            coupon_code=coupon_code,
            coupon_group=coupon_group,
            coupon_product=coupon_product,
            coupon_product_id=coupon_product_id,
            product_variant_name=product_variant_name,
        )

        customer_activities_response_activities_type_0_item.additional_properties = d
        return customer_activities_response_activities_type_0_item

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
