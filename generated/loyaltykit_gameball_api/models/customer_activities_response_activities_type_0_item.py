from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="CustomerActivitiesResponseActivitiesType0Item")


@_attrs_define
class CustomerActivitiesResponseActivitiesType0Item:
    activity_id: Decimal | None | Unset = UNSET
    """ Unique identifier for the activity """
    activity_type: None | str | Unset = UNSET
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
    activity_day: None | str | Unset = UNSET
    """ The day of the week when the activity took place (e.g., "Sunday"). """
    activity_date: None | str | Unset = UNSET
    """ The date of the activity (e.g., "October 20, 2024"). """
    activity_time: None | str | Unset = UNSET
    """ The time when the activity occurred (e.g., "19:27:33"). """
    customer_id: None | str | Unset = UNSET
    """ The unique identifier of the customer associated with the activity. """
    email: None | str | Unset = UNSET
    """ The email address of the customer. """
    phone_number: None | str | Unset = UNSET
    """ The customer's phone number. """
    display_name: None | str | Unset = UNSET
    """ The customer's display name. """
    transaction_id: None | str | Unset = UNSET
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). This ID can be
    used to reverse, cancel, or refund any reward or redemption transactions in Gameball. It represents the
    transaction ID related to this activity, if applicable, such as in cases of cashback rewards, points redemption,
    or balance adjustments. """
    is_manual_activity: bool | None | Unset = UNSET
    """ Indicates whether the activity was manually triggered (true) or not (false). Example: This will be true if
    the activity is a BalanceAdjustment, when you manually decide to reward the customer with points. """
    points: Decimal | None | Unset = UNSET
    """ The number of points involved in the activity, such as points earned, redeemed, or adjusted. """
    score: Decimal | None | Unset = UNSET
    """ The score involved in the activity, applicable in reward campaigns where the customer earns score. Example:
    If the customer participates in a campaign and earns 100 score points, the activity will include the score
    value. """
    reason: None | str | Unset = UNSET
    """ This is the reason manually entered for the activity, if provided. It is typically used when performing a
    manual activity, such as rewarding points or rewarding a manual reward campaign for a customer. Example: If you
    manually reward a customer with 100 points for their birthday, you might enter "Birthday reward" as the reason.
    """
    calculated_redemption: Decimal | None | Unset = UNSET
    """ The estimated monetary value based on the redemption factor configured by the client and the points involved
    in this activity. It reflects the potential worth of the points, even if no actual redemption was made. """
    actual_redemption: Decimal | None | Unset = UNSET
    """ The actual monetary value of the redemption, if applicable. This represents the redeemed amount when the
    activity type is points redemption. """
    family_redemption_amount: Decimal | None | Unset = UNSET
    """ The redemption monetary value related to the customer's family wallet, if applicable. """
    family_redemption_points: Decimal | None | Unset = UNSET
    """ The redemption points related to the customer's family wallet, if applicable. """
    payment_reward_amount: Decimal | None | Unset = UNSET
    """ The amount rewarded in currency from the payment reward. This value reflects the cashback reward provided to
    the customer. Example: If a customer receives a cashback reward of $10, the paymentRewardAmount will be 10. """
    outstanding_points: Decimal | None | Unset = UNSET
    """ The number of points currently available from the transaction related to this activity. Example: If a
    customer earned 100 points from a transaction and 20 points have since expired, the outstandingPoints would be
    80, representing the points still available for the customer to use. """
    reward_threshold: Decimal | None | Unset = UNSET
    """ This represents the minimum monetary amount (X value) a customer needs to spend to receive a specific number
    of reward points (Y points) as cashback reward, based on the configured points settings. It defines the
    threshold of spending required to earn points in your loyalty program. Example: If rewardThreshold is set to
    50.0, it means for every 50 currency units (e.g., 50 USD) spent by the customer, they will earn the configured
    number of reward points. """
    currency: None | str | Unset = UNSET
    """ The currency used in the transaction (e.g., "EGP"). """
    redemption_reward_factor: Decimal | None | Unset = UNSET
    """ The factor used to calculate how many points are required for a redemption. This value determines the
    conversion rate between points and monetary value during a redemption process. Example: If the
    redemptionRewardFactor is 0.1, then for every 10 points, the customer can redeem 1 unit of currency. """
    campaign_name: None | str | Unset = UNSET
    """ The name of the rewards campaign associated with the activity. This field will appear for activity types
    that are tied to a rewards campaign such as CampaignRewarded. """
    campaign_start_date: None | str | Unset = UNSET
    """ The start date of the rewards campaign associated with the activity. This field will appear for activity
    types that are tied to a rewards campaign such as CampaignRewarded. """
    campaign_end_date: None | str | Unset = UNSET
    """ The end date of the rewards campaign associated with the activity. This field will appear for activity types
    that are tied to a rewards campaign such as CampaignRewarded. """
    campaign_enabled: bool | None | Unset = UNSET
    """ Indicates if the associated campaign was enabled during the activity. This field will appear for activity
    types that are tied to a rewards campaign such as CampaignRewarded. """
    tier_name: None | str | Unset = UNSET
    """ The tier name of the customer during the activity. The name of the tier associated with the activity. This
    is relevant when the activity involves a tier-related event, such as: TierUpgraded, TierDowngraded,
    TierMigration. Example: if a customer moves from "Silver" to "Gold" in the TierUpgraded activity, "Gold" will be
    displayed as the associated tier name. """
    reward_points: Decimal | None | Unset = UNSET
    """ The number of points rewarded from the activity. """
    reward_factor: Decimal | None | Unset = UNSET
    """ The reward factor used in the calculation of reward points. """
    is_guest: bool | None | Unset = UNSET
    """ A flag indicating if the individual interacting with your system is a guest (not signed up). Set this to
    true for guest users; otherwise, they are treated as registered customers by default. """
    coupon_used: bool | None | Unset = UNSET
    """ Indicates whether the coupon associated with this activity was used or not. This is a boolean value, where
    true means the coupon was used during the activity, and false means it was not. Example: true if the coupon was
    successfully applied, false if the coupon was associated with the event but was not used. """
    coupon_type: None | str | Unset = UNSET
    """ Represents the type of coupon associated with the activity. Example: "percentage_discount", "free_shipping",
    "fixed_rate_discount". """
    coupon_code: None | str | Unset = UNSET
    """ The code of the coupon that was associated with this activity. This is the actual coupon code that was
    available for use during the activity. Example: "SUMMER20". """
    coupon_group: None | str | Unset = UNSET
    """ Represents the group or campaign to which the coupon is linked. This could be a marketing campaign, product
    category, or customer segment. Example: "Holiday Campaign", "VIP Customer Group", "Black Friday Sale". """
    coupon_product: None | str | Unset = UNSET
    """ The name of the product associated with the coupon, if the coupon was tied to a specific product. Example:
    "Wireless Earbuds". """
    coupon_product_id: Decimal | None | Unset = UNSET
    """ The unique ID of the product associated with the coupon. This ID helps track which specific product was
    related to the coupon. Example: 123456 for "Wireless Earbuds". """
    product_variant_name: None | str | Unset = UNSET
    """ The name of the product variant involved in the event. This would apply if the coupon or activity was
    specific to a certain variant of a product, such as size or color. Example: "Wireless Earbuds - Black", "T-shirt
    - Large". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activity_id: Decimal | None | Unset
        if isinstance(self.activity_id, Unset):
            activity_id = UNSET
        else:
            activity_id = self.activity_id

        activity_type: None | str | Unset
        if isinstance(self.activity_type, Unset):
            activity_type = UNSET
        else:
            activity_type = self.activity_type

        activity_day: None | str | Unset
        if isinstance(self.activity_day, Unset):
            activity_day = UNSET
        else:
            activity_day = self.activity_day

        activity_date: None | str | Unset
        if isinstance(self.activity_date, Unset):
            activity_date = UNSET
        else:
            activity_date = self.activity_date

        activity_time: None | str | Unset
        if isinstance(self.activity_time, Unset):
            activity_time = UNSET
        else:
            activity_time = self.activity_time

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone_number: None | str | Unset
        if isinstance(self.phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = self.phone_number

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        is_manual_activity: bool | None | Unset
        if isinstance(self.is_manual_activity, Unset):
            is_manual_activity = UNSET
        else:
            is_manual_activity = self.is_manual_activity

        points: Decimal | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        score: Decimal | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        calculated_redemption: Decimal | None | Unset
        if isinstance(self.calculated_redemption, Unset):
            calculated_redemption = UNSET
        else:
            calculated_redemption = self.calculated_redemption

        actual_redemption: Decimal | None | Unset
        if isinstance(self.actual_redemption, Unset):
            actual_redemption = UNSET
        else:
            actual_redemption = self.actual_redemption

        family_redemption_amount: Decimal | None | Unset
        if isinstance(self.family_redemption_amount, Unset):
            family_redemption_amount = UNSET
        else:
            family_redemption_amount = self.family_redemption_amount

        family_redemption_points: Decimal | None | Unset
        if isinstance(self.family_redemption_points, Unset):
            family_redemption_points = UNSET
        else:
            family_redemption_points = self.family_redemption_points

        payment_reward_amount: Decimal | None | Unset
        if isinstance(self.payment_reward_amount, Unset):
            payment_reward_amount = UNSET
        else:
            payment_reward_amount = self.payment_reward_amount

        outstanding_points: Decimal | None | Unset
        if isinstance(self.outstanding_points, Unset):
            outstanding_points = UNSET
        else:
            outstanding_points = self.outstanding_points

        reward_threshold: Decimal | None | Unset
        if isinstance(self.reward_threshold, Unset):
            reward_threshold = UNSET
        else:
            reward_threshold = self.reward_threshold

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        redemption_reward_factor: Decimal | None | Unset
        if isinstance(self.redemption_reward_factor, Unset):
            redemption_reward_factor = UNSET
        else:
            redemption_reward_factor = self.redemption_reward_factor

        campaign_name: None | str | Unset
        if isinstance(self.campaign_name, Unset):
            campaign_name = UNSET
        else:
            campaign_name = self.campaign_name

        campaign_start_date: None | str | Unset
        if isinstance(self.campaign_start_date, Unset):
            campaign_start_date = UNSET
        else:
            campaign_start_date = self.campaign_start_date

        campaign_end_date: None | str | Unset
        if isinstance(self.campaign_end_date, Unset):
            campaign_end_date = UNSET
        else:
            campaign_end_date = self.campaign_end_date

        campaign_enabled: bool | None | Unset
        if isinstance(self.campaign_enabled, Unset):
            campaign_enabled = UNSET
        else:
            campaign_enabled = self.campaign_enabled

        tier_name: None | str | Unset
        if isinstance(self.tier_name, Unset):
            tier_name = UNSET
        else:
            tier_name = self.tier_name

        reward_points: Decimal | None | Unset
        if isinstance(self.reward_points, Unset):
            reward_points = UNSET
        else:
            reward_points = self.reward_points

        reward_factor: Decimal | None | Unset
        if isinstance(self.reward_factor, Unset):
            reward_factor = UNSET
        else:
            reward_factor = self.reward_factor

        is_guest: bool | None | Unset
        if isinstance(self.is_guest, Unset):
            is_guest = UNSET
        else:
            is_guest = self.is_guest

        coupon_used: bool | None | Unset
        if isinstance(self.coupon_used, Unset):
            coupon_used = UNSET
        else:
            coupon_used = self.coupon_used

        coupon_type: None | str | Unset
        if isinstance(self.coupon_type, Unset):
            coupon_type = UNSET
        else:
            coupon_type = self.coupon_type

        coupon_code: None | str | Unset
        if isinstance(self.coupon_code, Unset):
            coupon_code = UNSET
        else:
            coupon_code = self.coupon_code

        coupon_group: None | str | Unset
        if isinstance(self.coupon_group, Unset):
            coupon_group = UNSET
        else:
            coupon_group = self.coupon_group

        coupon_product: None | str | Unset
        if isinstance(self.coupon_product, Unset):
            coupon_product = UNSET
        else:
            coupon_product = self.coupon_product

        coupon_product_id: Decimal | None | Unset
        if isinstance(self.coupon_product_id, Unset):
            coupon_product_id = UNSET
        else:
            coupon_product_id = self.coupon_product_id

        product_variant_name: None | str | Unset
        if isinstance(self.product_variant_name, Unset):
            product_variant_name = UNSET
        else:
            product_variant_name = self.product_variant_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activity_id is not UNSET:
            field_dict["activityId"] = activity_id
        if activity_type is not UNSET:
            field_dict["activityType"] = activity_type
        if activity_day is not UNSET:
            field_dict["activityDay"] = activity_day
        if activity_date is not UNSET:
            field_dict["activityDate"] = activity_date
        if activity_time is not UNSET:
            field_dict["activityTime"] = activity_time
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if email is not UNSET:
            field_dict["email"] = email
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if is_manual_activity is not UNSET:
            field_dict["isManualActivity"] = is_manual_activity
        if points is not UNSET:
            field_dict["points"] = points
        if score is not UNSET:
            field_dict["score"] = score
        if reason is not UNSET:
            field_dict["reason"] = reason
        if calculated_redemption is not UNSET:
            field_dict["calculatedRedemption"] = calculated_redemption
        if actual_redemption is not UNSET:
            field_dict["actualRedemption"] = actual_redemption
        if family_redemption_amount is not UNSET:
            field_dict["familyRedemptionAmount"] = family_redemption_amount
        if family_redemption_points is not UNSET:
            field_dict["familyRedemptionPoints"] = family_redemption_points
        if payment_reward_amount is not UNSET:
            field_dict["paymentRewardAmount"] = payment_reward_amount
        if outstanding_points is not UNSET:
            field_dict["outstandingPoints"] = outstanding_points
        if reward_threshold is not UNSET:
            field_dict["rewardThreshold"] = reward_threshold
        if currency is not UNSET:
            field_dict["currency"] = currency
        if redemption_reward_factor is not UNSET:
            field_dict["redemptionRewardFactor"] = redemption_reward_factor
        if campaign_name is not UNSET:
            field_dict["campaignName"] = campaign_name
        if campaign_start_date is not UNSET:
            field_dict["campaignStartDate"] = campaign_start_date
        if campaign_end_date is not UNSET:
            field_dict["campaignEndDate"] = campaign_end_date
        if campaign_enabled is not UNSET:
            field_dict["campaignEnabled"] = campaign_enabled
        if tier_name is not UNSET:
            field_dict["tierName"] = tier_name
        if reward_points is not UNSET:
            field_dict["rewardPoints"] = reward_points
        if reward_factor is not UNSET:
            field_dict["rewardFactor"] = reward_factor
        if is_guest is not UNSET:
            field_dict["isGuest"] = is_guest
        if coupon_used is not UNSET:
            field_dict["couponUsed"] = coupon_used
        if coupon_type is not UNSET:
            field_dict["couponType"] = coupon_type
        if coupon_code is not UNSET:
            field_dict["couponCode"] = coupon_code
        if coupon_group is not UNSET:
            field_dict["couponGroup"] = coupon_group
        if coupon_product is not UNSET:
            field_dict["couponProduct"] = coupon_product
        if coupon_product_id is not UNSET:
            field_dict["couponProductId"] = coupon_product_id
        if product_variant_name is not UNSET:
            field_dict["productVariantName"] = product_variant_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _activity_id_value = d.pop("activityId", UNSET)
        activity_id: Decimal | None | Unset
        if _activity_id_value is None or isinstance(_activity_id_value, Unset):
            activity_id = _activity_id_value
        else:
            if not (
                isinstance(_activity_id_value, (int, float, Decimal, str)) and not isinstance(_activity_id_value, bool)
            ):
                raise TypeError()
            activity_id_type_0 = to_decimal(_activity_id_value)

            activity_id = activity_id_type_0

        activity_type: None | str | Unset = d.pop("activityType", UNSET)

        activity_day: None | str | Unset = d.pop("activityDay", UNSET)

        activity_date: None | str | Unset = d.pop("activityDate", UNSET)

        activity_time: None | str | Unset = d.pop("activityTime", UNSET)

        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        email: None | str | Unset = d.pop("email", UNSET)

        phone_number: None | str | Unset = d.pop("phoneNumber", UNSET)

        display_name: None | str | Unset = d.pop("displayName", UNSET)

        transaction_id: None | str | Unset = d.pop("transactionId", UNSET)

        is_manual_activity: bool | None | Unset = d.pop("isManualActivity", UNSET)

        _points_value = d.pop("points", UNSET)
        points: Decimal | None | Unset
        if _points_value is None or isinstance(_points_value, Unset):
            points = _points_value
        else:
            if not (isinstance(_points_value, (int, float, Decimal, str)) and not isinstance(_points_value, bool)):
                raise TypeError()
            points_type_0 = to_decimal(_points_value)

            points = points_type_0

        _score_value = d.pop("score", UNSET)
        score: Decimal | None | Unset
        if _score_value is None or isinstance(_score_value, Unset):
            score = _score_value
        else:
            if not (isinstance(_score_value, (int, float, Decimal, str)) and not isinstance(_score_value, bool)):
                raise TypeError()
            score_type_0 = to_decimal(_score_value)

            score = score_type_0

        reason: None | str | Unset = d.pop("reason", UNSET)

        _calculated_redemption_value = d.pop("calculatedRedemption", UNSET)
        calculated_redemption: Decimal | None | Unset
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

        _actual_redemption_value = d.pop("actualRedemption", UNSET)
        actual_redemption: Decimal | None | Unset
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

        _family_redemption_amount_value = d.pop("familyRedemptionAmount", UNSET)
        family_redemption_amount: Decimal | None | Unset
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

        _family_redemption_points_value = d.pop("familyRedemptionPoints", UNSET)
        family_redemption_points: Decimal | None | Unset
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

        _payment_reward_amount_value = d.pop("paymentRewardAmount", UNSET)
        payment_reward_amount: Decimal | None | Unset
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

        _outstanding_points_value = d.pop("outstandingPoints", UNSET)
        outstanding_points: Decimal | None | Unset
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

        _reward_threshold_value = d.pop("rewardThreshold", UNSET)
        reward_threshold: Decimal | None | Unset
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

        currency: None | str | Unset = d.pop("currency", UNSET)

        _redemption_reward_factor_value = d.pop("redemptionRewardFactor", UNSET)
        redemption_reward_factor: Decimal | None | Unset
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

        campaign_name: None | str | Unset = d.pop("campaignName", UNSET)

        campaign_start_date: None | str | Unset = d.pop("campaignStartDate", UNSET)

        campaign_end_date: None | str | Unset = d.pop("campaignEndDate", UNSET)

        campaign_enabled: bool | None | Unset = d.pop("campaignEnabled", UNSET)

        tier_name: None | str | Unset = d.pop("tierName", UNSET)

        _reward_points_value = d.pop("rewardPoints", UNSET)
        reward_points: Decimal | None | Unset
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

        _reward_factor_value = d.pop("rewardFactor", UNSET)
        reward_factor: Decimal | None | Unset
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

        is_guest: bool | None | Unset = d.pop("isGuest", UNSET)

        coupon_used: bool | None | Unset = d.pop("couponUsed", UNSET)

        coupon_type: None | str | Unset = d.pop("couponType", UNSET)

        coupon_code: None | str | Unset = d.pop("couponCode", UNSET)

        coupon_group: None | str | Unset = d.pop("couponGroup", UNSET)

        coupon_product: None | str | Unset = d.pop("couponProduct", UNSET)

        _coupon_product_id_value = d.pop("couponProductId", UNSET)
        coupon_product_id: Decimal | None | Unset
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

        product_variant_name: None | str | Unset = d.pop("productVariantName", UNSET)

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
