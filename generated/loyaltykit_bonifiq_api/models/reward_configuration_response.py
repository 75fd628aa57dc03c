from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reward_type import RewardType
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="RewardConfigurationResponse")


@_attrs_define
class RewardConfigurationResponse:
    """Reward configuration."""

    id: int | None | Unset = UNSET
    points: int | None | Unset = UNSET
    reward_type: None | RewardType | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    value: Decimal | None | Unset = UNSET
    pre_title: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    long_description: None | str | Unset = UNSET
    has_valid_date: bool | None | Unset = UNSET
    valid_date_start: datetime.datetime | None | Unset = UNSET
    valid_date_end: datetime.datetime | None | Unset = UNSET
    has_same_customer_usage_limit: bool | None | Unset = UNSET
    same_customer_usage_limit: int | None | Unset = UNSET
    has_global_usage_limit: bool | None | Unset = UNSET
    global_usage_limit: int | None | Unset = UNSET
    custom_title: None | str | Unset = UNSET
    usage_instructions: None | str | Unset = UNSET
    custom_icon_url: None | str | Unset = UNSET
    send_client_redeem_notification: bool | None | Unset = UNSET
    client_emails_notification: list[str] | None | Unset = UNSET
    send_customer_redeem_notification: bool | None | Unset = UNSET
    customer_email_configuration_id: int | None | Unset = UNSET
    customer_email_configuration: CustomerEmailConfiguration | None | Unset = UNSET
    code_prefix: None | str | Unset = UNSET
    coupon_code_length: int | None | Unset = UNSET
    cumulative_discount: bool | None | Unset = UNSET
    minimal_value: Decimal | None | Unset = UNSET
    valid_days: int | None | Unset = UNSET
    cashback_max_purchase_value: Decimal | None | Unset = UNSET
    minimum_percent_purchase: Decimal | None | Unset = UNSET
    manual_coupon_generation: bool | None | Unset = UNSET
    pre_generated_coupon_lists: list[PreGeneratedCouponList] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

        reward_type: int | None | Unset
        if isinstance(self.reward_type, Unset):
            reward_type = UNSET
        elif isinstance(self.reward_type, RewardType):
            reward_type = self.reward_type.value
        else:
            reward_type = self.reward_type

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        value: Decimal | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        pre_title: None | str | Unset
        if isinstance(self.pre_title, Unset):
            pre_title = UNSET
        else:
            pre_title = self.pre_title

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        long_description: None | str | Unset
        if isinstance(self.long_description, Unset):
            long_description = UNSET
        else:
            long_description = self.long_description

        has_valid_date: bool | None | Unset
        if isinstance(self.has_valid_date, Unset):
            has_valid_date = UNSET
        else:
            has_valid_date = self.has_valid_date

        valid_date_start: None | str | Unset
        if isinstance(self.valid_date_start, Unset):
            valid_date_start = UNSET
        elif isinstance(self.valid_date_start, datetime.datetime):
            valid_date_start = self.valid_date_start.isoformat()
        else:
            valid_date_start = self.valid_date_start

        valid_date_end: None | str | Unset
        if isinstance(self.valid_date_end, Unset):
            valid_date_end = UNSET
        elif isinstance(self.valid_date_end, datetime.datetime):
            valid_date_end = self.valid_date_end.isoformat()
        else:
            valid_date_end = self.valid_date_end

        has_same_customer_usage_limit: bool | None | Unset
        if isinstance(self.has_same_customer_usage_limit, Unset):
            has_same_customer_usage_limit = UNSET
        else:
            has_same_customer_usage_limit = self.has_same_customer_usage_limit

        same_customer_usage_limit: int | None | Unset
        if isinstance(self.same_customer_usage_limit, Unset):
            same_customer_usage_limit = UNSET
        else:
            same_customer_usage_limit = self.same_customer_usage_limit

        has_global_usage_limit: bool | None | Unset
        if isinstance(self.has_global_usage_limit, Unset):
            has_global_usage_limit = UNSET
        else:
            has_global_usage_limit = self.has_global_usage_limit

        global_usage_limit: int | None | Unset
        if isinstance(self.global_usage_limit, Unset):
            global_usage_limit = UNSET
        else:
            global_usage_limit = self.global_usage_limit

        custom_title: None | str | Unset
        if isinstance(self.custom_title, Unset):
            custom_title = UNSET
        else:
            custom_title = self.custom_title

        usage_instructions: None | str | Unset
        if isinstance(self.usage_instructions, Unset):
            usage_instructions = UNSET
        else:
            usage_instructions = self.usage_instructions

        custom_icon_url: None | str | Unset
        if isinstance(self.custom_icon_url, Unset):
            custom_icon_url = UNSET
        else:
            custom_icon_url = self.custom_icon_url

        send_client_redeem_notification: bool | None | Unset
        if isinstance(self.send_client_redeem_notification, Unset):
            send_client_redeem_notification = UNSET
        else:
            send_client_redeem_notification = self.send_client_redeem_notification

        client_emails_notification: list[str] | None | Unset
        if isinstance(self.client_emails_notification, Unset):
            client_emails_notification = UNSET
        elif isinstance(self.client_emails_notification, list):
            client_emails_notification = self.client_emails_notification

        else:
            client_emails_notification = self.client_emails_notification

        send_customer_redeem_notification: bool | None | Unset
        if isinstance(self.send_customer_redeem_notification, Unset):
            send_customer_redeem_notification = UNSET
        else:
            send_customer_redeem_notification = self.send_customer_redeem_notification

        customer_email_configuration_id: int | None | Unset
        if isinstance(self.customer_email_configuration_id, Unset):
            customer_email_configuration_id = UNSET
        else:
            customer_email_configuration_id = self.customer_email_configuration_id

        customer_email_configuration: dict[str, Any] | None | Unset
        if isinstance(self.customer_email_configuration, Unset):
            customer_email_configuration = UNSET
        elif isinstance(self.customer_email_configuration, CustomerEmailConfiguration):
            customer_email_configuration = self.customer_email_configuration.to_dict()
        else:
            customer_email_configuration = self.customer_email_configuration

        code_prefix: None | str | Unset
        if isinstance(self.code_prefix, Unset):
            code_prefix = UNSET
        else:
            code_prefix = self.code_prefix

        coupon_code_length: int | None | Unset
        if isinstance(self.coupon_code_length, Unset):
            coupon_code_length = UNSET
        else:
            coupon_code_length = self.coupon_code_length

        cumulative_discount: bool | None | Unset
        if isinstance(self.cumulative_discount, Unset):
            cumulative_discount = UNSET
        else:
            cumulative_discount = self.cumulative_discount

        minimal_value: Decimal | None | Unset
        if isinstance(self.minimal_value, Unset):
            minimal_value = UNSET
        else:
            minimal_value = self.minimal_value

        valid_days: int | None | Unset
        if isinstance(self.valid_days, Unset):
            valid_days = UNSET
        else:
            valid_days = self.valid_days

        cashback_max_purchase_value: Decimal | None | Unset
        if isinstance(self.cashback_max_purchase_value, Unset):
            cashback_max_purchase_value = UNSET
        else:
            cashback_max_purchase_value = self.cashback_max_purchase_value

        minimum_percent_purchase: Decimal | None | Unset
        if isinstance(self.minimum_percent_purchase, Unset):
            minimum_percent_purchase = UNSET
        else:
            minimum_percent_purchase = self.minimum_percent_purchase

        manual_coupon_generation: bool | None | Unset
        if isinstance(self.manual_coupon_generation, Unset):
            manual_coupon_generation = UNSET
        else:
            manual_coupon_generation = self.manual_coupon_generation

        pre_generated_coupon_lists: list[dict[str, Any]] | None | Unset
        if isinstance(self.pre_generated_coupon_lists, Unset):
            pre_generated_coupon_lists = UNSET
        elif isinstance(self.pre_generated_coupon_lists, list):
            pre_generated_coupon_lists = []
            for pre_generated_coupon_lists_type_0_item_data in self.pre_generated_coupon_lists:
                pre_generated_coupon_lists_type_0_item = pre_generated_coupon_lists_type_0_item_data.to_dict()
                pre_generated_coupon_lists.append(pre_generated_coupon_lists_type_0_item)

        else:
            pre_generated_coupon_lists = self.pre_generated_coupon_lists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["Id"] = id
        if points is not UNSET:
            field_dict["Points"] = points
        if reward_type is not UNSET:
            field_dict["RewardType"] = reward_type
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if value is not UNSET:
            field_dict["Value"] = value
        if pre_title is not UNSET:
            field_dict["PreTitle"] = pre_title
        if title is not UNSET:
            field_dict["Title"] = title
        if description is not UNSET:
            field_dict["Description"] = description
        if long_description is not UNSET:
            field_dict["LongDescription"] = long_description
        if has_valid_date is not UNSET:
            field_dict["HasValidDate"] = has_valid_date
        if valid_date_start is not UNSET:
            field_dict["ValidDateStart"] = valid_date_start
        if valid_date_end is not UNSET:
            field_dict["ValidDateEnd"] = valid_date_end
        if has_same_customer_usage_limit is not UNSET:
            field_dict["HasSameCustomerUsageLimit"] = has_same_customer_usage_limit
        if same_customer_usage_limit is not UNSET:
            field_dict["SameCustomerUsageLimit"] = same_customer_usage_limit
        if has_global_usage_limit is not UNSET:
            field_dict["HasGlobalUsageLimit"] = has_global_usage_limit
        if global_usage_limit is not UNSET:
            field_dict["GlobalUsageLimit"] = global_usage_limit
        if custom_title is not UNSET:
            field_dict["CustomTitle"] = custom_title
        if usage_instructions is not UNSET:
            field_dict["UsageInstructions"] = usage_instructions
        if custom_icon_url is not UNSET:
            field_dict["CustomIconUrl"] = custom_icon_url
        if send_client_redeem_notification is not UNSET:
            field_dict["SendClientRedeemNotification"] = send_client_redeem_notification
        if client_emails_notification is not UNSET:
            field_dict["ClientEmailsNotification"] = client_emails_notification
        if send_customer_redeem_notification is not UNSET:
            field_dict["SendCustomerRedeemNotification"] = send_customer_redeem_notification
        if customer_email_configuration_id is not UNSET:
            field_dict["CustomerEmailConfigurationId"] = customer_email_configuration_id
        if customer_email_configuration is not UNSET:
            field_dict["CustomerEmailConfiguration"] = customer_email_configuration
        if code_prefix is not UNSET:
            field_dict["CodePrefix"] = code_prefix
        if coupon_code_length is not UNSET:
            field_dict["CouponCodeLength"] = coupon_code_length
        if cumulative_discount is not UNSET:
            field_dict["CumulativeDiscount"] = cumulative_discount
        if minimal_value is not UNSET:
            field_dict["MinimalValue"] = minimal_value
        if valid_days is not UNSET:
            field_dict["ValidDays"] = valid_days
        if cashback_max_purchase_value is not UNSET:
            field_dict["CashbackMaxPurchaseValue"] = cashback_max_purchase_value
        if minimum_percent_purchase is not UNSET:
            field_dict["MinimumPercentPurchase"] = minimum_percent_purchase
        if manual_coupon_generation is not UNSET:
            field_dict["ManualCouponGeneration"] = manual_coupon_generation
        if pre_generated_coupon_lists is not UNSET:
            field_dict["PreGeneratedCouponLists"] = pre_generated_coupon_lists

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("Id", UNSET)

        points: int | None | Unset = d.pop("Points", UNSET)

        _reward_type_value = d.pop("RewardType", UNSET)
        reward_type: None | RewardType | Unset
        if _reward_type_value is None or isinstance(_reward_type_value, Unset):
            reward_type = _reward_type_value
        else:
            if not isinstance(_reward_type_value, int):
                raise TypeError()
            reward_type_type_0 = RewardType(_reward_type_value)

            reward_type = reward_type_type_0

        is_active: bool | None | Unset = d.pop("IsActive", UNSET)

        _value_value = d.pop("Value", UNSET)
        value: Decimal | None | Unset
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        pre_title: None | str | Unset = d.pop("PreTitle", UNSET)

        title: None | str | Unset = d.pop("Title", UNSET)

        description: None | str | Unset = d.pop("Description", UNSET)

        long_description: None | str | Unset = d.pop("LongDescription", UNSET)

        has_valid_date: bool | None | Unset = d.pop("HasValidDate", UNSET)

        _valid_date_start_value = d.pop("ValidDateStart", UNSET)
        valid_date_start: datetime.datetime | None | Unset
        if _valid_date_start_value is None or isinstance(_valid_date_start_value, Unset):
            valid_date_start = _valid_date_start_value
        else:
            if not isinstance(_valid_date_start_value, str):
                raise TypeError()
            valid_date_start_type_0 = datetime.datetime.fromisoformat(_valid_date_start_value)

            valid_date_start = valid_date_start_type_0

        _valid_date_end_value = d.pop("ValidDateEnd", UNSET)
        valid_date_end: datetime.datetime | None | Unset
        if _valid_date_end_value is None or isinstance(_valid_date_end_value, Unset):
            valid_date_end = _valid_date_end_value
        else:
            if not isinstance(_valid_date_end_value, str):
                raise TypeError()
            valid_date_end_type_0 = datetime.datetime.fromisoformat(_valid_date_end_value)

            valid_date_end = valid_date_end_type_0

        has_same_customer_usage_limit: bool | None | Unset = d.pop("HasSameCustomerUsageLimit", UNSET)

        same_customer_usage_limit: int | None | Unset = d.pop("SameCustomerUsageLimit", UNSET)

        has_global_usage_limit: bool | None | Unset = d.pop("HasGlobalUsageLimit", UNSET)

        global_usage_limit: int | None | Unset = d.pop("GlobalUsageLimit", UNSET)

        custom_title: None | str | Unset = d.pop("CustomTitle", UNSET)

        usage_instructions: None | str | Unset = d.pop("UsageInstructions", UNSET)

        custom_icon_url: None | str | Unset = d.pop("CustomIconUrl", UNSET)

        send_client_redeem_notification: bool | None | Unset = d.pop("SendClientRedeemNotification", UNSET)

        _client_emails_notification_value = d.pop("ClientEmailsNotification", UNSET)
        client_emails_notification: list[str] | None | Unset
        if _client_emails_notification_value is None or isinstance(_client_emails_notification_value, Unset):
            client_emails_notification = _client_emails_notification_value
        else:
            if not isinstance(_client_emails_notification_value, list):
                raise TypeError()
            client_emails_notification_type_0 = cast(list[str], _client_emails_notification_value)

            client_emails_notification = client_emails_notification_type_0

        send_customer_redeem_notification: bool | None | Unset = d.pop("SendCustomerRedeemNotification", UNSET)

        customer_email_configuration_id: int | None | Unset = d.pop("CustomerEmailConfigurationId", UNSET)

        _customer_email_configuration_value = d.pop("CustomerEmailConfiguration", UNSET)
        customer_email_configuration: CustomerEmailConfiguration | None | Unset
        if _customer_email_configuration_value is None or isinstance(_customer_email_configuration_value, Unset):
            customer_email_configuration = _customer_email_configuration_value
        else:
            if not isinstance(_customer_email_configuration_value, dict):
                raise TypeError()
            customer_email_configuration_type_0 = CustomerEmailConfiguration.from_dict(
                _customer_email_configuration_value
            )

            customer_email_configuration = customer_email_configuration_type_0

        code_prefix: None | str | Unset = d.pop("CodePrefix", UNSET)

        coupon_code_length: int | None | Unset = d.pop("CouponCodeLength", UNSET)

        cumulative_discount: bool | None | Unset = d.pop("CumulativeDiscount", UNSET)

        _minimal_value_value = d.pop("MinimalValue", UNSET)
        minimal_value: Decimal | None | Unset
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

        valid_days: int | None | Unset = d.pop("ValidDays", UNSET)

        _cashback_max_purchase_value_value = d.pop("CashbackMaxPurchaseValue", UNSET)
        cashback_max_purchase_value: Decimal | None | Unset
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

        _minimum_percent_purchase_value = d.pop("MinimumPercentPurchase", UNSET)
        minimum_percent_purchase: Decimal | None | Unset
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

        manual_coupon_generation: bool | None | Unset = d.pop("ManualCouponGeneration", UNSET)

        _pre_generated_coupon_lists_value = d.pop("PreGeneratedCouponLists", UNSET)
        pre_generated_coupon_lists: list[PreGeneratedCouponList] | None | Unset
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
