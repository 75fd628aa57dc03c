from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="GetTransactionsCustomerViewResponse200TransactionsType0Item")


@_attrs_define
class GetTransactionsCustomerViewResponse200TransactionsType0Item:
    transaction_id: None | str | Unset = UNSET
    """ A unique identifier for a transaction in your system (e.g., order number or invoice number). This ID can be
    used to reverse, cancel, or refund any reward or redemption transactions in Gameball. """
    gameball_transaction_id: None | str | Unset = UNSET
    """ Unique identifier for the transaction in the Gameball system. """
    type_: None | str | Unset = UNSET
    """ Type of the transaction. Possible values: AchievementReward, PaymentReward, Refund, Redemption, Expiry,
    Cancel, Migration, ManualAccumulation, DiscountCode, ManualDeduction, ManualReward. """
    direction: None | str | Unset = UNSET
    """ Direction of the transaction: + (Accumulation), - (Deduction). """
    customer_id: None | str | Unset = UNSET
    """ Unique identifier for the customer that you can reference across the customer's whole lifetime. Could be a
    database ID, random string, email or anything that uniquely identifies the customer. """
    customer_name: None | str | Unset = UNSET
    """ The display name of the customer associated with this transaction. """
    customer_email: None | str | Unset = UNSET
    """ The email address of the customer associated with this transaction. """
    is_customer_deleted: bool | None | Unset = UNSET
    """ Indicates whether the customer has been marked as deleted in our system and is an existing customer or not.
    """
    points: Decimal | None | Unset = UNSET
    """ Number of points involved in the transaction. """
    amount: Decimal | None | Unset = UNSET
    """ Monetary value associated with the transaction. """
    transaction_time: datetime.datetime | None | Unset = UNSET
    """ The time of the transaction in your system (e.g., order datetime, invoice datetime), in UTC. """
    status: None | str | Unset = UNSET
    """ Status of the transaction: Active (The transaction is completed, and any rewards or points have been applied
    successfully), Pending (The points or rewards from the transaction are temporarily on hold during the return
    window or any other pending period), Blocked (The transaction was flagged for potential fraud or another issue
    and is currently blocked from processing), Expired (Points or rewards from the transaction have expired and are
    no longer available for use). """
    coupon_code: None | str | Unset = UNSET
    """ The code for the coupon that the customer has redeemed during the transaction. This value is present if the
    transaction represents a redemption process initiated by the customer. """
    is_coupon_used: bool | None | Unset = UNSET
    """ Indicates whether the coupon redeemed in this transaction has been used by the customer. This flag signifies
    if the coupon applied in the redemption process has already been utilized or can be redeemed again. """
    coupon_type: None | str | Unset = UNSET
    """ The type of the coupon code that the customer has redeemed during the redemption transaction. Possible
    values: free_shipping, percentage_discount, fixed_discount, free_product, fixed_rate_discount, custom. """
    merchant_name: None | str | Unset = UNSET
    """ Name of the merchant involved in the transaction, if any. """
    branch_name: None | str | Unset = UNSET
    """ Name of the branch involved in the transaction, if any. """
    reason: None | str | Unset = UNSET
    """ Reason for the transaction, if applicable. """
    achievement_name: None | str | Unset = UNSET
    """ The name of the reward campaign associated with the transaction, indicating the specific achievement
    involved in the transaction, if applicable. """
    expiry_date: datetime.datetime | None | Unset = UNSET
    """ Date when the points or rewards from the transaction will expire, if applicable. """
    points_balance_before: Decimal | None | Unset = UNSET
    """ The customer's points balance before the transaction occurred. """
    points_balance_after: Decimal | None | Unset = UNSET
    """ The customer's points balance after the transaction is completed. """
    achievement_type: None | str | Unset = UNSET
    """ Type of achievement earned during the transaction, if applicable. """
    achieved_reward_campaign_id: None | str | Unset = UNSET
    """ The ID of the reward campaign associated with the transaction, indicating that the customer earned points in
    this transaction as a reward for achieving this campaign. """
    achieved_tier_id: Decimal | None | Unset = UNSET
    """ The ID of the tier associated with the transaction, indicating that the customer earned this transaction as
    a reward for reaching this tier. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transaction_id: None | str | Unset
        if isinstance(self.transaction_id, Unset):
            transaction_id = UNSET
        else:
            transaction_id = self.transaction_id

        gameball_transaction_id: None | str | Unset
        if isinstance(self.gameball_transaction_id, Unset):
            gameball_transaction_id = UNSET
        else:
            gameball_transaction_id = self.gameball_transaction_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        direction: None | str | Unset
        if isinstance(self.direction, Unset):
            direction = UNSET
        else:
            direction = self.direction

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        customer_name: None | str | Unset
        if isinstance(self.customer_name, Unset):
            customer_name = UNSET
        else:
            customer_name = self.customer_name

        customer_email: None | str | Unset
        if isinstance(self.customer_email, Unset):
            customer_email = UNSET
        else:
            customer_email = self.customer_email

        is_customer_deleted: bool | None | Unset
        if isinstance(self.is_customer_deleted, Unset):
            is_customer_deleted = UNSET
        else:
            is_customer_deleted = self.is_customer_deleted

        points: Decimal | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        amount: Decimal | None | Unset
        if isinstance(self.amount, Unset):
            amount = UNSET
        else:
            amount = self.amount

        transaction_time: None | str | Unset
        if isinstance(self.transaction_time, Unset):
            transaction_time = UNSET
        elif isinstance(self.transaction_time, datetime.datetime):
            transaction_time = self.transaction_time.isoformat()
        else:
            transaction_time = self.transaction_time

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        coupon_code: None | str | Unset
        if isinstance(self.coupon_code, Unset):
            coupon_code = UNSET
        else:
            coupon_code = self.coupon_code

        is_coupon_used: bool | None | Unset
        if isinstance(self.is_coupon_used, Unset):
            is_coupon_used = UNSET
        else:
            is_coupon_used = self.is_coupon_used

        coupon_type: None | str | Unset
        if isinstance(self.coupon_type, Unset):
            coupon_type = UNSET
        else:
            coupon_type = self.coupon_type

        merchant_name: None | str | Unset
        if isinstance(self.merchant_name, Unset):
            merchant_name = UNSET
        else:
            merchant_name = self.merchant_name

        branch_name: None | str | Unset
        if isinstance(self.branch_name, Unset):
            branch_name = UNSET
        else:
            branch_name = self.branch_name

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        achievement_name: None | str | Unset
        if isinstance(self.achievement_name, Unset):
            achievement_name = UNSET
        else:
            achievement_name = self.achievement_name

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        points_balance_before: Decimal | None | Unset
        if isinstance(self.points_balance_before, Unset):
            points_balance_before = UNSET
        else:
            points_balance_before = self.points_balance_before

        points_balance_after: Decimal | None | Unset
        if isinstance(self.points_balance_after, Unset):
            points_balance_after = UNSET
        else:
            points_balance_after = self.points_balance_after

        achievement_type: None | str | Unset
        if isinstance(self.achievement_type, Unset):
            achievement_type = UNSET
        else:
            achievement_type = self.achievement_type

        achieved_reward_campaign_id: None | str | Unset
        if isinstance(self.achieved_reward_campaign_id, Unset):
            achieved_reward_campaign_id = UNSET
        else:
            achieved_reward_campaign_id = self.achieved_reward_campaign_id

        achieved_tier_id: Decimal | None | Unset
        if isinstance(self.achieved_tier_id, Unset):
            achieved_tier_id = UNSET
        else:
            achieved_tier_id = self.achieved_tier_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transaction_id is not UNSET:
            field_dict["transactionId"] = transaction_id
        if gameball_transaction_id is not UNSET:
            field_dict["gameballTransactionId"] = gameball_transaction_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if direction is not UNSET:
            field_dict["direction"] = direction
        if customer_id is not UNSET:
            field_dict["customerId"] = customer_id
        if customer_name is not UNSET:
            field_dict["customerName"] = customer_name
        if customer_email is not UNSET:
            field_dict["customerEmail"] = customer_email
        if is_customer_deleted is not UNSET:
            field_dict["isCustomerDeleted"] = is_customer_deleted
        if points is not UNSET:
            field_dict["points"] = points
        if amount is not UNSET:
            field_dict["amount"] = amount
        if transaction_time is not UNSET:
            field_dict["transactionTime"] = transaction_time
        if status is not UNSET:
            field_dict["status"] = status
        if coupon_code is not UNSET:
            field_dict["couponCode"] = coupon_code
        if is_coupon_used is not UNSET:
            field_dict["isCouponUsed"] = is_coupon_used
        if coupon_type is not UNSET:
            field_dict["couponType"] = coupon_type
        if merchant_name is not UNSET:
            field_dict["merchantName"] = merchant_name
        if branch_name is not UNSET:
            field_dict["branchName"] = branch_name
        if reason is not UNSET:
            field_dict["reason"] = reason
        if achievement_name is not UNSET:
            field_dict["achievementName"] = achievement_name
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if points_balance_before is not UNSET:
            field_dict["pointsBalanceBefore"] = points_balance_before
        if points_balance_after is not UNSET:
            field_dict["pointsBalanceAfter"] = points_balance_after
        if achievement_type is not UNSET:
            field_dict["achievementType"] = achievement_type
        if achieved_reward_campaign_id is not UNSET:
            field_dict["achievedRewardCampaignId"] = achieved_reward_campaign_id
        if achieved_tier_id is not UNSET:
            field_dict["achievedTierId"] = achieved_tier_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        transaction_id: None | str | Unset = d.pop("transactionId", UNSET)

        gameball_transaction_id: None | str | Unset = d.pop("gameballTransactionId", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        direction: None | str | Unset = d.pop("direction", UNSET)

        customer_id: None | str | Unset = d.pop("customerId", UNSET)

        customer_name: None | str | Unset = d.pop("customerName", UNSET)

        customer_email: None | str | Unset = d.pop("customerEmail", UNSET)

        is_customer_deleted: bool | None | Unset = d.pop("isCustomerDeleted", UNSET)

        _points_value = d.pop("points", UNSET)
        points: Decimal | None | Unset
        if _points_value is None or isinstance(_points_value, Unset):
            points = _points_value
        else:
            if not (isinstance(_points_value, (int, float, Decimal, str)) and not isinstance(_points_value, bool)):
                raise TypeError()
            points_type_0 = to_decimal(_points_value)

            points = points_type_0

        _amount_value = d.pop("amount", UNSET)
        amount: Decimal | None | Unset
        if _amount_value is None or isinstance(_amount_value, Unset):
            amount = _amount_value
        else:
            if not (isinstance(_amount_value, (int, float, Decimal, str)) and not isinstance(_amount_value, bool)):
                raise TypeError()
            amount_type_0 = to_decimal(_amount_value)

            amount = amount_type_0

        _transaction_time_value = d.pop("transactionTime", UNSET)
        transaction_time: datetime.datetime | None | Unset
        if _transaction_time_value is None or isinstance(_transaction_time_value, Unset):
            transaction_time = _transaction_time_value
        else:
            if not isinstance(_transaction_time_value, str):
                raise TypeError()
            transaction_time_type_0 = datetime.datetime.fromisoformat(_transaction_time_value)

            transaction_time = transaction_time_type_0

        status: None | str | Unset = d.pop("status", UNSET)

        coupon_code: None | str | Unset = d.pop("couponCode", UNSET)

        is_coupon_used: bool | None | Unset = d.pop("isCouponUsed", UNSET)

        coupon_type: None | str | Unset = d.pop("couponType", UNSET)

        merchant_name: None | str | Unset = d.pop("merchantName", UNSET)

        branch_name: None | str | Unset = d.pop("branchName", UNSET)

        reason: None | str | Unset = d.pop("reason", UNSET)

        achievement_name: None | str | Unset = d.pop("achievementName", UNSET)

        _expiry_date_value = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | None | Unset
        if _expiry_date_value is None or isinstance(_expiry_date_value, Unset):
            expiry_date = _expiry_date_value
        else:
            if not isinstance(_expiry_date_value, str):
                raise TypeError()
            expiry_date_type_0 = datetime.datetime.fromisoformat(_expiry_date_value)

            expiry_date = expiry_date_type_0

        _points_balance_before_value = d.pop("pointsBalanceBefore", UNSET)
        points_balance_before: Decimal | None | Unset
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

        _points_balance_after_value = d.pop("pointsBalanceAfter", UNSET)
        points_balance_after: Decimal | None | Unset
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

        achievement_type: None | str | Unset = d.pop("achievementType", UNSET)

        achieved_reward_campaign_id: None | str | Unset = d.pop("achievedRewardCampaignId", UNSET)

        _achieved_tier_id_value = d.pop("achievedTierId", UNSET)
        achieved_tier_id: Decimal | None | Unset
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
