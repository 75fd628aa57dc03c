"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .achieve_social_challenge_body import AchieveSocialChallengeBody
    from .achieve_social_challenge_response_202 import AchieveSocialChallengeResponse202
    from .attach_tags_request import AttachTagsRequest
    from .batch_order_transactions_body import BatchOrderTransactionsBody
    from .batch_order_transactions_response_200 import BatchOrderTransactionsResponse200
    from .calculate_order_cashback_body import CalculateOrderCashbackBody
    from .calculate_order_cashback_body_line_items_type_0_item import CalculateOrderCashbackBodyLineItemsType0Item
    from .calculate_order_cashback_body_line_items_type_0_item_extra_type_0 import (
        CalculateOrderCashbackBodyLineItemsType0ItemExtraType0,
    )
    from .calculate_order_cashback_body_merchant_type_0 import CalculateOrderCashbackBodyMerchantType0
    from .calculate_order_cashback_body_merchant_type_0_branch_type_0 import (
        CalculateOrderCashbackBodyMerchantType0BranchType0,
    )
    from .calculate_order_cashback_response_200 import CalculateOrderCashbackResponse200
    from .calculate_order_cashback_response_200_line_items_type_0_item import (
        CalculateOrderCashbackResponse200LineItemsType0Item,
    )
    from .calculate_payment_cashback_body import CalculatePaymentCashbackBody
    from .calculate_payment_cashback_body_merchant_type_0 import CalculatePaymentCashbackBodyMerchantType0
    from .calculate_payment_cashback_body_merchant_type_0_branch_type_0 import (
        CalculatePaymentCashbackBodyMerchantType0BranchType0,
    )
    from .calculate_payment_cashback_body_payment_details_type_0_item import (
        CalculatePaymentCashbackBodyPaymentDetailsType0Item,
    )
    from .calculate_payment_cashback_body_payment_details_type_0_item_extra_type_0 import (
        CalculatePaymentCashbackBodyPaymentDetailsType0ItemExtraType0,
    )
    from .calculate_payment_cashback_response_200 import CalculatePaymentCashbackResponse200
    from .calculate_payment_cashback_response_200_payment_details_type_0_item import (
        CalculatePaymentCashbackResponse200PaymentDetailsType0Item,
    )
    from .coupon import Coupon
    from .coupon_combines_with_type_0 import CouponCombinesWithType0
    from .coupon_type_type_0 import CouponTypeType0
    from .customer import Customer
    from .customer_action_streak_progress_response import CustomerActionStreakProgressResponse
    from .customer_activities_count_response import CustomerActivitiesCountResponse
    from .customer_activities_response import CustomerActivitiesResponse
    from .customer_activities_response_activities_type_0_item import CustomerActivitiesResponseActivitiesType0Item
    from .customer_attributes_type_0 import CustomerAttributesType0
    from .customer_automation_campaigns_response import CustomerAutomationCampaignsResponse
    from .customer_automation_campaigns_response_campaigns_type_0_item import (
        CustomerAutomationCampaignsResponseCampaignsType0Item,
    )
    from .customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item import (
        CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item,
    )
    from .customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item_steps_type_0_item import (
        CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item,
    )
    from .customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item_steps_type_0_item_configuration_type_0 import (
        CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0ItemConfigurationType0,
    )
    from .customer_balance_response import CustomerBalanceResponse
    from .customer_campaigns_progress_response_item import CustomerCampaignsProgressResponseItem
    from .customer_campaigns_progress_response_item_reward_campaign_configuration_type_0 import (
        CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0,
    )
    from .customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_activation_type_0 import (
        CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0ActivationType0,
    )
    from .customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item import (
        CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0Item,
    )
    from .customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0 import (
        CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0,
    )
    from .customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_collections_type_0_item import (
        CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0CollectionsType0Item,
    )
    from .customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_group_type_0 import (
        CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0GroupType0,
    )
    from .customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_options_type_0 import (
        CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0OptionsType0,
    )
    from .customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_product_type_0 import (
        CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0ProductType0,
    )
    from .customer_coupons import CustomerCoupons
    from .customer_coupons_response import CustomerCouponsResponse
    from .customer_coupons_response_coupons_type_0_item import CustomerCouponsResponseCouponsType0Item
    from .customer_coupons_response_coupons_type_0_item_target_type_0 import (
        CustomerCouponsResponseCouponsType0ItemTargetType0,
    )
    from .customer_coupons_response_coupons_type_0_item_type_type_0 import (
        CustomerCouponsResponseCouponsType0ItemTypeType0,
    )
    from .customer_daily_streak_progress_response import CustomerDailyStreakProgressResponse
    from .customer_daily_streak_progress_response_badges_type_0_item import (
        CustomerDailyStreakProgressResponseBadgesType0Item,
    )
    from .customer_daily_streak_progress_response_ongoing_reward_type_0 import (
        CustomerDailyStreakProgressResponseOngoingRewardType0,
    )
    from .customer_details import CustomerDetails
    from .customer_details_response import CustomerDetailsResponse
    from .customer_details_response_customer_attributes_type_0 import CustomerDetailsResponseCustomerAttributesType0
    from .customer_details_response_customer_attributes_type_0_channel_type_0 import (
        CustomerDetailsResponseCustomerAttributesType0ChannelType0,
    )
    from .customer_details_response_customer_attributes_type_0_custom_type_0 import (
        CustomerDetailsResponseCustomerAttributesType0CustomType0,
    )
    from .customer_hash import CustomerHash
    from .customer_hash_response import CustomerHashResponse
    from .customer_notifications import CustomerNotifications
    from .customer_notifications_count_response import CustomerNotificationsCountResponse
    from .customer_notifications_notifications_type_0_item import CustomerNotificationsNotificationsType0Item
    from .customer_progress import CustomerProgress
    from .customer_progress_referrals_type_0 import CustomerProgressReferralsType0
    from .customer_progress_tier_type_0 import CustomerProgressTierType0
    from .customer_referrals_count_response import CustomerReferralsCountResponse
    from .customer_referrals_response import CustomerReferralsResponse
    from .customer_referrals_response_referred_friends_type_0_item import (
        CustomerReferralsResponseReferredFriendsType0Item,
    )
    from .customer_referrals_response_referred_friends_type_0_item_status_type_0 import (
        CustomerReferralsResponseReferredFriendsType0ItemStatusType0,
    )
    from .customer_response import CustomerResponse
    from .customer_response_customer_attributes_type_0 import CustomerResponseCustomerAttributesType0
    from .customer_response_customer_attributes_type_0_custom_type_0 import (
        CustomerResponseCustomerAttributesType0CustomType0,
    )
    from .customer_tags import CustomerTags
    from .customer_tags_update_request import CustomerTagsUpdateRequest
    from .customer_tier_progress_response import CustomerTierProgressResponse
    from .delete_coupons_lock_reference_response_200 import DeleteCouponsLockReferenceResponse200
    from .delete_transactions_hold_hold_reference_id_response_200 import (
        DeleteTransactionsHoldHoldReferenceIdResponse200,
    )
    from .error import Error
    from .event_request import EventRequest
    from .event_request_events import EventRequestEvents
    from .event_request_events_additional_property import EventRequestEventsAdditionalProperty
    from .event_reward_preview_response import EventRewardPreviewResponse
    from .get_batches_batch_id_status_response_200 import GetBatchesBatchIdStatusResponse200
    from .get_batches_batch_id_status_response_200_status_type_0 import GetBatchesBatchIdStatusResponse200StatusType0
    from .get_configurations_cashback_response_200 import GetConfigurationsCashbackResponse200
    from .get_configurations_cashback_response_200_default_cashback_rule_type_0 import (
        GetConfigurationsCashbackResponse200DefaultCashbackRuleType0,
    )
    from .get_configurations_cashback_response_200_tier_cashback_rules_type_0_item import (
        GetConfigurationsCashbackResponse200TierCashbackRulesType0Item,
    )
    from .get_configurations_coupon_response_200 import GetConfigurationsCouponResponse200
    from .get_configurations_coupon_response_200_coupon_mapping_type_0 import (
        GetConfigurationsCouponResponse200CouponMappingType0,
    )
    from .get_configurations_coupon_response_200_headers_type_0_item import (
        GetConfigurationsCouponResponse200HeadersType0Item,
    )
    from .get_configurations_coupon_response_200_platforms_type_0_item import (
        GetConfigurationsCouponResponse200PlatformsType0Item,
    )
    from .get_configurations_coupon_response_200_query_params_type_0_item import (
        GetConfigurationsCouponResponse200QueryParamsType0Item,
    )
    from .get_configurations_redemption_response_200 import GetConfigurationsRedemptionResponse200
    from .get_configurations_redemption_response_200_redemption_rules_type_0_item import (
        GetConfigurationsRedemptionResponse200RedemptionRulesType0Item,
    )
    from .get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0 import (
        GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0,
    )
    from .get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_collections_type_0_item import (
        GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0CollectionsType0Item,
    )
    from .get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_group_type_0 import (
        GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0GroupType0,
    )
    from .get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_options_type_0 import (
        GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0OptionsType0,
    )
    from .get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_product_type_0 import (
        GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0ProductType0,
    )
    from .get_configurations_rewards_cashback_response_200 import GetConfigurationsRewardsCashbackResponse200
    from .get_configurations_rewards_coupons_response_200 import GetConfigurationsRewardsCouponsResponse200
    from .get_configurations_rewards_coupons_response_200_expiration_settings_type_0 import (
        GetConfigurationsRewardsCouponsResponse200ExpirationSettingsType0,
    )
    from .get_configurations_rewards_redemption_response_200 import GetConfigurationsRewardsRedemptionResponse200
    from .get_configurations_widget_response_200 import GetConfigurationsWidgetResponse200
    from .get_configurations_widget_response_200_colors_type_0 import GetConfigurationsWidgetResponse200ColorsType0
    from .get_configurations_widget_response_200_features_type_0 import GetConfigurationsWidgetResponse200FeaturesType0
    from .get_configurations_widget_response_200_layout_type_0 import GetConfigurationsWidgetResponse200LayoutType0
    from .get_configurations_widget_response_200_layout_type_0_position_type_0 import (
        GetConfigurationsWidgetResponse200LayoutType0PositionType0,
    )
    from .get_configurations_widget_response_200_layout_type_0_size_type_0 import (
        GetConfigurationsWidgetResponse200LayoutType0SizeType0,
    )
    from .get_customer_activities_activity_type import GetCustomerActivitiesActivityType
    from .get_customer_activities_count_activity_type import GetCustomerActivitiesCountActivityType
    from .get_customer_automation_campaigns_campaign_type import GetCustomerAutomationCampaignsCampaignType
    from .get_customer_campaigns_progress_campaign_type import GetCustomerCampaignsProgressCampaignType
    from .get_customer_campaigns_progress_response_422 import GetCustomerCampaignsProgressResponse422
    from .get_leaderboard_response_200 import GetLeaderboardResponse200
    from .get_leaderboard_response_200_leaderboard_type_0_item import GetLeaderboardResponse200LeaderboardType0Item
    from .get_order_transactions_response_200 import GetOrderTransactionsResponse200
    from .get_order_transactions_response_200_transactions_type_0_item import (
        GetOrderTransactionsResponse200TransactionsType0Item,
    )
    from .get_order_transactions_response_200_transactions_type_0_item_transaction_type_type_0 import (
        GetOrderTransactionsResponse200TransactionsType0ItemTransactionTypeType0,
    )
    from .get_transactions_count_response_200 import GetTransactionsCountResponse200
    from .get_transactions_customer_view_response_200 import GetTransactionsCustomerViewResponse200
    from .get_transactions_customer_view_response_200_transactions_type_0_item import (
        GetTransactionsCustomerViewResponse200TransactionsType0Item,
    )
    from .get_transactions_hold_hold_reference_id_response_200 import GetTransactionsHoldHoldReferenceIdResponse200
    from .get_transactions_response_200 import GetTransactionsResponse200
    from .get_transactions_response_200_transactions_type_0_item import GetTransactionsResponse200TransactionsType0Item
    from .mark_notifications_read_request import MarkNotificationsReadRequest
    from .order_reward_preview_response import OrderRewardPreviewResponse
    from .order_reward_preview_response_cashback_type_0 import OrderRewardPreviewResponseCashbackType0
    from .order_reward_preview_response_cashback_type_0_line_items_type_0_item import (
        OrderRewardPreviewResponseCashbackType0LineItemsType0Item,
    )
    from .post_batch_balance_adjustment_body import PostBatchBalanceAdjustmentBody
    from .post_batch_balance_adjustment_body_body_type_0_item import PostBatchBalanceAdjustmentBodyBodyType0Item
    from .post_batch_balance_adjustment_response_200 import PostBatchBalanceAdjustmentResponse200
    from .post_batch_balance_inquiry_body import PostBatchBalanceInquiryBody
    from .post_batch_balance_inquiry_body_body_type_0_item import PostBatchBalanceInquiryBodyBodyType0Item
    from .post_batch_balance_inquiry_response_200 import PostBatchBalanceInquiryResponse200
    from .post_batch_cashback_body import PostBatchCashbackBody
    from .post_batch_cashback_body_body_type_0_item import PostBatchCashbackBodyBodyType0Item
    from .post_batch_cashback_response_200 import PostBatchCashbackResponse200
    from .post_batch_customers_body import PostBatchCustomersBody
    from .post_batch_customers_body_body_type_0_item import PostBatchCustomersBodyBodyType0Item
    from .post_batch_customers_body_body_type_0_item_customer_attributes_type_0 import (
        PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0,
    )
    from .post_batch_customers_body_body_type_0_item_customer_attributes_type_0_channel_type_0 import (
        PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0ChannelType0,
    )
    from .post_batch_customers_body_body_type_0_item_customer_attributes_type_0_custom_type_0 import (
        PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0CustomType0,
    )
    from .post_batch_customers_response_200 import PostBatchCustomersResponse200
    from .post_batch_events_body import PostBatchEventsBody
    from .post_batch_events_body_body_type_0_item import PostBatchEventsBodyBodyType0Item
    from .post_batch_events_body_body_type_0_item_events import PostBatchEventsBodyBodyType0ItemEvents
    from .post_batch_events_body_body_type_0_item_events_additional_property import (
        PostBatchEventsBodyBodyType0ItemEventsAdditionalProperty,
    )
    from .post_batch_events_response_200 import PostBatchEventsResponse200
    from .post_batch_orders_body import PostBatchOrdersBody
    from .post_batch_orders_body_body_type_0_item import PostBatchOrdersBodyBodyType0Item
    from .post_batch_orders_response_200 import PostBatchOrdersResponse200
    from .post_batch_redeem_body import PostBatchRedeemBody
    from .post_batch_redeem_body_body_type_0_item import PostBatchRedeemBodyBodyType0Item
    from .post_batch_redeem_response_200 import PostBatchRedeemResponse200
    from .post_batches_batch_id_stop_response_200 import PostBatchesBatchIdStopResponse200
    from .post_coupons_automatic_body import PostCouponsAutomaticBody
    from .post_coupons_automatic_body_line_items_type_0_item import PostCouponsAutomaticBodyLineItemsType0Item
    from .post_coupons_automatic_body_line_items_type_0_item_extra_type_0 import (
        PostCouponsAutomaticBodyLineItemsType0ItemExtraType0,
    )
    from .post_coupons_automatic_body_merchant_type_0 import PostCouponsAutomaticBodyMerchantType0
    from .post_coupons_automatic_body_merchant_type_0_branch_type_0 import (
        PostCouponsAutomaticBodyMerchantType0BranchType0,
    )
    from .post_coupons_automatic_response_200 import PostCouponsAutomaticResponse200
    from .post_coupons_automatic_response_200_discount_type_type_0 import (
        PostCouponsAutomaticResponse200DiscountTypeType0,
    )
    from .post_coupons_automatic_response_200_discounted_items_type_0_item import (
        PostCouponsAutomaticResponse200DiscountedItemsType0Item,
    )
    from .post_coupons_burn_body import PostCouponsBurnBody
    from .post_coupons_burn_response_200 import PostCouponsBurnResponse200
    from .post_coupons_code_validate_body import PostCouponsCodeValidateBody
    from .post_coupons_code_validate_response_200 import PostCouponsCodeValidateResponse200
    from .post_coupons_predefined_body import PostCouponsPredefinedBody
    from .post_coupons_predefined_response_200 import PostCouponsPredefinedResponse200
    from .post_coupons_validate_body import PostCouponsValidateBody
    from .post_coupons_validate_response_200 import PostCouponsValidateResponse200
    from .post_payments_body import PostPaymentsBody
    from .post_payments_body_cashback_configurations_type_0 import PostPaymentsBodyCashbackConfigurationsType0
    from .post_payments_body_channel_type_0 import PostPaymentsBodyChannelType0
    from .post_payments_body_extra_type_0 import PostPaymentsBodyExtraType0
    from .post_payments_body_merchant_type_0 import PostPaymentsBodyMerchantType0
    from .post_payments_body_merchant_type_0_branch_type_0 import PostPaymentsBodyMerchantType0BranchType0
    from .post_payments_body_payment_details_type_0_item import PostPaymentsBodyPaymentDetailsType0Item
    from .post_payments_body_payment_details_type_0_item_extra_type_0 import (
        PostPaymentsBodyPaymentDetailsType0ItemExtraType0,
    )
    from .post_payments_body_redemption_type_0 import PostPaymentsBodyRedemptionType0
    from .post_payments_response_200 import PostPaymentsResponse200
    from .post_payments_response_200_payment_details_type_0_item import PostPaymentsResponse200PaymentDetailsType0Item
    from .post_transactions_cashback_body import PostTransactionsCashbackBody
    from .post_transactions_cashback_body_configurations_type_0 import PostTransactionsCashbackBodyConfigurationsType0
    from .post_transactions_cashback_body_merchant_type_0 import PostTransactionsCashbackBodyMerchantType0
    from .post_transactions_cashback_body_merchant_type_0_branch_type_0 import (
        PostTransactionsCashbackBodyMerchantType0BranchType0,
    )
    from .post_transactions_cashback_response_200 import PostTransactionsCashbackResponse200
    from .post_transactions_hold_body import PostTransactionsHoldBody
    from .post_transactions_hold_response_200 import PostTransactionsHoldResponse200
    from .post_transactions_manual_body import PostTransactionsManualBody
    from .post_transactions_manual_response_200 import PostTransactionsManualResponse200
    from .post_transactions_otp_body import PostTransactionsOtpBody
    from .post_transactions_redeem_body import PostTransactionsRedeemBody
    from .post_transactions_redeem_body_merchant_type_0 import PostTransactionsRedeemBodyMerchantType0
    from .post_transactions_redeem_body_merchant_type_0_branch_type_0 import (
        PostTransactionsRedeemBodyMerchantType0BranchType0,
    )
    from .post_transactions_redeem_response_200 import PostTransactionsRedeemResponse200
    from .post_transactions_refund_body import PostTransactionsRefundBody
    from .post_transactions_refund_body_line_items_type_0_item import PostTransactionsRefundBodyLineItemsType0Item
    from .post_transactions_refund_body_line_items_type_0_item_extra_type_0 import (
        PostTransactionsRefundBodyLineItemsType0ItemExtraType0,
    )
    from .post_transactions_refund_body_merchant_type_0 import PostTransactionsRefundBodyMerchantType0
    from .post_transactions_refund_body_merchant_type_0_branch_type_0 import (
        PostTransactionsRefundBodyMerchantType0BranchType0,
    )
    from .post_transactions_refund_response_200 import PostTransactionsRefundResponse200
    from .preview_event_rewards_body import PreviewEventRewardsBody
    from .preview_event_rewards_body_events import PreviewEventRewardsBodyEvents
    from .preview_event_rewards_body_events_additional_property_type_0 import (
        PreviewEventRewardsBodyEventsAdditionalPropertyType0,
    )
    from .preview_order_rewards_body import PreviewOrderRewardsBody
    from .preview_order_rewards_body_extra_type_0 import PreviewOrderRewardsBodyExtraType0
    from .preview_order_rewards_body_line_items_type_0_item import PreviewOrderRewardsBodyLineItemsType0Item
    from .preview_order_rewards_body_line_items_type_0_item_extra_type_0 import (
        PreviewOrderRewardsBodyLineItemsType0ItemExtraType0,
    )
    from .preview_order_rewards_body_merchant_type_0 import PreviewOrderRewardsBodyMerchantType0
    from .preview_order_rewards_body_merchant_type_0_branch_type_0 import (
        PreviewOrderRewardsBodyMerchantType0BranchType0,
    )
    from .put_configurations_coupon_body import PutConfigurationsCouponBody
    from .put_configurations_coupon_body_coupon_mapping_type_0 import PutConfigurationsCouponBodyCouponMappingType0
    from .put_configurations_coupon_body_headers_type_0_item import PutConfigurationsCouponBodyHeadersType0Item
    from .put_configurations_coupon_body_platforms_type_0_item import PutConfigurationsCouponBodyPlatformsType0Item
    from .put_configurations_coupon_body_query_params_type_0_item import PutConfigurationsCouponBodyQueryParamsType0Item
    from .put_configurations_rewards_coupons_body import PutConfigurationsRewardsCouponsBody
    from .put_configurations_rewards_coupons_body_expiration_settings_type_0 import (
        PutConfigurationsRewardsCouponsBodyExpirationSettingsType0,
    )
    from .put_configurations_rewards_coupons_response_200 import PutConfigurationsRewardsCouponsResponse200
    from .put_transactions_transaction_id_activate_response_200 import PutTransactionsTransactionIdActivateResponse200
    from .referral_configuration import ReferralConfiguration
    from .referral_configuration_customer_reward_type_0 import ReferralConfigurationCustomerRewardType0
    from .referral_configuration_customer_reward_type_0_coupon_type_0 import (
        ReferralConfigurationCustomerRewardType0CouponType0,
    )
    from .referral_configuration_customer_reward_type_0_coupon_type_0_collections_type_0_item import (
        ReferralConfigurationCustomerRewardType0CouponType0CollectionsType0Item,
    )
    from .referral_configuration_customer_reward_type_0_coupon_type_0_group_type_0 import (
        ReferralConfigurationCustomerRewardType0CouponType0GroupType0,
    )
    from .referral_configuration_customer_reward_type_0_coupon_type_0_options_type_0 import (
        ReferralConfigurationCustomerRewardType0CouponType0OptionsType0,
    )
    from .referral_configuration_customer_reward_type_0_coupon_type_0_product_type_0 import (
        ReferralConfigurationCustomerRewardType0CouponType0ProductType0,
    )
    from .referral_configuration_customer_reward_type_0_extra_reward_type_0 import (
        ReferralConfigurationCustomerRewardType0ExtraRewardType0,
    )
    from .referral_configuration_customer_reward_type_0_extra_reward_type_0_coupon_type_0 import (
        ReferralConfigurationCustomerRewardType0ExtraRewardType0CouponType0,
    )
    from .referral_configuration_event_meta_data_type_0 import ReferralConfigurationEventMetaDataType0
    from .referral_configuration_friend_reward_type_0 import ReferralConfigurationFriendRewardType0
    from .referral_configuration_friend_reward_type_0_coupon_type_0 import (
        ReferralConfigurationFriendRewardType0CouponType0,
    )
    from .referral_configuration_friend_reward_type_0_coupon_type_0_collections_type_0_item import (
        ReferralConfigurationFriendRewardType0CouponType0CollectionsType0Item,
    )
    from .referral_configuration_friend_reward_type_0_coupon_type_0_group_type_0 import (
        ReferralConfigurationFriendRewardType0CouponType0GroupType0,
    )
    from .referral_configuration_friend_reward_type_0_coupon_type_0_options_type_0 import (
        ReferralConfigurationFriendRewardType0CouponType0OptionsType0,
    )
    from .referral_configuration_friend_reward_type_0_coupon_type_0_product_type_0 import (
        ReferralConfigurationFriendRewardType0CouponType0ProductType0,
    )
    from .referral_validation import ReferralValidation
    from .referral_validation_response import ReferralValidationResponse
    from .reward_campaign_configuration import RewardCampaignConfiguration
    from .reward_campaign_configuration_activation_type_0 import RewardCampaignConfigurationActivationType0
    from .reward_campaign_configuration_availability_type_0 import RewardCampaignConfigurationAvailabilityType0
    from .reward_campaign_configuration_rewards_type_0_item import RewardCampaignConfigurationRewardsType0Item
    from .reward_campaign_configuration_rewards_type_0_item_coupon_reward_type_0 import (
        RewardCampaignConfigurationRewardsType0ItemCouponRewardType0,
    )
    from .reward_campaign_configuration_rewards_type_0_item_coupon_reward_type_0_collections_type_0_item import (
        RewardCampaignConfigurationRewardsType0ItemCouponRewardType0CollectionsType0Item,
    )
    from .reward_campaign_configuration_rewards_type_0_item_coupon_reward_type_0_group_type_0 import (
        RewardCampaignConfigurationRewardsType0ItemCouponRewardType0GroupType0,
    )
    from .reward_campaign_configuration_rewards_type_0_item_coupon_reward_type_0_options_type_0 import (
        RewardCampaignConfigurationRewardsType0ItemCouponRewardType0OptionsType0,
    )
    from .reward_campaign_configuration_rewards_type_0_item_coupon_reward_type_0_product_type_0 import (
        RewardCampaignConfigurationRewardsType0ItemCouponRewardType0ProductType0,
    )
    from .reward_preview_campaign import RewardPreviewCampaign
    from .reward_preview_campaign_reason_type_0 import RewardPreviewCampaignReasonType0
    from .reward_preview_campaign_reward_type_type_0 import RewardPreviewCampaignRewardTypeType0
    from .reward_preview_event_result import RewardPreviewEventResult
    from .reward_preview_progress import RewardPreviewProgress
    from .success import Success
    from .tier_configuration import TierConfiguration
    from .tier_configuration_benefits_type_0_item import TierConfigurationBenefitsType0Item
    from .tier_configuration_benefits_type_0_item_coupon_reward_type_0 import (
        TierConfigurationBenefitsType0ItemCouponRewardType0,
    )
    from .tier_configuration_benefits_type_0_item_coupon_reward_type_0_collections_type_0_item import (
        TierConfigurationBenefitsType0ItemCouponRewardType0CollectionsType0Item,
    )
    from .tier_configuration_benefits_type_0_item_coupon_reward_type_0_group_type_0 import (
        TierConfigurationBenefitsType0ItemCouponRewardType0GroupType0,
    )
    from .tier_configuration_benefits_type_0_item_coupon_reward_type_0_options_type_0 import (
        TierConfigurationBenefitsType0ItemCouponRewardType0OptionsType0,
    )
    from .tier_configuration_benefits_type_0_item_coupon_reward_type_0_product_type_0 import (
        TierConfigurationBenefitsType0ItemCouponRewardType0ProductType0,
    )
    from .tier_state import TierState
    from .track_order_body import TrackOrderBody
    from .track_order_body_cashback_configurations_type_0 import TrackOrderBodyCashbackConfigurationsType0
    from .track_order_body_channel_type_0 import TrackOrderBodyChannelType0
    from .track_order_body_extra_type_0 import TrackOrderBodyExtraType0
    from .track_order_body_line_items_type_0_item import TrackOrderBodyLineItemsType0Item
    from .track_order_body_line_items_type_0_item_extra_type_0 import TrackOrderBodyLineItemsType0ItemExtraType0
    from .track_order_body_merchant_type_0 import TrackOrderBodyMerchantType0
    from .track_order_body_merchant_type_0_branch_type_0 import TrackOrderBodyMerchantType0BranchType0
    from .track_order_body_redemption_type_0 import TrackOrderBodyRedemptionType0
    from .track_order_response_200 import TrackOrderResponse200
    from .track_order_response_200_line_items_type_0_item import TrackOrderResponse200LineItemsType0Item
    from .update_customer_activation_body import UpdateCustomerActivationBody
    from .update_customer_activation_response_200 import UpdateCustomerActivationResponse200
    from .upsert_customer_request import UpsertCustomerRequest
    from .upsert_customer_request_customer_attributes_type_0 import UpsertCustomerRequestCustomerAttributesType0
    from .upsert_customer_request_customer_attributes_type_0_channel_type_0 import (
        UpsertCustomerRequestCustomerAttributesType0ChannelType0,
    )
    from .upsert_customer_request_customer_attributes_type_0_custom_type_0 import (
        UpsertCustomerRequestCustomerAttributesType0CustomType0,
    )
    from .upsert_customer_response import UpsertCustomerResponse

