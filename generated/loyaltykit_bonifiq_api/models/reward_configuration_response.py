from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reward_type import RewardType
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="RewardConfigurationResponse")


@_attrs_define
class RewardConfigurationResponse:
    """Reward configuration."""

    id: int | None = None
    points: int | None = None
    reward_type: None | RewardType = None
    is_active: bool | None = None
    value: Decimal | None = None
    pre_title: None | str = None
    title: None | str = None
    description: None | str = None
    long_description: None | str = None
    has_valid_date: bool | None = None
    valid_date_start: datetime.datetime | None = None
    valid_date_end: datetime.datetime | None = None
    has_same_customer_usage_limit: bool | None = None
    same_customer_usage_limit: int | None = None
    has_global_usage_limit: bool | None = None
    global_usage_limit: int | None = None
    custom_title: None | str = None
    usage_instructions: None | str = None
    custom_icon_url: None | str = None
    send_client_redeem_notification: bool | None = None
    client_emails_notification: list[str] | None = None
    send_customer_redeem_notification: bool | None = None
    customer_email_configuration_id: int | None = None
    customer_email_configuration: CustomerEmailConfiguration | None = None
    code_prefix: None | str = None
    coupon_code_length: int | None = None
    cumulative_discount: bool | None = None
    minimal_value: Decimal | None = None
    valid_days: int | None = None
    cashback_max_purchase_value: Decimal | None = None
    minimum_percent_purchase: Decimal | None = None
    manual_coupon_generation: bool | None = None
    pre_generated_coupon_lists: list[PreGeneratedCouponList] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "points",
                "reward_type",
                "is_active",
                "value",
                "pre_title",
                "title",
                "description",
                "long_description",
                "has_valid_date",
                "valid_date_start",
                "valid_date_end",
                "has_same_customer_usage_limit",
                "same_customer_usage_limit",
                "has_global_usage_limit",
                "global_usage_limit",
                "custom_title",
                "usage_instructions",
                "custom_icon_url",
                "send_client_redeem_notification",
                "client_emails_notification",
                "send_customer_redeem_notification",
                "customer_email_configuration_id",
                "customer_email_configuration",
                "code_prefix",
                "coupon_code_length",
                "cumulative_discount",
                "minimal_value",
                "valid_days",
                "cashback_max_purchase_value",
                "minimum_percent_purchase",
                "manual_coupon_generation",
                "pre_generated_coupon_lists",
            ),
            frozenset(
                (
                    "client_emails_notification",
                    "customer_email_configuration_id",
                    "customer_email_configuration",
                )
            ),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        points: int | None
        points = self.points

        reward_type: int | None
        if isinstance(self.reward_type, RewardType):
            reward_type = self.reward_type.value
        else:
            reward_type = self.reward_type

        is_active: bool | None
        is_active = self.is_active

        value: Decimal | None
        value = self.value

        pre_title: None | str
        pre_title = self.pre_title

        title: None | str
        title = self.title

        description: None | str
        description = self.description

        long_description: None | str
        long_description = self.long_description

        has_valid_date: bool | None
        has_valid_date = self.has_valid_date

        valid_date_start: None | str
        if isinstance(self.valid_date_start, datetime.datetime):
            valid_date_start = self.valid_date_start.isoformat()
        else:
            valid_date_start = self.valid_date_start

        valid_date_end: None | str
        if isinstance(self.valid_date_end, datetime.datetime):
            valid_date_end = self.valid_date_end.isoformat()
        else:
            valid_date_end = self.valid_date_end

        has_same_customer_usage_limit: bool | None
        has_same_customer_usage_limit = self.has_same_customer_usage_limit

        same_customer_usage_limit: int | None
        same_customer_usage_limit = self.same_customer_usage_limit

        has_global_usage_limit: bool | None
        has_global_usage_limit = self.has_global_usage_limit

        global_usage_limit: int | None
        global_usage_limit = self.global_usage_limit

        custom_title: None | str
        custom_title = self.custom_title

        usage_instructions: None | str
        usage_instructions = self.usage_instructions

        custom_icon_url: None | str
        custom_icon_url = self.custom_icon_url

        send_client_redeem_notification: bool | None
        send_client_redeem_notification = self.send_client_redeem_notification

        client_emails_notification: list[str] | None
        if isinstance(self.client_emails_notification, list):
            client_emails_notification = self.client_emails_notification

        else:
            client_emails_notification = self.client_emails_notification

        send_customer_redeem_notification: bool | None
        send_customer_redeem_notification = self.send_customer_redeem_notification

        customer_email_configuration_id: int | None
        customer_email_configuration_id = self.customer_email_configuration_id

        customer_email_configuration: dict[str, Any] | None
        if isinstance(self.customer_email_configuration, CustomerEmailConfiguration):
            customer_email_configuration = self.customer_email_configuration.to_dict()
        else:
            customer_email_configuration = self.customer_email_configuration

        code_prefix: None | str
        code_prefix = self.code_prefix

        coupon_code_length: int | None
        coupon_code_length = self.coupon_code_length

        cumulative_discount: bool | None
        cumulative_discount = self.cumulative_discount

        minimal_value: Decimal | None
        minimal_value = self.minimal_value

        valid_days: int | None
        valid_days = self.valid_days

        cashback_max_purchase_value: Decimal | None
        cashback_max_purchase_value = self.cashback_max_purchase_value

        minimum_percent_purchase: Decimal | None
        minimum_percent_purchase = self.minimum_percent_purchase

        manual_coupon_generation: bool | None
        manual_coupon_generation = self.manual_coupon_generation

        pre_generated_coupon_lists: list[dict[str, Any]] | None
        if isinstance(self.pre_generated_coupon_lists, list):
            pre_generated_coupon_lists = []
            for pre_generated_coupon_lists_type_0_item_data in self.pre_generated_coupon_lists:
                pre_generated_coupon_lists_type_0_item = pre_generated_coupon_lists_type_0_item_data.to_dict()
                pre_generated_coupon_lists.append(pre_generated_coupon_lists_type_0_item)

        else:
            pre_generated_coupon_lists = self.pre_generated_coupon_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Points": points,
                "RewardType": reward_type,
                "IsActive": is_active,
                "Value": value,
                "PreTitle": pre_title,
                "Title": title,
                "Description": description,
                "LongDescription": long_description,
                "HasValidDate": has_valid_date,
                "ValidDateStart": valid_date_start,
                "ValidDateEnd": valid_date_end,
                "HasSameCustomerUsageLimit": has_same_customer_usage_limit,
                "SameCustomerUsageLimit": same_customer_usage_limit,
                "HasGlobalUsageLimit": has_global_usage_limit,
                "GlobalUsageLimit": global_usage_limit,
                "CustomTitle": custom_title,
                "UsageInstructions": usage_instructions,
                "CustomIconUrl": custom_icon_url,
                "SendClientRedeemNotification": send_client_redeem_notification,
                "ClientEmailsNotification": client_emails_notification,
                "SendCustomerRedeemNotification": send_customer_redeem_notification,
                "CustomerEmailConfigurationId": customer_email_configuration_id,
                "CustomerEmailConfiguration": customer_email_configuration,
                "CodePrefix": code_prefix,
                "CouponCodeLength": coupon_code_length,
                "CumulativeDiscount": cumulative_discount,
                "MinimalValue": minimal_value,
                "ValidDays": valid_days,
                "CashbackMaxPurchaseValue": cashback_max_purchase_value,
                "MinimumPercentPurchase": minimum_percent_purchase,
                "ManualCouponGeneration": manual_coupon_generation,
                "PreGeneratedCouponLists": pre_generated_coupon_lists,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        points: int | None = d.pop("Points", None)

        _reward_type_value = d.pop("RewardType", None)
        reward_type: None | RewardType
        if _reward_type_value is None or isinstance(_reward_type_value, Unset):
            reward_type = _reward_type_value
        else:
            if not isinstance(_reward_type_value, int):
                raise TypeError()
            reward_type_type_0 = RewardType(_reward_type_value)

            reward_type = reward_type_type_0

        is_active: bool | None = d.pop("IsActive", None)

        _value_value = d.pop("Value", None)
        value: Decimal | None
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        pre_title: None | str = d.pop("PreTitle", None)

        title: None | str = d.pop("Title", None)

        description: None | str = d.pop("Description", None)

        long_description: None | str = d.pop("LongDescription", None)

        has_valid_date: bool | None = d.pop("HasValidDate", None)

        _valid_date_start_value = d.pop("ValidDateStart", None)
        valid_date_start: datetime.datetime | None
        if _valid_date_start_value is None or isinstance(_valid_date_start_value, Unset):
            valid_date_start = _valid_date_start_value
        else:
            if not isinstance(_valid_date_start_value, str):
                raise TypeError()
            valid_date_start_type_0 = datetime.datetime.fromisoformat(_valid_date_start_value)

            valid_date_start = valid_date_start_type_0

        _valid_date_end_value = d.pop("ValidDateEnd", None)
        valid_date_end: datetime.datetime | None
        if _valid_date_end_value is None or isinstance(_valid_date_end_value, Unset):
            valid_date_end = _valid_date_end_value
        else:
            if not isinstance(_valid_date_end_value, str):
                raise TypeError()
            valid_date_end_type_0 = datetime.datetime.fromisoformat(_valid_date_end_value)

            valid_date_end = valid_date_end_type_0

        has_same_customer_usage_limit: bool | None = d.pop("HasSameCustomerUsageLimit", None)

        same_customer_usage_limit: int | None = d.pop("SameCustomerUsageLimit", None)

        has_global_usage_limit: bool | None = d.pop("HasGlobalUsageLimit", None)

        global_usage_limit: int | None = d.pop("GlobalUsageLimit", None)

        custom_title: None | str = d.pop("CustomTitle", None)

        usage_instructions: None | str = d.pop("UsageInstructions", None)

        custom_icon_url: None | str = d.pop("CustomIconUrl", None)

        send_client_redeem_notification: bool | None = d.pop("SendClientRedeemNotification", None)

        _client_emails_notification_value = d.pop("ClientEmailsNotification", None)
        client_emails_notification: list[str] | None
        if _client_emails_notification_value is None or isinstance(_client_emails_notification_value, Unset):
            client_emails_notification = _client_emails_notification_value
        else:
            if not isinstance(_client_emails_notification_value, list):
                raise TypeError()
            client_emails_notification_type_0 = cast(list[str], _client_emails_notification_value)

            client_emails_notification = client_emails_notification_type_0

        send_customer_redeem_notification: bool | None = d.pop("SendCustomerRedeemNotification", None)

        customer_email_configuration_id: int | None = d.pop("CustomerEmailConfigurationId", None)

        _customer_email_configuration_value = d.pop("CustomerEmailConfiguration", None)
        customer_email_configuration: CustomerEmailConfiguration | None
        if _customer_email_configuration_value is None or isinstance(_customer_email_configuration_value, Unset):
            customer_email_configuration = _customer_email_configuration_value
        else:
            if not isinstance(_customer_email_configuration_value, dict):
                raise TypeError()
            customer_email_configuration_type_0 = CustomerEmailConfiguration.from_dict(
                _customer_email_configuration_value
            )

            customer_email_configuration = customer_email_configuration_type_0

        code_prefix: None | str = d.pop("CodePrefix", None)

        coupon_code_length: int | None = d.pop("CouponCodeLength", None)

        cumulative_discount: bool | None = d.pop("CumulativeDiscount", None)

        _minimal_value_value = d.pop("MinimalValue", None)
        minimal_value: Decimal | None
        if _minimal_value_value is None or isinstance(_minimal_value_value, Unset):
            minimal_value = _minimal_value_value
        else:
            if not (
                isinstance(_minimal_value_value, (int, float, Decimal, str))
                and not isinstance(_minimal_value_value, bool)
            ):
                raise TypeError()
            minimal_value_type_0 = to_decimal(_minimal_value_value)

            minimal_value = minimal_value_type_0

        valid_days: int | None = d.pop("ValidDays", None)

        _cashback_max_purchase_value_value = d.pop("CashbackMaxPurchaseValue", None)
        cashback_max_purchase_value: Decimal | None
        if _cashback_max_purchase_value_value is None or isinstance(_cashback_max_purchase_value_value, Unset):
            cashback_max_purchase_value = _cashback_max_purchase_value_value
        else:
            if not (
                isinstance(_cashback_max_purchase_value_value, (int, float, Decimal, str))
                and not isinstance(_cashback_max_purchase_value_value, bool)
            ):
                raise TypeError()
            cashback_max_purchase_value_type_0 = to_decimal(_cashback_max_purchase_value_value)

            cashback_max_purchase_value = cashback_max_purchase_value_type_0

        _minimum_percent_purchase_value = d.pop("MinimumPercentPurchase", None)
        minimum_percent_purchase: Decimal | None
        if _minimum_percent_purchase_value is None or isinstance(_minimum_percent_purchase_value, Unset):
            minimum_percent_purchase = _minimum_percent_purchase_value
        else:
            if not (
                isinstance(_minimum_percent_purchase_value, (int, float, Decimal, str))
                and not isinstance(_minimum_percent_purchase_value, bool)
            ):
                raise TypeError()
            minimum_percent_purchase_type_0 = to_decimal(_minimum_percent_purchase_value)

            minimum_percent_purchase = minimum_percent_purchase_type_0

        manual_coupon_generation: bool | None = d.pop("ManualCouponGeneration", None)

        _pre_generated_coupon_lists_value = d.pop("PreGeneratedCouponLists", None)
        pre_generated_coupon_lists: list[PreGeneratedCouponList] | None
        if _pre_generated_coupon_lists_value is None or isinstance(_pre_generated_coupon_lists_value, Unset):
            pre_generated_coupon_lists = _pre_generated_coupon_lists_value
        else:
            if not isinstance(_pre_generated_coupon_lists_value, list):
                raise TypeError()
            pre_generated_coupon_lists_type_0 = []
            _pre_generated_coupon_lists_type_0 = _pre_generated_coupon_lists_value
            for pre_generated_coupon_lists_type_0_item_data in _pre_generated_coupon_lists_type_0:
                pre_generated_coupon_lists_type_0_item = PreGeneratedCouponList.from_dict(
                    pre_generated_coupon_lists_type_0_item_data
                )

                pre_generated_coupon_lists_type_0.append(pre_generated_coupon_lists_type_0_item)

            pre_generated_coupon_lists = pre_generated_coupon_lists_type_0

        reward_configuration_response = cls(
            id=id,
            points=points,
            reward_type=reward_type,
            is_active=is_active,
            value=value,
            pre_title=pre_title,
            title=title,
            description=description,
            long_description=long_description,
            has_valid_date=has_valid_date,
            valid_date_start=valid_date_start,
            valid_date_end=valid_date_end,
            has_same_customer_usage_limit=has_same_customer_usage_limit,
            same_customer_usage_limit=same_customer_usage_limit,
            has_global_usage_limit=has_global_usage_limit,
            global_usage_limit=global_usage_limit,
            custom_title=custom_title,
            usage_instructions=usage_instructions,
            custom_icon_url=custom_icon_url,
            send_client_redeem_notification=send_client_redeem_notification,
            client_emails_notification=client_emails_notification,
            send_customer_redeem_notification=send_customer_redeem_notification,
            customer_email_configuration_id=customer_email_configuration_id,
            customer_email_configuration=customer_email_configuration,
            code_prefix=code_prefix,
            coupon_code_length=coupon_code_length,
            cumulative_discount=cumulative_discount,
            minimal_value=minimal_value,
            valid_days=valid_days,
            cashback_max_purchase_value=cashback_max_purchase_value,
            minimum_percent_purchase=minimum_percent_purchase,
            manual_coupon_generation=manual_coupon_generation,
            pre_generated_coupon_lists=pre_generated_coupon_lists,
        )

        reward_configuration_response.additional_properties = d
        return reward_configuration_response

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


from ..models.customer_email_configuration import CustomerEmailConfiguration
from ..models.pre_generated_coupon_list import PreGeneratedCouponList
