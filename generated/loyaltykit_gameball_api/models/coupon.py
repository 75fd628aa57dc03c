from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_type_type_0 import CouponTypeType0
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="Coupon")


@_attrs_define
class Coupon:
    code: None | str | Unset = UNSET
    """ The generated coupon code that the customer will use. """
    type_: CouponTypeType0 | None | Unset = UNSET
    value: Decimal | None | Unset = UNSET
    """ The monetary value or percentage value of the coupon, depending on its type. """
    usage_limit: Decimal | None | Unset = UNSET
    """ The total number of times the coupon can be used across all customers. """
    limit_per_customer: Decimal | None | Unset = UNSET
    """ The number of times a single customer can use the coupon. """
    start_date: datetime.datetime | None | Unset = UNSET
    """ The date and time when the coupon becomes valid and can be used. """
    expiry_date: datetime.datetime | None | Unset = UNSET
    """ The date and time when the coupon will expire and no longer be valid. """
    capping: Decimal | None | Unset = UNSET
    """ The maximum discount or value cap that the coupon can offer, even if the discount calculation exceeds this
    value. """
    min_reward: Decimal | None | Unset = UNSET
    """ Specifies the minimum discount value a customer is guaranteed to receive when using a percentage-based
    discount coupon. """
    min_order_value: Decimal | None | Unset = UNSET
    """ The minimum order value required for the coupon to be applied. """
    entitled_product_ids: list[str] | None | Unset = UNSET
    """ A list of product IDs that are eligible for the coupon. """
    entitled_variant_ids: list[str] | None | Unset = UNSET
    """ A list of product variant IDs that are eligible for the coupon. """
    entitled_collection_ids: list[str] | None | Unset = UNSET
    """ A list of collection IDs that are eligible for the coupon. """
    entitled_merchant_ids: list[str] | None | Unset = UNSET
    """ A list of merchant external IDs that are eligible to redeem the coupon. """
    combines_with: CouponCombinesWithType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, CouponTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        value: Decimal | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        usage_limit: Decimal | None | Unset
        if isinstance(self.usage_limit, Unset):
            usage_limit = UNSET
        else:
            usage_limit = self.usage_limit

        limit_per_customer: Decimal | None | Unset
        if isinstance(self.limit_per_customer, Unset):
            limit_per_customer = UNSET
        else:
            limit_per_customer = self.limit_per_customer

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        capping: Decimal | None | Unset
        if isinstance(self.capping, Unset):
            capping = UNSET
        else:
            capping = self.capping

        min_reward: Decimal | None | Unset
        if isinstance(self.min_reward, Unset):
            min_reward = UNSET
        else:
            min_reward = self.min_reward

        min_order_value: Decimal | None | Unset
        if isinstance(self.min_order_value, Unset):
            min_order_value = UNSET
        else:
            min_order_value = self.min_order_value

        entitled_product_ids: list[str] | None | Unset
        if isinstance(self.entitled_product_ids, Unset):
            entitled_product_ids = UNSET
        elif isinstance(self.entitled_product_ids, list):
            entitled_product_ids = self.entitled_product_ids

        else:
            entitled_product_ids = self.entitled_product_ids

        entitled_variant_ids: list[str] | None | Unset
        if isinstance(self.entitled_variant_ids, Unset):
            entitled_variant_ids = UNSET
        elif isinstance(self.entitled_variant_ids, list):
            entitled_variant_ids = self.entitled_variant_ids

        else:
            entitled_variant_ids = self.entitled_variant_ids

        entitled_collection_ids: list[str] | None | Unset
        if isinstance(self.entitled_collection_ids, Unset):
            entitled_collection_ids = UNSET
        elif isinstance(self.entitled_collection_ids, list):
            entitled_collection_ids = self.entitled_collection_ids

        else:
            entitled_collection_ids = self.entitled_collection_ids

        entitled_merchant_ids: list[str] | None | Unset
        if isinstance(self.entitled_merchant_ids, Unset):
            entitled_merchant_ids = UNSET
        elif isinstance(self.entitled_merchant_ids, list):
            entitled_merchant_ids = self.entitled_merchant_ids

        else:
            entitled_merchant_ids = self.entitled_merchant_ids

        combines_with: dict[str, Any] | None | Unset
        if isinstance(self.combines_with, Unset):
            combines_with = UNSET
        elif isinstance(self.combines_with, CouponCombinesWithType0):
            combines_with = self.combines_with.to_dict()
        else:
            combines_with = self.combines_with

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if value is not UNSET:
            field_dict["value"] = value
        if usage_limit is not UNSET:
            field_dict["usageLimit"] = usage_limit
        if limit_per_customer is not UNSET:
            field_dict["limitPerCustomer"] = limit_per_customer
        if start_date is not UNSET:
            field_dict["startDate"] = start_date
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if capping is not UNSET:
            field_dict["capping"] = capping
        if min_reward is not UNSET:
            field_dict["minReward"] = min_reward
        if min_order_value is not UNSET:
            field_dict["minOrderValue"] = min_order_value
        if entitled_product_ids is not UNSET:
            field_dict["entitledProductIds"] = entitled_product_ids
        if entitled_variant_ids is not UNSET:
            field_dict["entitledVariantIds"] = entitled_variant_ids
        if entitled_collection_ids is not UNSET:
            field_dict["entitledCollectionIds"] = entitled_collection_ids
        if entitled_merchant_ids is not UNSET:
            field_dict["entitledMerchantIds"] = entitled_merchant_ids
        if combines_with is not UNSET:
            field_dict["combinesWith"] = combines_with

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code: None | str | Unset = d.pop("code", UNSET)

        _type__value = d.pop("type", UNSET)
        type_: CouponTypeType0 | None | Unset
        if _type__value is None or isinstance(_type__value, Unset):
            type_ = _type__value
        else:
            if not isinstance(_type__value, str):
                raise TypeError()
            type_type_0 = CouponTypeType0(_type__value)

            type_ = type_type_0

        _value_value = d.pop("value", UNSET)
        value: Decimal | None | Unset
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        _usage_limit_value = d.pop("usageLimit", UNSET)
        usage_limit: Decimal | None | Unset
        if _usage_limit_value is None or isinstance(_usage_limit_value, Unset):
            usage_limit = _usage_limit_value
        else:
            if not (
                isinstance(_usage_limit_value, (int, float, Decimal, str)) and not isinstance(_usage_limit_value, bool)
            ):
                raise TypeError()
            usage_limit_type_0 = to_decimal(_usage_limit_value)

            usage_limit = usage_limit_type_0

        _limit_per_customer_value = d.pop("limitPerCustomer", UNSET)
        limit_per_customer: Decimal | None | Unset
        if _limit_per_customer_value is None or isinstance(_limit_per_customer_value, Unset):
            limit_per_customer = _limit_per_customer_value
        else:
            if not (
                isinstance(_limit_per_customer_value, (int, float, Decimal, str))
                and not isinstance(_limit_per_customer_value, bool)
            ):
                raise TypeError()
            limit_per_customer_type_0 = to_decimal(_limit_per_customer_value)

            limit_per_customer = limit_per_customer_type_0

        _start_date_value = d.pop("startDate", UNSET)
        start_date: datetime.datetime | None | Unset
        if _start_date_value is None or isinstance(_start_date_value, Unset):
            start_date = _start_date_value
        else:
            if not isinstance(_start_date_value, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(_start_date_value)

            start_date = start_date_type_0

        _expiry_date_value = d.pop("expiryDate", UNSET)
        expiry_date: datetime.datetime | None | Unset
        if _expiry_date_value is None or isinstance(_expiry_date_value, Unset):
            expiry_date = _expiry_date_value
        else:
            if not isinstance(_expiry_date_value, str):
                raise TypeError()
            expiry_date_type_0 = datetime.datetime.fromisoformat(_expiry_date_value)

            expiry_date = expiry_date_type_0

        _capping_value = d.pop("capping", UNSET)
        capping: Decimal | None | Unset
        if _capping_value is None or isinstance(_capping_value, Unset):
            capping = _capping_value
        else:
            if not (isinstance(_capping_value, (int, float, Decimal, str)) and not isinstance(_capping_value, bool)):
                raise TypeError()
            capping_type_0 = to_decimal(_capping_value)

            capping = capping_type_0

        _min_reward_value = d.pop("minReward", UNSET)
        min_reward: Decimal | None | Unset
        if _min_reward_value is None or isinstance(_min_reward_value, Unset):
            min_reward = _min_reward_value
        else:
            if not (
                isinstance(_min_reward_value, (int, float, Decimal, str)) and not isinstance(_min_reward_value, bool)
            ):
                raise TypeError()
            min_reward_type_0 = to_decimal(_min_reward_value)

            min_reward = min_reward_type_0

        _min_order_value_value = d.pop("minOrderValue", UNSET)
        min_order_value: Decimal | None | Unset
        if _min_order_value_value is None or isinstance(_min_order_value_value, Unset):
            min_order_value = _min_order_value_value
        else:
            if not (
                isinstance(_min_order_value_value, (int, float, Decimal, str))
                and not isinstance(_min_order_value_value, bool)
            ):
                raise TypeError()
            min_order_value_type_0 = to_decimal(_min_order_value_value)

            min_order_value = min_order_value_type_0

        _entitled_product_ids_value = d.pop("entitledProductIds", UNSET)
        entitled_product_ids: list[str] | None | Unset
        if _entitled_product_ids_value is None or isinstance(_entitled_product_ids_value, Unset):
            entitled_product_ids = _entitled_product_ids_value
        else:
            if not isinstance(_entitled_product_ids_value, list):
                raise TypeError()
            entitled_product_ids_type_0 = cast(list[str], _entitled_product_ids_value)

            entitled_product_ids = entitled_product_ids_type_0

        _entitled_variant_ids_value = d.pop("entitledVariantIds", UNSET)
        entitled_variant_ids: list[str] | None | Unset
        if _entitled_variant_ids_value is None or isinstance(_entitled_variant_ids_value, Unset):
            entitled_variant_ids = _entitled_variant_ids_value
        else:
            if not isinstance(_entitled_variant_ids_value, list):
                raise TypeError()
            entitled_variant_ids_type_0 = cast(list[str], _entitled_variant_ids_value)

            entitled_variant_ids = entitled_variant_ids_type_0

        _entitled_collection_ids_value = d.pop("entitledCollectionIds", UNSET)
        entitled_collection_ids: list[str] | None | Unset
        if _entitled_collection_ids_value is None or isinstance(_entitled_collection_ids_value, Unset):
            entitled_collection_ids = _entitled_collection_ids_value
        else:
            if not isinstance(_entitled_collection_ids_value, list):
                raise TypeError()
            entitled_collection_ids_type_0 = cast(list[str], _entitled_collection_ids_value)

            entitled_collection_ids = entitled_collection_ids_type_0

        _entitled_merchant_ids_value = d.pop("entitledMerchantIds", UNSET)
        entitled_merchant_ids: list[str] | None | Unset
        if _entitled_merchant_ids_value is None or isinstance(_entitled_merchant_ids_value, Unset):
            entitled_merchant_ids = _entitled_merchant_ids_value
        else:
            if not isinstance(_entitled_merchant_ids_value, list):
                raise TypeError()
            entitled_merchant_ids_type_0 = cast(list[str], _entitled_merchant_ids_value)

            entitled_merchant_ids = entitled_merchant_ids_type_0

        _combines_with_value = d.pop("combinesWith", UNSET)
        combines_with: CouponCombinesWithType0 | None | Unset
        if _combines_with_value is None or isinstance(_combines_with_value, Unset):
            combines_with = _combines_with_value
        else:
            if not isinstance(_combines_with_value, dict):
                raise TypeError()
            combines_with_type_0 = CouponCombinesWithType0.from_dict(_combines_with_value)

            combines_with = combines_with_type_0

        coupon = cls(
            code=code,
            type_=type_,
            value=value,
            usage_limit=usage_limit,
            limit_per_customer=limit_per_customer,
            start_date=start_date,
            expiry_date=expiry_date,
            capping=capping,
            min_reward=min_reward,
            min_order_value=min_order_value,
            entitled_product_ids=entitled_product_ids,
            entitled_variant_ids=entitled_variant_ids,
            entitled_collection_ids=entitled_collection_ids,
            entitled_merchant_ids=entitled_merchant_ids,
            combines_with=combines_with,
        )

        coupon.additional_properties = d
        return coupon

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


from ..models.coupon_combines_with_type_0 import CouponCombinesWithType0