# Public name -> the module that defines it.
_MODULES = {
    "AchieveSocialChallengeBody": ".achieve_social_challenge_body",
    "AchieveSocialChallengeResponse202": ".achieve_social_challenge_response_202",
    "AttachTagsRequest": ".attach_tags_request",
    "BatchOrderTransactionsBody": ".batch_order_transactions_body",
    "BatchOrderTransactionsResponse200": ".batch_order_transactions_response_200",
    "CalculateOrderCashbackBody": ".calculate_order_cashback_body",
    "CalculateOrderCashbackBodyLineItemsType0Item": ".calculate_order_cashback_body_line_items_type_0_item",
    "CalculateOrderCashbackBodyLineItemsType0ItemExtraType0": ".calculate_order_cashback_body_line_items_type_0_item_extra_type_0",
    "CalculateOrderCashbackBodyMerchantType0": ".calculate_order_cashback_body_merchant_type_0",
    "CalculateOrderCashbackBodyMerchantType0BranchType0": ".calculate_order_cashback_body_merchant_type_0_branch_type_0",
    "CalculateOrderCashbackResponse200": ".calculate_order_cashback_response_200",
    "CalculateOrderCashbackResponse200LineItemsType0Item": ".calculate_order_cashback_response_200_line_items_type_0_item",
    "CalculatePaymentCashbackBody": ".calculate_payment_cashback_body",
    "CalculatePaymentCashbackBodyMerchantType0": ".calculate_payment_cashback_body_merchant_type_0",
    "CalculatePaymentCashbackBodyMerchantType0BranchType0": ".calculate_payment_cashback_body_merchant_type_0_branch_type_0",
    "CalculatePaymentCashbackBodyPaymentDetailsType0Item": ".calculate_payment_cashback_body_payment_details_type_0_item",
    "CalculatePaymentCashbackBodyPaymentDetailsType0ItemExtraType0": ".calculate_payment_cashback_body_payment_details_type_0_item_extra_type_0",
    "CalculatePaymentCashbackResponse200": ".calculate_payment_cashback_response_200",
    "CalculatePaymentCashbackResponse200PaymentDetailsType0Item": ".calculate_payment_cashback_response_200_payment_details_type_0_item",
    "Coupon": ".coupon",
    "CouponCombinesWithType0": ".coupon_combines_with_type_0",
    "CouponTypeType0": ".coupon_type_type_0",
    "Customer": ".customer",
    "CustomerActionStreakProgressResponse": ".customer_action_streak_progress_response",
    "CustomerActivitiesCountResponse": ".customer_activities_count_response",
    "CustomerActivitiesResponse": ".customer_activities_response",
    "CustomerActivitiesResponseActivitiesType0Item": ".customer_activities_response_activities_type_0_item",
    "CustomerAttributesType0": ".customer_attributes_type_0",
    "CustomerAutomationCampaignsResponse": ".customer_automation_campaigns_response",
    "CustomerAutomationCampaignsResponseCampaignsType0Item": ".customer_automation_campaigns_response_campaigns_type_0_item",
    "CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item": ".customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item",
    "CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item": ".customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item_steps_type_0_item",
    "CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0ItemConfigurationType0": ".customer_automation_campaigns_response_campaigns_type_0_item_automation_type_0_item_steps_type_0_item_configuration_type_0",
    "CustomerBalanceResponse": ".customer_balance_response",
    "CustomerCampaignsProgressResponseItem": ".customer_campaigns_progress_response_item",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0": ".customer_campaigns_progress_response_item_reward_campaign_configuration_type_0",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0ActivationType0": ".customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_activation_type_0",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0Item": ".customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0": ".customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0CollectionsType0Item": ".customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_collections_type_0_item",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0GroupType0": ".customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_group_type_0",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0OptionsType0": ".customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_options_type_0",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0ProductType0": ".customer_campaigns_progress_response_item_reward_campaign_configuration_type_0_rewards_type_0_item_coupon_reward_type_0_product_type_0",
    "CustomerCoupons": ".customer_coupons",
    "CustomerCouponsResponse": ".customer_coupons_response",
    "CustomerCouponsResponseCouponsType0Item": ".customer_coupons_response_coupons_type_0_item",
    "CustomerCouponsResponseCouponsType0ItemTargetType0": ".customer_coupons_response_coupons_type_0_item_target_type_0",
    "CustomerCouponsResponseCouponsType0ItemTypeType0": ".customer_coupons_response_coupons_type_0_item_type_type_0",
    "CustomerDailyStreakProgressResponse": ".customer_daily_streak_progress_response",
    "CustomerDailyStreakProgressResponseBadgesType0Item": ".customer_daily_streak_progress_response_badges_type_0_item",
    "CustomerDailyStreakProgressResponseOngoingRewardType0": ".customer_daily_streak_progress_response_ongoing_reward_type_0",
    "CustomerDetails": ".customer_details",
    "CustomerDetailsResponse": ".customer_details_response",
    "CustomerDetailsResponseCustomerAttributesType0": ".customer_details_response_customer_attributes_type_0",
    "CustomerDetailsResponseCustomerAttributesType0ChannelType0": ".customer_details_response_customer_attributes_type_0_channel_type_0",
    "CustomerDetailsResponseCustomerAttributesType0CustomType0": ".customer_details_response_customer_attributes_type_0_custom_type_0",
    "CustomerHash": ".customer_hash",
    "CustomerHashResponse": ".customer_hash_response",
    "CustomerNotifications": ".customer_notifications",
    "CustomerNotificationsCountResponse": ".customer_notifications_count_response",
    "CustomerNotificationsNotificationsType0Item": ".customer_notifications_notifications_type_0_item",
    "CustomerProgress": ".customer_progress",
    "CustomerProgressReferralsType0": ".customer_progress_referrals_type_0",
    "CustomerProgressTierType0": ".customer_progress_tier_type_0",
    "CustomerReferralsCountResponse": ".customer_referrals_count_response",
    "CustomerReferralsResponse": ".customer_referrals_response",
    "CustomerReferralsResponseReferredFriendsType0Item": ".customer_referrals_response_referred_friends_type_0_item",
    "CustomerReferralsResponseReferredFriendsType0ItemStatusType0": ".customer_referrals_response_referred_friends_type_0_item_status_type_0",
    "CustomerResponse": ".customer_response",
    "CustomerResponseCustomerAttributesType0": ".customer_response_customer_attributes_type_0",
    "CustomerResponseCustomerAttributesType0CustomType0": ".customer_response_customer_attributes_type_0_custom_type_0",
    "CustomerTags": ".customer_tags",
    "CustomerTagsUpdateRequest": ".customer_tags_update_request",
    "CustomerTierProgressResponse": ".customer_tier_progress_response",
    "DeleteCouponsLockReferenceResponse200": ".delete_coupons_lock_reference_response_200",
    "DeleteTransactionsHoldHoldReferenceIdResponse200": ".delete_transactions_hold_hold_reference_id_response_200",
    "Error": ".error",
    "EventRequest": ".event_request",
    "EventRequestEvents": ".event_request_events",
    "EventRequestEventsAdditionalProperty": ".event_request_events_additional_property",
    "EventRewardPreviewResponse": ".event_reward_preview_response",
    "GetBatchesBatchIdStatusResponse200": ".get_batches_batch_id_status_response_200",
    "GetBatchesBatchIdStatusResponse200StatusType0": ".get_batches_batch_id_status_response_200_status_type_0",
    "GetConfigurationsCashbackResponse200": ".get_configurations_cashback_response_200",
    "GetConfigurationsCashbackResponse200DefaultCashbackRuleType0": ".get_configurations_cashback_response_200_default_cashback_rule_type_0",
    "GetConfigurationsCashbackResponse200TierCashbackRulesType0Item": ".get_configurations_cashback_response_200_tier_cashback_rules_type_0_item",
    "GetConfigurationsCouponResponse200": ".get_configurations_coupon_response_200",
    "GetConfigurationsCouponResponse200CouponMappingType0": ".get_configurations_coupon_response_200_coupon_mapping_type_0",
    "GetConfigurationsCouponResponse200HeadersType0Item": ".get_configurations_coupon_response_200_headers_type_0_item",
    "GetConfigurationsCouponResponse200PlatformsType0Item": ".get_configurations_coupon_response_200_platforms_type_0_item",
    "GetConfigurationsCouponResponse200QueryParamsType0Item": ".get_configurations_coupon_response_200_query_params_type_0_item",
    "GetConfigurationsRedemptionResponse200": ".get_configurations_redemption_response_200",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0Item": ".get_configurations_redemption_response_200_redemption_rules_type_0_item",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0": ".get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0CollectionsType0Item": ".get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_collections_type_0_item",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0GroupType0": ".get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_group_type_0",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0OptionsType0": ".get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_options_type_0",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0ProductType0": ".get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_product_type_0",
    "GetConfigurationsRewardsCashbackResponse200": ".get_configurations_rewards_cashback_response_200",
    "GetConfigurationsRewardsCouponsResponse200": ".get_configurations_rewards_coupons_response_200",
    "GetConfigurationsRewardsCouponsResponse200ExpirationSettingsType0": ".get_configurations_rewards_coupons_response_200_expiration_settings_type_0",
    "GetConfigurationsRewardsRedemptionResponse200": ".get_configurations_rewards_redemption_response_200",
    "GetConfigurationsWidgetResponse200": ".get_configurations_widget_response_200",
    "GetConfigurationsWidgetResponse200ColorsType0": ".get_configurations_widget_response_200_colors_type_0",
    "GetConfigurationsWidgetResponse200FeaturesType0": ".get_configurations_widget_response_200_features_type_0",
    "GetConfigurationsWidgetResponse200LayoutType0": ".get_configurations_widget_response_200_layout_type_0",
    "GetConfigurationsWidgetResponse200LayoutType0PositionType0": ".get_configurations_widget_response_200_layout_type_0_position_type_0",
    "GetConfigurationsWidgetResponse200LayoutType0SizeType0": ".get_configurations_widget_response_200_layout_type_0_size_type_0",
    "GetCustomerActivitiesActivityType": ".get_customer_activities_activity_type",
    "GetCustomerActivitiesCountActivityType": ".get_customer_activities_count_activity_type",
    "GetCustomerAutomationCampaignsCampaignType": ".get_customer_automation_campaigns_campaign_type",
    "GetCustomerCampaignsProgressCampaignType": ".get_customer_campaigns_progress_campaign_type",
    "GetCustomerCampaignsProgressResponse422": ".get_customer_campaigns_progress_response_422",
    "GetLeaderboardResponse200": ".get_leaderboard_response_200",
    "GetLeaderboardResponse200LeaderboardType0Item": ".get_leaderboard_response_200_leaderboard_type_0_item",
    "GetOrderTransactionsResponse200": ".get_order_transactions_response_200",
    "GetOrderTransactionsResponse200TransactionsType0Item": ".get_order_transactions_response_200_transactions_type_0_item",
    "GetOrderTransactionsResponse200TransactionsType0ItemTransactionTypeType0": ".get_order_transactions_response_200_transactions_type_0_item_transaction_type_type_0",
    "GetTransactionsCountResponse200": ".get_transactions_count_response_200",
    "GetTransactionsCustomerViewResponse200": ".get_transactions_customer_view_response_200",
    "GetTransactionsCustomerViewResponse200TransactionsType0Item": ".get_transactions_customer_view_response_200_transactions_type_0_item",
    "GetTransactionsHoldHoldReferenceIdResponse200": ".get_transactions_hold_hold_reference_id_response_200",
    "GetTransactionsResponse200": ".get_transactions_response_200",
    "GetTransactionsResponse200TransactionsType0Item": ".get_transactions_response_200_transactions_type_0_item",
    "MarkNotificationsReadRequest": ".mark_notifications_read_request",
    "OrderRewardPreviewResponse": ".order_reward_preview_response",
    "OrderRewardPreviewResponseCashbackType0": ".order_reward_preview_response_cashback_type_0",
    "OrderRewardPreviewResponseCashbackType0LineItemsType0Item": ".order_reward_preview_response_cashback_type_0_line_items_type_0_item",
    "PostBatchBalanceAdjustmentBody": ".post_batch_balance_adjustment_body",
    "PostBatchBalanceAdjustmentBodyBodyType0Item": ".post_batch_balance_adjustment_body_body_type_0_item",
    "PostBatchBalanceAdjustmentResponse200": ".post_batch_balance_adjustment_response_200",
    "PostBatchBalanceInquiryBody": ".post_batch_balance_inquiry_body",
    "PostBatchBalanceInquiryBodyBodyType0Item": ".post_batch_balance_inquiry_body_body_type_0_item",
    "PostBatchBalanceInquiryResponse200": ".post_batch_balance_inquiry_response_200",
    "PostBatchCashbackBody": ".post_batch_cashback_body",
    "PostBatchCashbackBodyBodyType0Item": ".post_batch_cashback_body_body_type_0_item",
    "PostBatchCashbackResponse200": ".post_batch_cashback_response_200",
    "PostBatchCustomersBody": ".post_batch_customers_body",
    "PostBatchCustomersBodyBodyType0Item": ".post_batch_customers_body_body_type_0_item",
    "PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0": ".post_batch_customers_body_body_type_0_item_customer_attributes_type_0",
    "PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0ChannelType0": ".post_batch_customers_body_body_type_0_item_customer_attributes_type_0_channel_type_0",
    "PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0CustomType0": ".post_batch_customers_body_body_type_0_item_customer_attributes_type_0_custom_type_0",
    "PostBatchCustomersResponse200": ".post_batch_customers_response_200",
    "PostBatchEventsBody": ".post_batch_events_body",
    "PostBatchEventsBodyBodyType0Item": ".post_batch_events_body_body_type_0_item",
    "PostBatchEventsBodyBodyType0ItemEvents": ".post_batch_events_body_body_type_0_item_events",
    "PostBatchEventsBodyBodyType0ItemEventsAdditionalProperty": ".post_batch_events_body_body_type_0_item_events_additional_property",
    "PostBatchEventsResponse200": ".post_batch_events_response_200",
    "PostBatchOrdersBody": ".post_batch_orders_body",
    "PostBatchOrdersBodyBodyType0Item": ".post_batch_orders_body_body_type_0_item",
    "PostBatchOrdersResponse200": ".post_batch_orders_response_200",
    "PostBatchRedeemBody": ".post_batch_redeem_body",
    "PostBatchRedeemBodyBodyType0Item": ".post_batch_redeem_body_body_type_0_item",
    "PostBatchRedeemResponse200": ".post_batch_redeem_response_200",
    "PostBatchesBatchIdStopResponse200": ".post_batches_batch_id_stop_response_200",
    "PostCouponsAutomaticBody": ".post_coupons_automatic_body",
    "PostCouponsAutomaticBodyLineItemsType0Item": ".post_coupons_automatic_body_line_items_type_0_item",
    "PostCouponsAutomaticBodyLineItemsType0ItemExtraType0": ".post_coupons_automatic_body_line_items_type_0_item_extra_type_0",
    "PostCouponsAutomaticBodyMerchantType0": ".post_coupons_automatic_body_merchant_type_0",
    "PostCouponsAutomaticBodyMerchantType0BranchType0": ".post_coupons_automatic_body_merchant_type_0_branch_type_0",
    "PostCouponsAutomaticResponse200": ".post_coupons_automatic_response_200",
    "PostCouponsAutomaticResponse200DiscountTypeType0": ".post_coupons_automatic_response_200_discount_type_type_0",
    "PostCouponsAutomaticResponse200DiscountedItemsType0Item": ".post_coupons_automatic_response_200_discounted_items_type_0_item",
    "PostCouponsBurnBody": ".post_coupons_burn_body",
    "PostCouponsBurnResponse200": ".post_coupons_burn_response_200",
    "PostCouponsCodeValidateBody": ".post_coupons_code_validate_body",
    "PostCouponsCodeValidateResponse200": ".post_coupons_code_validate_response_200",
    "PostCouponsPredefinedBody": ".post_coupons_predefined_body",
    "PostCouponsPredefinedResponse200": ".post_coupons_predefined_response_200",
    "PostCouponsValidateBody": ".post_coupons_validate_body",
    "PostCouponsValidateResponse200": ".post_coupons_validate_response_200",
    "PostPaymentsBody": ".post_payments_body",
    "PostPaymentsBodyCashbackConfigurationsType0": ".post_payments_body_cashback_configurations_type_0",
    "PostPaymentsBodyChannelType0": ".post_payments_body_channel_type_0",
    "PostPaymentsBodyExtraType0": ".post_payments_body_extra_type_0",
    "PostPaymentsBodyMerchantType0": ".post_payments_body_merchant_type_0",
    "PostPaymentsBodyMerchantType0BranchType0": ".post_payments_body_merchant_type_0_branch_type_0",
    "PostPaymentsBodyPaymentDetailsType0Item": ".post_payments_body_payment_details_type_0_item",
    "PostPaymentsBodyPaymentDetailsType0ItemExtraType0": ".post_payments_body_payment_details_type_0_item_extra_type_0",
    "PostPaymentsBodyRedemptionType0": ".post_payments_body_redemption_type_0",
    "PostPaymentsResponse200": ".post_payments_response_200",
    "PostPaymentsResponse200PaymentDetailsType0Item": ".post_payments_response_200_payment_details_type_0_item",
    "PostTransactionsCashbackBody": ".post_transactions_cashback_body",
    "PostTransactionsCashbackBodyConfigurationsType0": ".post_transactions_cashback_body_configurations_type_0",
    "PostTransactionsCashbackBodyMerchantType0": ".post_transactions_cashback_body_merchant_type_0",
    "PostTransactionsCashbackBodyMerchantType0BranchType0": ".post_transactions_cashback_body_merchant_type_0_branch_type_0",
    "PostTransactionsCashbackResponse200": ".post_transactions_cashback_response_200",
    "PostTransactionsHoldBody": ".post_transactions_hold_body",
    "PostTransactionsHoldResponse200": ".post_transactions_hold_response_200",
    "PostTransactionsManualBody": ".post_transactions_manual_body",
    "PostTransactionsManualResponse200": ".post_transactions_manual_response_200",
    "PostTransactionsOtpBody": ".post_transactions_otp_body",
    "PostTransactionsRedeemBody": ".post_transactions_redeem_body",
    "PostTransactionsRedeemBodyMerchantType0": ".post_transactions_redeem_body_merchant_type_0",
    "PostTransactionsRedeemBodyMerchantType0BranchType0": ".post_transactions_redeem_body_merchant_type_0_branch_type_0",
    "PostTransactionsRedeemResponse200": ".post_transactions_redeem_response_200",
    "PostTransactionsRefundBody": ".post_transactions_refund_body",
    "PostTransactionsRefundBodyLineItemsType0Item": ".post_transactions_refund_body_line_items_type_0_item",
    "PostTransactionsRefundBodyLineItemsType0ItemExtraType0": ".post_transactions_refund_body_line_items_type_0_item_extra_type_0",
    "PostTransactionsRefundBodyMerchantType0": ".post_transactions_refund_body_merchant_type_0",
    "PostTransactionsRefundBodyMerchantType0BranchType0": ".post_transactions_refund_body_merchant_type_0_branch_type_0",
    "PostTransactionsRefundResponse200": ".post_transactions_refund_response_200",
    "PreviewEventRewardsBody": ".preview_event_rewards_body",
    "PreviewEventRewardsBodyEvents": ".preview_event_rewards_body_events",
    "PreviewEventRewardsBodyEventsAdditionalPropertyType0": ".preview_event_rewards_body_events_additional_property_type_0",
    "PreviewOrderRewardsBody": ".preview_order_rewards_body",
    "PreviewOrderRewardsBodyExtraType0": ".preview_order_rewards_body_extra_type_0",
    "PreviewOrderRewardsBodyLineItemsType0Item": ".preview_order_rewards_body_line_items_type_0_item",
    "PreviewOrderRewardsBodyLineItemsType0ItemExtraType0": ".preview_order_rewards_body_line_items_type_0_item_extra_type_0",
    "PreviewOrderRewardsBodyMerchantType0": ".preview_order_rewards_body_merchant_type_0",
    "PreviewOrderRewardsBodyMerchantType0BranchType0": ".preview_order_rewards_body_merchant_type_0_branch_type_0",
    "PutConfigurationsCouponBody": ".put_configurations_coupon_body",
    "PutConfigurationsCouponBodyCouponMappingType0": ".put_configurations_coupon_body_coupon_mapping_type_0",
    "PutConfigurationsCouponBodyHeadersType0Item": ".put_configurations_coupon_body_headers_type_0_item",
    "PutConfigurationsCouponBodyPlatformsType0Item": ".put_configurations_coupon_body_platforms_type_0_item",
    "PutConfigurationsCouponBodyQueryParamsType0Item": ".put_configurations_coupon_body_query_params_type_0_item",
    "PutConfigurationsRewardsCouponsBody": ".put_configurations_rewards_coupons_body",
    "PutConfigurationsRewardsCouponsBodyExpirationSettingsType0": ".put_configurations_rewards_coupons_body_expiration_settings_type_0",
    "PutConfigurationsRewardsCouponsResponse200": ".put_configurations_rewards_coupons_response_200",
    "PutTransactionsTransactionIdActivateResponse200": ".put_transactions_transaction_id_activate_response_200",
    "ReferralConfiguration": ".referral_configuration",
    "ReferralConfigurationCustomerRewardType0": ".referral_configuration_customer_reward_type_0",
    "ReferralConfigurationCustomerRewardType0CouponType0": ".referral_configuration_customer_reward_type_0_coupon_type_0",
    "ReferralConfigurationCustomerRewardType0CouponType0CollectionsType0Item": ".referral_configuration_customer_reward_type_0_coupon_type_0_collections_type_0_item",
    "ReferralConfigurationCustomerRewardType0CouponType0GroupType0": ".referral_configuration_customer_reward_type_0_coupon_type_0_group_type_0",
    "ReferralConfigurationCustomerRewardType0CouponType0OptionsType0": ".referral_configuration_customer_reward_type_0_coupon_type_0_options_type_0",
    "ReferralConfigurationCustomerRewardType0CouponType0ProductType0": ".referral_configuration_customer_reward_type_0_coupon_type_0_product_type_0",
    "ReferralConfigurationCustomerRewardType0ExtraRewardType0": ".referral_configuration_customer_reward_type_0_extra_reward_type_0",
    "ReferralConfigurationCustomerRewardType0ExtraRewardType0CouponType0": ".referral_configuration_customer_reward_type_0_extra_reward_type_0_coupon_type_0",
    "ReferralConfigurationEventMetaDataType0": ".referral_configuration_event_meta_data_type_0",
    "ReferralConfigurationFriendRewardType0": ".referral_configuration_friend_reward_type_0",
    "ReferralConfigurationFriendRewardType0CouponType0": ".referral_configuration_friend_reward_type_0_coupon_type_0",
    "ReferralConfigurationFriendRewardType0CouponType0CollectionsType0Item": ".referral_configuration_friend_reward_type_0_coupon_type_0_collections_type_0_item",
    "ReferralConfigurationFriendRewardType0CouponType0GroupType0": ".referral_configuration_friend_reward_type_0_coupon_type_0_group_type_0",
    "ReferralConfigurationFriendRewardType0CouponType0OptionsType0": ".referral_configuration_friend_reward_type_0_coupon_type_0_options_type_0",
    "ReferralConfigurationFriendRewardType0CouponType0ProductType0": ".referral_configuration_friend_reward_type_0_coupon_type_0_product_type_0",
    "ReferralValidation": ".referral_validation",
    "ReferralValidationResponse": ".referral_validation_response",
    "RewardCampaignConfiguration": ".reward_campaign_configuration",
    "RewardCampaignConfigurationActivationType0": ".reward_campaign_configuration_activation_type_0",
    "RewardCampaignConfigurationAvailabilityType0": ".reward_campaign_configuration_availability_type_0",
    "RewardCampaignConfigurationRewardsType0Item": ".reward_campaign_configuration_rewards_type_0_item",
    "RewardCampaignConfigurationRewardsType0ItemCouponRewardType0": ".reward_campaign_configuration_rewards_type_0_item_coupon_reward_type_0",
    "RewardCampaignConfigurationRewardsType0ItemCouponRewardType0CollectionsType0Item": ".reward_campaign_configuration_rewards_type_0_item_coupon_reward_type_0_collections_type_0_item",
    "RewardCampaignConfigurationRewardsType0ItemCouponRewardType0GroupType0": ".reward_campaign_configuration_rewards_type_0_item_coupon_reward_type_0_group_type_0",
    "RewardCampaignConfigurationRewardsType0ItemCouponRewardType0OptionsType0": ".reward_campaign_configuration_rewards_type_0_item_coupon_reward_type_0_options_type_0",
    "RewardCampaignConfigurationRewardsType0ItemCouponRewardType0ProductType0": ".reward_campaign_configuration_rewards_type_0_item_coupon_reward_type_0_product_type_0",
    "RewardPreviewCampaign": ".reward_preview_campaign",
    "RewardPreviewCampaignReasonType0": ".reward_preview_campaign_reason_type_0",
    "RewardPreviewCampaignRewardTypeType0": ".reward_preview_campaign_reward_type_type_0",
    "RewardPreviewEventResult": ".reward_preview_event_result",
    "RewardPreviewProgress": ".reward_preview_progress",
    "Success": ".success",
    "TierConfiguration": ".tier_configuration",
    "TierConfigurationBenefitsType0Item": ".tier_configuration_benefits_type_0_item",
    "TierConfigurationBenefitsType0ItemCouponRewardType0": ".tier_configuration_benefits_type_0_item_coupon_reward_type_0",
    "TierConfigurationBenefitsType0ItemCouponRewardType0CollectionsType0Item": ".tier_configuration_benefits_type_0_item_coupon_reward_type_0_collections_type_0_item",
    "TierConfigurationBenefitsType0ItemCouponRewardType0GroupType0": ".tier_configuration_benefits_type_0_item_coupon_reward_type_0_group_type_0",
    "TierConfigurationBenefitsType0ItemCouponRewardType0OptionsType0": ".tier_configuration_benefits_type_0_item_coupon_reward_type_0_options_type_0",
    "TierConfigurationBenefitsType0ItemCouponRewardType0ProductType0": ".tier_configuration_benefits_type_0_item_coupon_reward_type_0_product_type_0",
    "TierState": ".tier_state",
    "TrackOrderBody": ".track_order_body",
    "TrackOrderBodyCashbackConfigurationsType0": ".track_order_body_cashback_configurations_type_0",
    "TrackOrderBodyChannelType0": ".track_order_body_channel_type_0",
    "TrackOrderBodyExtraType0": ".track_order_body_extra_type_0",
    "TrackOrderBodyLineItemsType0Item": ".track_order_body_line_items_type_0_item",
    "TrackOrderBodyLineItemsType0ItemExtraType0": ".track_order_body_line_items_type_0_item_extra_type_0",
    "TrackOrderBodyMerchantType0": ".track_order_body_merchant_type_0",
    "TrackOrderBodyMerchantType0BranchType0": ".track_order_body_merchant_type_0_branch_type_0",
    "TrackOrderBodyRedemptionType0": ".track_order_body_redemption_type_0",
    "TrackOrderResponse200": ".track_order_response_200",
    "TrackOrderResponse200LineItemsType0Item": ".track_order_response_200_line_items_type_0_item",
    "UpdateCustomerActivationBody": ".update_customer_activation_body",
    "UpdateCustomerActivationResponse200": ".update_customer_activation_response_200",
    "UpsertCustomerRequest": ".upsert_customer_request",
    "UpsertCustomerRequestCustomerAttributesType0": ".upsert_customer_request_customer_attributes_type_0",
    "UpsertCustomerRequestCustomerAttributesType0ChannelType0": ".upsert_customer_request_customer_attributes_type_0_channel_type_0",
    "UpsertCustomerRequestCustomerAttributesType0CustomType0": ".upsert_customer_request_customer_attributes_type_0_custom_type_0",
    "UpsertCustomerResponse": ".upsert_customer_response",
}

