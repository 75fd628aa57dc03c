"""Contains all the data models used in inputs/outputs"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_response_error_description import ApiResponseErrorDescription
    from .api_response_error_description_code import ApiResponseErrorDescriptionCode
    from .api_response_of_list_of_product_points_response import ApiResponseOfListOfProductPointsResponse
    from .available_reward import AvailableReward
    from .available_rewards_customer import AvailableRewardsCustomer
    from .available_rewards_request import AvailableRewardsRequest
    from .available_rewards_request_product import AvailableRewardsRequestProduct
    from .available_rewards_response import AvailableRewardsResponse
    from .base_external_api_list_response_of_create_coupon_response import (
        BaseExternalApiListResponseOfCreateCouponResponse,
    )
    from .base_external_api_list_response_of_customer_history_item import (
        BaseExternalApiListResponseOfCustomerHistoryItem,
    )
    from .base_external_api_list_response_of_customer_report_response import (
        BaseExternalApiListResponseOfCustomerReportResponse,
    )
    from .base_external_api_list_response_of_objective_response import BaseExternalApiListResponseOfObjectiveResponse
    from .base_external_api_list_response_of_received_points_report_response import (
        BaseExternalApiListResponseOfReceivedPointsReportResponse,
    )
    from .base_external_api_list_response_of_reward_configuration_response import (
        BaseExternalApiListResponseOfRewardConfigurationResponse,
    )
    from .base_external_api_response_of_boolean import BaseExternalApiResponseOfBoolean
    from .base_external_api_response_of_cancel_order_response import BaseExternalApiResponseOfCancelOrderResponse
    from .base_external_api_response_of_checkout_refresh_cashback_response import (
        BaseExternalApiResponseOfCheckoutRefreshCashbackResponse,
    )
    from .base_external_api_response_of_checkout_remove_cashback_response import (
        BaseExternalApiResponseOfCheckoutRemoveCashbackResponse,
    )
    from .base_external_api_response_of_complete_order_response import BaseExternalApiResponseOfCompleteOrderResponse
    from .base_external_api_response_of_couponless_reward_redeem_response import (
        BaseExternalApiResponseOfCouponlessRewardRedeemResponse,
    )
    from .base_external_api_response_of_customer_points_response import BaseExternalApiResponseOfCustomerPointsResponse
    from .base_external_api_response_of_customer_response import BaseExternalApiResponseOfCustomerResponse
    from .base_external_api_response_of_customer_upsert_response import BaseExternalApiResponseOfCustomerUpsertResponse
    from .base_external_api_response_of_object import BaseExternalApiResponseOfObject
    from .base_external_api_response_of_order_response import BaseExternalApiResponseOfOrderResponse
    from .base_external_api_response_of_reward_configuration_response import (
        BaseExternalApiResponseOfRewardConfigurationResponse,
    )
    from .base_external_api_response_of_reward_response import BaseExternalApiResponseOfRewardResponse
    from .cancel_order_request import CancelOrderRequest
    from .cancel_order_response import CancelOrderResponse
    from .cannot_use_reason import CannotUseReason
    from .change_cashback_request import ChangeCashbackRequest
    from .change_customer_status_request import ChangeCustomerStatusRequest
    from .change_customer_tier_request import ChangeCustomerTierRequest
    from .change_points_request import ChangePointsRequest
    from .checkout_customer_request import CheckoutCustomerRequest
    from .checkout_redeem_item import CheckoutRedeemItem
    from .checkout_redeem_request import CheckoutRedeemRequest
    from .checkout_refresh_cashback_response import CheckoutRefreshCashbackResponse
    from .checkout_remove_cashback_response import CheckoutRemoveCashbackResponse
    from .complete_order_request import CompleteOrderRequest
    from .complete_order_response import CompleteOrderResponse
    from .coupon_type import CouponType
    from .couponless_reward_generate_request import CouponlessRewardGenerateRequest
    from .couponless_reward_generate_request_metadata import CouponlessRewardGenerateRequestMetadata
    from .couponless_reward_redeem_point_response import CouponlessRewardRedeemPointResponse
    from .couponless_reward_redeem_response import CouponlessRewardRedeemResponse
    from .create_affiliate_request import CreateAffiliateRequest
    from .create_coupon_request import CreateCouponRequest
    from .create_coupon_response import CreateCouponResponse
    from .create_customer_request import CreateCustomerRequest
    from .create_order_branch import CreateOrderBranch
    from .create_order_branch_param import CreateOrderBranchParam
    from .create_order_metadata import CreateOrderMetadata
    from .create_order_payment_method import CreateOrderPaymentMethod
    from .create_order_request import CreateOrderRequest
    from .create_order_sales_person import CreateOrderSalesPerson
    from .create_product_brand import CreateProductBrand
    from .create_product_category import CreateProductCategory
    from .create_product_request import CreateProductRequest
    from .customer_affiliate import CustomerAffiliate
    from .customer_affiliate_coupon_history import CustomerAffiliateCouponHistory
    from .customer_challenge_request import CustomerChallengeRequest
    from .customer_challenge_response import CustomerChallengeResponse
    from .customer_challenge_validate_request import CustomerChallengeValidateRequest
    from .customer_challenge_validate_response import CustomerChallengeValidateResponse
    from .customer_current_tier import CustomerCurrentTier
    from .customer_email_configuration import CustomerEmailConfiguration
    from .customer_history_item import CustomerHistoryItem
    from .customer_points_response import CustomerPointsResponse
    from .customer_points_to_expire import CustomerPointsToExpire
    from .customer_report_response import CustomerReportResponse
    from .customer_response import CustomerResponse
    from .customer_upsert_response import CustomerUpsertResponse
    from .customization_response import CustomizationResponse
    from .email_configuration_variable import EmailConfigurationVariable
    from .external_api_point_metadata import ExternalApiPointMetadata
    from .external_api_point_metadata_param import ExternalApiPointMetadataParam
    from .external_api_response_severity import ExternalApiResponseSeverity
    from .objective_response import ObjectiveResponse
    from .operation_type import OperationType
    from .order_customer import OrderCustomer
    from .order_estimated_bonus import OrderEstimatedBonus
    from .order_metadata_response import OrderMetadataResponse
    from .order_origin import OrderOrigin
    from .order_product_response import OrderProductResponse
    from .order_response import OrderResponse
    from .order_state import OrderState
    from .partial_cancel_order_product import PartialCancelOrderProduct
    from .partial_cancel_order_request import PartialCancelOrderRequest
    from .point_detail_item import PointDetailItem
    from .pre_generated_coupon import PreGeneratedCoupon
    from .pre_generated_coupon_list import PreGeneratedCouponList
    from .product_discount_mode import ProductDiscountMode
    from .product_points_request import ProductPointsRequest
    from .product_points_response import ProductPointsResponse
    from .received_points_report_response import ReceivedPointsReportResponse
    from .redeem_origin import RedeemOrigin
    from .refund_error_details import RefundErrorDetails
    from .reward_configuration_redeem_request import RewardConfigurationRedeemRequest
    from .reward_configuration_response import RewardConfigurationResponse
    from .reward_point_response import RewardPointResponse
    from .reward_redeem_coupon import RewardRedeemCoupon
    from .reward_response import RewardResponse
    from .reward_type import RewardType
    from .set_birthday_request import SetBirthdayRequest
    from .tier_benefit_response import TierBenefitResponse
    from .tier_goal_response import TierGoalResponse
    from .tier_response import TierResponse
    from .tiers_available_request import TiersAvailableRequest
    from .tiers_available_response import TiersAvailableResponse
    from .update_reward_metadata_request import UpdateRewardMetadataRequest

# Public name -> the module that defines it.
_MODULES = {
    "ApiResponseErrorDescription": ".api_response_error_description",
    "ApiResponseErrorDescriptionCode": ".api_response_error_description_code",
    "ApiResponseOfListOfProductPointsResponse": ".api_response_of_list_of_product_points_response",
    "AvailableReward": ".available_reward",
    "AvailableRewardsCustomer": ".available_rewards_customer",
    "AvailableRewardsRequest": ".available_rewards_request",
    "AvailableRewardsRequestProduct": ".available_rewards_request_product",
    "AvailableRewardsResponse": ".available_rewards_response",
    "BaseExternalApiListResponseOfCreateCouponResponse": ".base_external_api_list_response_of_create_coupon_response",
    "BaseExternalApiListResponseOfCustomerHistoryItem": ".base_external_api_list_response_of_customer_history_item",
    "BaseExternalApiListResponseOfCustomerReportResponse": ".base_external_api_list_response_of_customer_report_response",
    "BaseExternalApiListResponseOfObjectiveResponse": ".base_external_api_list_response_of_objective_response",
    "BaseExternalApiListResponseOfReceivedPointsReportResponse": ".base_external_api_list_response_of_received_points_report_response",
    "BaseExternalApiListResponseOfRewardConfigurationResponse": ".base_external_api_list_response_of_reward_configuration_response",
    "BaseExternalApiResponseOfBoolean": ".base_external_api_response_of_boolean",
    "BaseExternalApiResponseOfCancelOrderResponse": ".base_external_api_response_of_cancel_order_response",
    "BaseExternalApiResponseOfCheckoutRefreshCashbackResponse": ".base_external_api_response_of_checkout_refresh_cashback_response",
    "BaseExternalApiResponseOfCheckoutRemoveCashbackResponse": ".base_external_api_response_of_checkout_remove_cashback_response",
    "BaseExternalApiResponseOfCompleteOrderResponse": ".base_external_api_response_of_complete_order_response",
    "BaseExternalApiResponseOfCouponlessRewardRedeemResponse": ".base_external_api_response_of_couponless_reward_redeem_response",
    "BaseExternalApiResponseOfCustomerPointsResponse": ".base_external_api_response_of_customer_points_response",
    "BaseExternalApiResponseOfCustomerResponse": ".base_external_api_response_of_customer_response",
    "BaseExternalApiResponseOfCustomerUpsertResponse": ".base_external_api_response_of_customer_upsert_response",
    "BaseExternalApiResponseOfObject": ".base_external_api_response_of_object",
    "BaseExternalApiResponseOfOrderResponse": ".base_external_api_response_of_order_response",
    "BaseExternalApiResponseOfRewardConfigurationResponse": ".base_external_api_response_of_reward_configuration_response",
    "BaseExternalApiResponseOfRewardResponse": ".base_external_api_response_of_reward_response",
    "CancelOrderRequest": ".cancel_order_request",
    "CancelOrderResponse": ".cancel_order_response",
    "CannotUseReason": ".cannot_use_reason",
    "ChangeCashbackRequest": ".change_cashback_request",
    "ChangeCustomerStatusRequest": ".change_customer_status_request",
    "ChangeCustomerTierRequest": ".change_customer_tier_request",
    "ChangePointsRequest": ".change_points_request",
    "CheckoutCustomerRequest": ".checkout_customer_request",
    "CheckoutRedeemItem": ".checkout_redeem_item",
    "CheckoutRedeemRequest": ".checkout_redeem_request",
    "CheckoutRefreshCashbackResponse": ".checkout_refresh_cashback_response",
    "CheckoutRemoveCashbackResponse": ".checkout_remove_cashback_response",
    "CompleteOrderRequest": ".complete_order_request",
    "CompleteOrderResponse": ".complete_order_response",
    "CouponType": ".coupon_type",
    "CouponlessRewardGenerateRequest": ".couponless_reward_generate_request",
    "CouponlessRewardGenerateRequestMetadata": ".couponless_reward_generate_request_metadata",
    "CouponlessRewardRedeemPointResponse": ".couponless_reward_redeem_point_response",
    "CouponlessRewardRedeemResponse": ".couponless_reward_redeem_response",
    "CreateAffiliateRequest": ".create_affiliate_request",
    "CreateCouponRequest": ".create_coupon_request",
    "CreateCouponResponse": ".create_coupon_response",
    "CreateCustomerRequest": ".create_customer_request",
    "CreateOrderBranch": ".create_order_branch",
    "CreateOrderBranchParam": ".create_order_branch_param",
    "CreateOrderMetadata": ".create_order_metadata",
    "CreateOrderPaymentMethod": ".create_order_payment_method",
    "CreateOrderRequest": ".create_order_request",
    "CreateOrderSalesPerson": ".create_order_sales_person",
    "CreateProductBrand": ".create_product_brand",
    "CreateProductCategory": ".create_product_category",
    "CreateProductRequest": ".create_product_request",
    "CustomerAffiliate": ".customer_affiliate",
    "CustomerAffiliateCouponHistory": ".customer_affiliate_coupon_history",
    "CustomerChallengeRequest": ".customer_challenge_request",
    "CustomerChallengeResponse": ".customer_challenge_response",
    "CustomerChallengeValidateRequest": ".customer_challenge_validate_request",
    "CustomerChallengeValidateResponse": ".customer_challenge_validate_response",
    "CustomerCurrentTier": ".customer_current_tier",
    "CustomerEmailConfiguration": ".customer_email_configuration",
    "CustomerHistoryItem": ".customer_history_item",
    "CustomerPointsResponse": ".customer_points_response",
    "CustomerPointsToExpire": ".customer_points_to_expire",
    "CustomerReportResponse": ".customer_report_response",
    "CustomerResponse": ".customer_response",
    "CustomerUpsertResponse": ".customer_upsert_response",
    "CustomizationResponse": ".customization_response",
    "EmailConfigurationVariable": ".email_configuration_variable",
    "ExternalApiPointMetadata": ".external_api_point_metadata",
    "ExternalApiPointMetadataParam": ".external_api_point_metadata_param",
    "ExternalApiResponseSeverity": ".external_api_response_severity",
    "ObjectiveResponse": ".objective_response",
    "OperationType": ".operation_type",
    "OrderCustomer": ".order_customer",
    "OrderEstimatedBonus": ".order_estimated_bonus",
    "OrderMetadataResponse": ".order_metadata_response",
    "OrderOrigin": ".order_origin",
    "OrderProductResponse": ".order_product_response",
    "OrderResponse": ".order_response",
    "OrderState": ".order_state",
    "PartialCancelOrderProduct": ".partial_cancel_order_product",
    "PartialCancelOrderRequest": ".partial_cancel_order_request",
    "PointDetailItem": ".point_detail_item",
    "PreGeneratedCoupon": ".pre_generated_coupon",
    "PreGeneratedCouponList": ".pre_generated_coupon_list",
    "ProductDiscountMode": ".product_discount_mode",
    "ProductPointsRequest": ".product_points_request",
    "ProductPointsResponse": ".product_points_response",
    "ReceivedPointsReportResponse": ".received_points_report_response",
    "RedeemOrigin": ".redeem_origin",
    "RefundErrorDetails": ".refund_error_details",
    "RewardConfigurationRedeemRequest": ".reward_configuration_redeem_request",
    "RewardConfigurationResponse": ".reward_configuration_response",
    "RewardPointResponse": ".reward_point_response",
    "RewardRedeemCoupon": ".reward_redeem_coupon",
    "RewardResponse": ".reward_response",
    "RewardType": ".reward_type",
    "SetBirthdayRequest": ".set_birthday_request",
    "TierBenefitResponse": ".tier_benefit_response",
    "TierGoalResponse": ".tier_goal_response",
    "TierResponse": ".tier_response",
    "TiersAvailableRequest": ".tiers_available_request",
    "TiersAvailableResponse": ".tiers_available_response",
    "UpdateRewardMetadataRequest": ".update_reward_metadata_request",
}

__all__ = (
    "ApiResponseErrorDescription",
    "ApiResponseErrorDescriptionCode",
    "ApiResponseOfListOfProductPointsResponse",
    "AvailableReward",
    "AvailableRewardsCustomer",
    "AvailableRewardsRequest",
    "AvailableRewardsRequestProduct",
    "AvailableRewardsResponse",
    "BaseExternalApiListResponseOfCreateCouponResponse",
    "BaseExternalApiListResponseOfCustomerHistoryItem",
    "BaseExternalApiListResponseOfCustomerReportResponse",
    "BaseExternalApiListResponseOfObjectiveResponse",
    "BaseExternalApiListResponseOfReceivedPointsReportResponse",
    "BaseExternalApiListResponseOfRewardConfigurationResponse",
    "BaseExternalApiResponseOfBoolean",
    "BaseExternalApiResponseOfCancelOrderResponse",
    "BaseExternalApiResponseOfCheckoutRefreshCashbackResponse",
    "BaseExternalApiResponseOfCheckoutRemoveCashbackResponse",
    "BaseExternalApiResponseOfCompleteOrderResponse",
    "BaseExternalApiResponseOfCouponlessRewardRedeemResponse",
    "BaseExternalApiResponseOfCustomerPointsResponse",
    "BaseExternalApiResponseOfCustomerResponse",
    "BaseExternalApiResponseOfCustomerUpsertResponse",
    "BaseExternalApiResponseOfObject",
    "BaseExternalApiResponseOfOrderResponse",
    "BaseExternalApiResponseOfRewardConfigurationResponse",
    "BaseExternalApiResponseOfRewardResponse",
    "CancelOrderRequest",
    "CancelOrderResponse",
    "CannotUseReason",
    "ChangeCashbackRequest",
    "ChangeCustomerStatusRequest",
    "ChangeCustomerTierRequest",
    "ChangePointsRequest",
    "CheckoutCustomerRequest",
    "CheckoutRedeemItem",
    "CheckoutRedeemRequest",
    "CheckoutRefreshCashbackResponse",
    "CheckoutRemoveCashbackResponse",
    "CompleteOrderRequest",
    "CompleteOrderResponse",
    "CouponType",
    "CouponlessRewardGenerateRequest",
    "CouponlessRewardGenerateRequestMetadata",
    "CouponlessRewardRedeemPointResponse",
    "CouponlessRewardRedeemResponse",
    "CreateAffiliateRequest",
    "CreateCouponRequest",
    "CreateCouponResponse",
    "CreateCustomerRequest",
    "CreateOrderBranch",
    "CreateOrderBranchParam",
    "CreateOrderMetadata",
    "CreateOrderPaymentMethod",
    "CreateOrderRequest",
    "CreateOrderSalesPerson",
    "CreateProductBrand",
    "CreateProductCategory",
    "CreateProductRequest",
    "CustomerAffiliate",
    "CustomerAffiliateCouponHistory",
    "CustomerChallengeRequest",
    "CustomerChallengeResponse",
    "CustomerChallengeValidateRequest",
    "CustomerChallengeValidateResponse",
    "CustomerCurrentTier",
    "CustomerEmailConfiguration",
    "CustomerHistoryItem",
    "CustomerPointsResponse",
    "CustomerPointsToExpire",
    "CustomerReportResponse",
    "CustomerResponse",
    "CustomerUpsertResponse",
    "CustomizationResponse",
    "EmailConfigurationVariable",
    "ExternalApiPointMetadata",
    "ExternalApiPointMetadataParam",
    "ExternalApiResponseSeverity",
    "ObjectiveResponse",
    "OperationType",
    "OrderCustomer",
    "OrderEstimatedBonus",
    "OrderMetadataResponse",
    "OrderOrigin",
    "OrderProductResponse",
    "OrderResponse",
    "OrderState",
    "PartialCancelOrderProduct",
    "PartialCancelOrderRequest",
    "PointDetailItem",
    "PreGeneratedCoupon",
    "PreGeneratedCouponList",
    "ProductDiscountMode",
    "ProductPointsRequest",
    "ProductPointsResponse",
    "ReceivedPointsReportResponse",
    "RedeemOrigin",
    "RefundErrorDetails",
    "RewardConfigurationRedeemRequest",
    "RewardConfigurationResponse",
    "RewardPointResponse",
    "RewardRedeemCoupon",
    "RewardResponse",
    "RewardType",
    "SetBirthdayRequest",
    "TierBenefitResponse",
    "TierGoalResponse",
    "TierResponse",
    "TiersAvailableRequest",
    "TiersAvailableResponse",
    "UpdateRewardMetadataRequest",
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
