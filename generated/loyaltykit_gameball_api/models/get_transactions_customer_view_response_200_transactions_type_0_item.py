from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetTransactionsCustomerViewResponse200TransactionsType0Item")


@_attrs_define
class GetTransactionsCustomerViewResponse200TransactionsType0Item:
    transaction_id: None | str = None
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). This ID can be
    used to reverse, cancel, or refund any reward or redemption transactions in Gameball. """
    gameball_transaction_id: None | str = None
    """ Unique identifier for the transaction in the Gameball system. """
    type_: None | str = None
    """ Type of the transaction. Possible values: AchievementReward, PaymentReward, Refund, Redemption, Expiry,
    Cancel, Migration, ManualAccumulation, DiscountCode, ManualDeduction, ManualReward. """
    direction: None | str = None
    """ Direction of the transaction: + (Accumulation), - (Deduction). """
    customer_id: None | str = None
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email or anything that uniquely identifies the customer. """
    customer_name: None | str = None
    """ The display name of the customer associated with this transaction. """
    customer_email: None | str = None
    """ The email address of the customer associated with this transaction. """
    is_customer_deleted: bool | None = None
    """ Indicates whether the customer has been marked as deleted in our system and is an existing customer or not.
    """
    points: Decimal | None = None
    """ Number of points involved in the transaction. """
    amount: Decimal | None = None
    """ Monetary value associated with the transaction. """
    transaction_time: datetime.datetime | None = None
    """ The time of the transaction in your system (e.g., order datetime, invoice datetime), in UTC. """
    status: None | str = None
    """ Status of the transaction: Active (The transaction is completed, and any rewards or points have been applied
    successfully), Pending (The points or rewards from the transaction are temporarily on hold during the return
    window or any other pending period), Blocked (The transaction was flagged for potential fraud or another issue
    and is currently blocked from processing), Expired (Points or rewards from the transaction have expired and are
    no longer available for use). """
    coupon_code: None | str = None
    """ The code for the coupon that the customer has redeemed during the transaction. This value is present if the
    transaction represents a redemption process initiated by the customer. """
    is_coupon_used: bool | None = None
    """ Indicates whether the coupon redeemed in this transaction has been used by the customer. This flag signifies
    if the coupon applied in the redemption process has already been utilized or can be redeemed again. """
    coupon_type: None | str = None
    """ The type of the coupon code that the customer has redeemed during the redemption transaction. Possible
    values: free_shipping, percentage_discount, fixed_discount, free_product, fixed_rate_discount, custom. """
    merchant_name: None | str = None
    """ Name of the merchant involved in the transaction, if any. """
    branch_name: None | str = None
    """ Name of the branch involved in the transaction, if any. """
    reason: None | str = None
    """ Reason for the transaction, if applicable. """
    achievement_name: None | str = None
    """ The name of the reward campaign associated with the transaction, indicating the specific achievement
    involved in the transaction, if applicable. """
    expiry_date: datetime.datetime | None = None
    """ Date when the points or rewards from the transaction will expire, if applicable. """
    points_balance_before: Decimal | None = None
    """ The customer's points balance before the transaction occurred. """
    points_balance_after: Decimal | None = None
    """ The customer's points balance after the transaction is completed. """
    achievement_type: None | str = None
    """ Type of achievement earned during the transaction, if applicable. """
    achieved_reward_campaign_id: None | str = None
    """ The ID of the reward campaign associated with the transaction, indicating that the customer earned points in
    this transaction as a reward for achieving this campaign. """
    achieved_tier_id: Decimal | None = None
    """ The ID of the tier associated with the transaction, indicating that the customer earned this transaction as
    a reward for reaching this tier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "transaction_id",
                "gameball_transaction_id",
                "type_",
                "direction",
                "customer_id",
                "customer_name",
                "customer_email",
                "is_customer_deleted",
                "points",
                "amount",
                "transaction_time",
                "status",
                "coupon_code",
                "is_coupon_used",
                "coupon_type",
                "merchant_name",
                "branch_name",
                "reason",
                "achievement_name",
                "expiry_date",
                "points_balance_before",
                "points_balance_after",
                "achievement_type",
                "achieved_reward_campaign_id",
                "achieved_tier_id",
            ),
            frozenset(("customer_email",)),
        )

    def to_dict(self) -> dict[str, Any]:
        transaction_id: None | str
        transaction_id = self.transaction_id

        gameball_transaction_id: None | str
        gameball_transaction_id = self.gameball_transaction_id

        type_: None | str
        type_ = self.type_

        direction: None | str
        direction = self.direction

        customer_id: None | str
        customer_id = self.customer_id

        customer_name: None | str
        customer_name = self.customer_name

        customer_email: None | str
        customer_email = self.customer_email

        is_customer_deleted: bool | None
        is_customer_deleted = self.is_customer_deleted

        points: Decimal | None
        points = self.points

        amount: Decimal | None
        amount = self.amount

        transaction_time: None | str
        if isinstance(self.transaction_time, datetime.datetime):
            transaction_time = self.transaction_time.isoformat()
        else:
            transaction_time = self.transaction_time

        status: None | str
        status = self.status

        coupon_code: None | str
        coupon_code = self.coupon_code

        is_coupon_used: bool | None
        is_coupon_used = self.is_coupon_used

        coupon_type: None | str
        coupon_type = self.coupon_type

        merchant_name: None | str
        merchant_name = self.merchant_name

        branch_name: None | str
        branch_name = self.branch_name

        reason: None | str
        reason = self.reason

        achievement_name: None | str
        achievement_name = self.achievement_name

        expiry_date: None | str
        if isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        points_balance_before: Decimal | None
        points_balance_before = self.points_balance_before

        points_balance_after: Decimal | None
        points_balance_after = self.points_balance_after

        achievement_type: None | str
        achievement_type = self.achievement_type

        achieved_reward_campaign_id: None | str
        achieved_reward_campaign_id = self.achieved_reward_campaign_id

        achieved_tier_id: Decimal | None
        achieved_tier_id = self.achieved_tier_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transactionId": transaction_id,
                "gameballTransactionId": gameball_transaction_id,
                "type": type_,
                "direction": direction,
                "customerId": customer_id,
                "customerName": customer_name,
                "customerEmail": customer_email,
                "isCustomerDeleted": is_customer_deleted,
                "points": points,
                "amount": amount,
                "transactionTime": transaction_time,
                "status": status,
                "couponCode": coupon_code,
                "isCouponUsed": is_coupon_used,
                "couponType": coupon_type,
                "merchantName": merchant_name,
                "branchName": branch_name,
                "reason": reason,
                "achievementName": achievement_name,
                "expiryDate": expiry_date,
                "pointsBalanceBefore": points_balance_before,
                "pointsBalanceAfter": points_balance_after,
                "achievementType": achievement_type,
                "achievedRewardCampaignId": achieved_reward_campaign_id,
                "achievedTierId": achieved_tier_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id: None | str = d.pop("transactionId", None)

        gameball_transaction_id: None | str = d.pop("gameballTransactionId", None)

        type_: None | str = d.pop("type", None)

        direction: None | str = d.pop("direction", None)

        customer_id: None | str = d.pop("customerId", None)

        customer_name: None | str = d.pop("customerName", None)

        customer_email: None | str = d.pop("customerEmail", None)

        is_customer_deleted: bool | None = d.pop("isCustomerDeleted", None)

        _points_value = d.pop("points", None)
        points: Decimal | None
        if _points_value is None or isinstance(_points_value, Unset):
            points = _points_value
        else:
            if not (isinstance(_points_value, (int, float, Decimal, str)) and not isinstance(_points_value, bool)):
                raise TypeError()
            points_type_0 = to_decimal(_points_value)

            points = points_type_0

        _amount_value = d.pop("amount", None)
        amount: Decimal | None
        if _amount_value is None or isinstance(_amount_value, Unset):
            amount = _amount_value
        else:
            if not (isinstance(_amount_value, (int, float, Decimal, str)) and not isinstance(_amount_value, bool)):
                raise TypeError()
            amount_type_0 = to_decimal(_amount_value)

            amount = amount_type_0

        _transaction_time_value = d.pop("transactionTime", None)
        transaction_time: datetime.datetime | None
        if _transaction_time_value is None or isinstance(_transaction_time_value, Unset):
            transaction_time = _transaction_time_value
        else:
            if not isinstance(_transaction_time_value, str):
                raise TypeError()
            transaction_time_type_0 = datetime.datetime.fromisoformat(_transaction_time_value)

            transaction_time = transaction_time_type_0

        status: None | str = d.pop("status", None)

        coupon_code: None | str = d.pop("couponCode", None)

        is_coupon_used: bool | None = d.pop("isCouponUsed", None)

        coupon_type: None | str = d.pop("couponType", None)

        merchant_name: None | str = d.pop("merchantName", None)

        branch_name: None | str = d.pop("branchName", None)

        reason: None | str = d.pop("reason", None)

        achievement_name: None | str = d.pop("achievementName", None)

        _expiry_date_value = d.pop("expiryDate", None)
        expiry_date: datetime.datetime | None
        if _expiry_date_value is None or isinstance(_expiry_date_value, Unset):
            expiry_date = _expiry_date_value
        else:
            if not isinstance(_expiry_date_value, str):
                raise TypeError()
            expiry_date_type_0 = datetime.datetime.fromisoformat(_expiry_date_value)

            expiry_date = expiry_date_type_0

        _points_balance_before_value = d.pop("pointsBalanceBefore", None)
        points_balance_before: Decimal | None
        if _points_balance_before_value is None or isinstance(_points_balance_before_value, Unset):
            points_balance_before = _points_balance_before_value
        else:
            if not (
                isinstance(_points_balance_before_value, (int, float, Decimal, str))
                and not isinstance(_points_balance_before_value, bool)
            ):
                raise TypeError()
            points_balance_before_type_0 = to_decimal(_points_balance_before_value)

            points_balance_before = points_balance_before_type_0

        _points_balance_after_value = d.pop("pointsBalanceAfter", None)
        points_balance_after: Decimal | None
        if _points_balance_after_value is None or isinstance(_points_balance_after_value, Unset):
            points_balance_after = _points_balance_after_value
        else:
            if not (
                isinstance(_points_balance_after_value, (int, float, Decimal, str))
                and not isinstance(_points_balance_after_value, bool)
            ):
                raise TypeError()
            points_balance_after_type_0 = to_decimal(_points_balance_after_value)

            points_balance_after = points_balance_after_type_0

        achievement_type: None | str = d.pop("achievementType", None)

        achieved_reward_campaign_id: None | str = d.pop("achievedRewardCampaignId", None)

        _achieved_tier_id_value = d.pop("achievedTierId", None)
        achieved_tier_id: Decimal | None
        if _achieved_tier_id_value is None or isinstance(_achieved_tier_id_value, Unset):
            achieved_tier_id = _achieved_tier_id_value
        else:
            if not (
                isinstance(_achieved_tier_id_value, (int, float, Decimal, str))
                and not isinstance(_achieved_tier_id_value, bool)
            ):
                raise TypeError()
            achieved_tier_id_type_0 = to_decimal(_achieved_tier_id_value)

            achieved_tier_id = achieved_tier_id_type_0

        get_transactions_customer_view_response_200_transactions_type_0_item = cls(
            transaction_id=transaction_id,
            gameball_transaction_id=gameball_transaction_id,
            type_=type_,
            direction=direction,
            customer_id=customer_id,
            customer_name=customer_name,
            customer_email=customer_email,
            is_customer_deleted=is_customer_deleted,
            points=points,
            amount=amount,
            transaction_time=transaction_time,
            status=status,
            coupon_code=coupon_code,
            is_coupon_used=is_coupon_used,
            coupon_type=coupon_type,
            merchant_name=merchant_name,
            branch_name=branch_name,
            reason=reason,
            achievement_name=achievement_name,
            expiry_date=expiry_date,
            points_balance_before=points_balance_before,
            points_balance_after=points_balance_after,
            achievement_type=achievement_type,
            achieved_reward_campaign_id=achieved_reward_campaign_id,
            achieved_tier_id=achieved_tier_id,
        )

        get_transactions_customer_view_response_200_transactions_type_0_item.additional_properties = d
        return get_transactions_customer_view_response_200_transactions_type_0_item

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