__all__ = (
    "AchieveSocialChallengeBody",
    "AchieveSocialChallengeResponse202",
    "AttachTagsRequest",
    "BatchOrderTransactionsBody",
    "BatchOrderTransactionsResponse200",
    "CalculateOrderCashbackBody",
    "CalculateOrderCashbackBodyLineItemsType0Item",
    "CalculateOrderCashbackBodyLineItemsType0ItemExtraType0",
    "CalculateOrderCashbackBodyMerchantType0",
    "CalculateOrderCashbackBodyMerchantType0BranchType0",
    "CalculateOrderCashbackResponse200",
    "CalculateOrderCashbackResponse200LineItemsType0Item",
    "CalculatePaymentCashbackBody",
    "CalculatePaymentCashbackBodyMerchantType0",
    "CalculatePaymentCashbackBodyMerchantType0BranchType0",
    "CalculatePaymentCashbackBodyPaymentDetailsType0Item",
    "CalculatePaymentCashbackBodyPaymentDetailsType0ItemExtraType0",
    "CalculatePaymentCashbackResponse200",
    "CalculatePaymentCashbackResponse200PaymentDetailsType0Item",
    "Coupon",
    "CouponCombinesWithType0",
    "CouponTypeType0",
    "Customer",
    "CustomerActionStreakProgressResponse",
    "CustomerActivitiesCountResponse",
    "CustomerActivitiesResponse",
    "CustomerActivitiesResponseActivitiesType0Item",
    "CustomerAttributesType0",
    "CustomerAutomationCampaignsResponse",
    "CustomerAutomationCampaignsResponseCampaignsType0Item",
    "CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0Item",
    "CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0Item",
    "CustomerAutomationCampaignsResponseCampaignsType0ItemAutomationType0ItemStepsType0ItemConfigurationType0",
    "CustomerBalanceResponse",
    "CustomerCampaignsProgressResponseItem",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0ActivationType0",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0Item",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0CollectionsType0Item",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0GroupType0",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0OptionsType0",
    "CustomerCampaignsProgressResponseItemRewardCampaignConfigurationType0RewardsType0ItemCouponRewardType0ProductType0",
    "CustomerCoupons",
    "CustomerCouponsResponse",
    "CustomerCouponsResponseCouponsType0Item",
    "CustomerCouponsResponseCouponsType0ItemTargetType0",
    "CustomerCouponsResponseCouponsType0ItemTypeType0",
    "CustomerDailyStreakProgressResponse",
    "CustomerDailyStreakProgressResponseBadgesType0Item",
    "CustomerDailyStreakProgressResponseOngoingRewardType0",
    "CustomerDetails",
    "CustomerDetailsResponse",
    "CustomerDetailsResponseCustomerAttributesType0",
    "CustomerDetailsResponseCustomerAttributesType0ChannelType0",
    "CustomerDetailsResponseCustomerAttributesType0CustomType0",
    "CustomerHash",
    "CustomerHashResponse",
    "CustomerNotifications",
    "CustomerNotificationsCountResponse",
    "CustomerNotificationsNotificationsType0Item",
    "CustomerProgress",
    "CustomerProgressReferralsType0",
    "CustomerProgressTierType0",
    "CustomerReferralsCountResponse",
    "CustomerReferralsResponse",
    "CustomerReferralsResponseReferredFriendsType0Item",
    "CustomerReferralsResponseReferredFriendsType0ItemStatusType0",
    "CustomerResponse",
    "CustomerResponseCustomerAttributesType0",
    "CustomerResponseCustomerAttributesType0CustomType0",
    "CustomerTags",
    "CustomerTagsUpdateRequest",
    "CustomerTierProgressResponse",
    "DeleteCouponsLockReferenceResponse200",
    "DeleteTransactionsHoldHoldReferenceIdResponse200",
    "Error",
    "EventRequest",
    "EventRequestEvents",
    "EventRequestEventsAdditionalProperty",
    "EventRewardPreviewResponse",
    "GetBatchesBatchIdStatusResponse200",
    "GetBatchesBatchIdStatusResponse200StatusType0",
    "GetConfigurationsCashbackResponse200",
    "GetConfigurationsCashbackResponse200DefaultCashbackRuleType0",
    "GetConfigurationsCashbackResponse200TierCashbackRulesType0Item",
    "GetConfigurationsCouponResponse200",
    "GetConfigurationsCouponResponse200CouponMappingType0",
    "GetConfigurationsCouponResponse200HeadersType0Item",
    "GetConfigurationsCouponResponse200PlatformsType0Item",
    "GetConfigurationsCouponResponse200QueryParamsType0Item",
    "GetConfigurationsRedemptionResponse200",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0Item",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0CollectionsType0Item",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0GroupType0",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0OptionsType0",
    "GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0ProductType0",
    "GetConfigurationsRewardsCashbackResponse200",
    "GetConfigurationsRewardsCouponsResponse200",
    "GetConfigurationsRewardsCouponsResponse200ExpirationSettingsType0",
    "GetConfigurationsRewardsRedemptionResponse200",
    "GetConfigurationsWidgetResponse200",
    "GetConfigurationsWidgetResponse200ColorsType0",
    "GetConfigurationsWidgetResponse200FeaturesType0",
    "GetConfigurationsWidgetResponse200LayoutType0",
    "GetConfigurationsWidgetResponse200LayoutType0PositionType0",
    "GetConfigurationsWidgetResponse200LayoutType0SizeType0",
    "GetCustomerActivitiesActivityType",
    "GetCustomerActivitiesCountActivityType",
    "GetCustomerAutomationCampaignsCampaignType",
    "GetCustomerCampaignsProgressCampaignType",
    "GetCustomerCampaignsProgressResponse422",
    "GetLeaderboardResponse200",
    "GetLeaderboardResponse200LeaderboardType0Item",
    "GetOrderTransactionsResponse200",
    "GetOrderTransactionsResponse200TransactionsType0Item",
    "GetOrderTransactionsResponse200TransactionsType0ItemTransactionTypeType0",
    "GetTransactionsCountResponse200",
    "GetTransactionsCustomerViewResponse200",
    "GetTransactionsCustomerViewResponse200TransactionsType0Item",
    "GetTransactionsHoldHoldReferenceIdResponse200",
    "GetTransactionsResponse200",
    "GetTransactionsResponse200TransactionsType0Item",
    "MarkNotificationsReadRequest",
    "OrderRewardPreviewResponse",
    "OrderRewardPreviewResponseCashbackType0",
    "OrderRewardPreviewResponseCashbackType0LineItemsType0Item",
    "PostBatchBalanceAdjustmentBody",
    "PostBatchBalanceAdjustmentBodyBodyType0Item",
    "PostBatchBalanceAdjustmentResponse200",
    "PostBatchBalanceInquiryBody",
    "PostBatchBalanceInquiryBodyBodyType0Item",
    "PostBatchBalanceInquiryResponse200",
    "PostBatchCashbackBody",
    "PostBatchCashbackBodyBodyType0Item",
    "PostBatchCashbackResponse200",
    "PostBatchCustomersBody",
    "PostBatchCustomersBodyBodyType0Item",
    "PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0",
    "PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0ChannelType0",
    "PostBatchCustomersBodyBodyType0ItemCustomerAttributesType0CustomType0",
    "PostBatchCustomersResponse200",
    "PostBatchEventsBody",
    "PostBatchEventsBodyBodyType0Item",
    "PostBatchEventsBodyBodyType0ItemEvents",
    "PostBatchEventsBodyBodyType0ItemEventsAdditionalProperty",
    "PostBatchEventsResponse200",
    "PostBatchOrdersBody",
    "PostBatchOrdersBodyBodyType0Item",
    "PostBatchOrdersResponse200",
    "PostBatchRedeemBody",
    "PostBatchRedeemBodyBodyType0Item",
    "PostBatchRedeemResponse200",
    "PostBatchesBatchIdStopResponse200",
    "PostCouponsAutomaticBody",
    "PostCouponsAutomaticBodyLineItemsType0Item",
    "PostCouponsAutomaticBodyLineItemsType0ItemExtraType0",
    "PostCouponsAutomaticBodyMerchantType0",
    "PostCouponsAutomaticBodyMerchantType0BranchType0",
    "PostCouponsAutomaticResponse200",
    "PostCouponsAutomaticResponse200DiscountTypeType0",
    "PostCouponsAutomaticResponse200DiscountedItemsType0Item",
    "PostCouponsBurnBody",
    "PostCouponsBurnResponse200",
    "PostCouponsCodeValidateBody",
    "PostCouponsCodeValidateResponse200",
    "PostCouponsPredefinedBody",
    "PostCouponsPredefinedResponse200",
    "PostCouponsValidateBody",
    "PostCouponsValidateResponse200",
    "PostPaymentsBody",
    "PostPaymentsBodyCashbackConfigurationsType0",
    "PostPaymentsBodyChannelType0",
    "PostPaymentsBodyExtraType0",
    "PostPaymentsBodyMerchantType0",
    "PostPaymentsBodyMerchantType0BranchType0",
    "PostPaymentsBodyPaymentDetailsType0Item",
    "PostPaymentsBodyPaymentDetailsType0ItemExtraType0",
    "PostPaymentsBodyRedemptionType0",
    "PostPaymentsResponse200",
    "PostPaymentsResponse200PaymentDetailsType0Item",
    "PostTransactionsCashbackBody",
    "PostTransactionsCashbackBodyConfigurationsType0",
    "PostTransactionsCashbackBodyMerchantType0",
    "PostTransactionsCashbackBodyMerchantType0BranchType0",
    "PostTransactionsCashbackResponse200",
    "PostTransactionsHoldBody",
    "PostTransactionsHoldResponse200",
    "PostTransactionsManualBody",
    "PostTransactionsManualResponse200",
    "PostTransactionsOtpBody",
    "PostTransactionsRedeemBody",
    "PostTransactionsRedeemBodyMerchantType0",
    "PostTransactionsRedeemBodyMerchantType0BranchType0",
    "PostTransactionsRedeemResponse200",
    "PostTransactionsRefundBody",
    "PostTransactionsRefundBodyLineItemsType0Item",
    "PostTransactionsRefundBodyLineItemsType0ItemExtraType0",
    "PostTransactionsRefundBodyMerchantType0",
    "PostTransactionsRefundBodyMerchantType0BranchType0",
    "PostTransactionsRefundResponse200",
    "PreviewEventRewardsBody",
    "PreviewEventRewardsBodyEvents",
    "PreviewEventRewardsBodyEventsAdditionalPropertyType0",
    "PreviewOrderRewardsBody",
    "PreviewOrderRewardsBodyExtraType0",
    "PreviewOrderRewardsBodyLineItemsType0Item",
    "PreviewOrderRewardsBodyLineItemsType0ItemExtraType0",
    "PreviewOrderRewardsBodyMerchantType0",
    "PreviewOrderRewardsBodyMerchantType0BranchType0",
    "PutConfigurationsCouponBody",
    "PutConfigurationsCouponBodyCouponMappingType0",
    "PutConfigurationsCouponBodyHeadersType0Item",
    "PutConfigurationsCouponBodyPlatformsType0Item",
    "PutConfigurationsCouponBodyQueryParamsType0Item",
    "PutConfigurationsRewardsCouponsBody",
    "PutConfigurationsRewardsCouponsBodyExpirationSettingsType0",
    "PutConfigurationsRewardsCouponsResponse200",
    "PutTransactionsTransactionIdActivateResponse200",
    "ReferralConfiguration",
    "ReferralConfigurationCustomerRewardType0",
    "ReferralConfigurationCustomerRewardType0CouponType0",
    "ReferralConfigurationCustomerRewardType0CouponType0CollectionsType0Item",
    "ReferralConfigurationCustomerRewardType0CouponType0GroupType0",
    "ReferralConfigurationCustomerRewardType0CouponType0OptionsType0",
    "ReferralConfigurationCustomerRewardType0CouponType0ProductType0",
    "ReferralConfigurationCustomerRewardType0ExtraRewardType0",
    "ReferralConfigurationCustomerRewardType0ExtraRewardType0CouponType0",
    "ReferralConfigurationEventMetaDataType0",
    "ReferralConfigurationFriendRewardType0",
    "ReferralConfigurationFriendRewardType0CouponType0",
    "ReferralConfigurationFriendRewardType0CouponType0CollectionsType0Item",
    "ReferralConfigurationFriendRewardType0CouponType0GroupType0",
    "ReferralConfigurationFriendRewardType0CouponType0OptionsType0",
    "ReferralConfigurationFriendRewardType0CouponType0ProductType0",
    "ReferralValidation",
    "ReferralValidationResponse",
    "RewardCampaignConfiguration",
    "RewardCampaignConfigurationActivationType0",
    "RewardCampaignConfigurationAvailabilityType0",
    "RewardCampaignConfigurationRewardsType0Item",
    "RewardCampaignConfigurationRewardsType0ItemCouponRewardType0",
    "RewardCampaignConfigurationRewardsType0ItemCouponRewardType0CollectionsType0Item",
    "RewardCampaignConfigurationRewardsType0ItemCouponRewardType0GroupType0",
    "RewardCampaignConfigurationRewardsType0ItemCouponRewardType0OptionsType0",
    "RewardCampaignConfigurationRewardsType0ItemCouponRewardType0ProductType0",
    "RewardPreviewCampaign",
    "RewardPreviewCampaignReasonType0",
    "RewardPreviewCampaignRewardTypeType0",
    "RewardPreviewEventResult",
    "RewardPreviewProgress",
    "Success",
    "TierConfiguration",
    "TierConfigurationBenefitsType0Item",
    "TierConfigurationBenefitsType0ItemCouponRewardType0",
    "TierConfigurationBenefitsType0ItemCouponRewardType0CollectionsType0Item",
    "TierConfigurationBenefitsType0ItemCouponRewardType0GroupType0",
    "TierConfigurationBenefitsType0ItemCouponRewardType0OptionsType0",
    "TierConfigurationBenefitsType0ItemCouponRewardType0ProductType0",
    "TierState",
    "TrackOrderBody",
    "TrackOrderBodyCashbackConfigurationsType0",
    "TrackOrderBodyChannelType0",
    "TrackOrderBodyExtraType0",
    "TrackOrderBodyLineItemsType0Item",
    "TrackOrderBodyLineItemsType0ItemExtraType0",
    "TrackOrderBodyMerchantType0",
    "TrackOrderBodyMerchantType0BranchType0",
    "TrackOrderBodyRedemptionType0",
    "TrackOrderResponse200",
    "TrackOrderResponse200LineItemsType0Item",
    "UpdateCustomerActivationBody",
    "UpdateCustomerActivationResponse200",
    "UpsertCustomerRequest",
    "UpsertCustomerRequestCustomerAttributesType0",
    "UpsertCustomerRequestCustomerAttributesType0ChannelType0",
    "UpsertCustomerRequestCustomerAttributesType0CustomType0",
    "UpsertCustomerResponse",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
