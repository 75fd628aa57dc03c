from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_type_type_0 import CouponTypeType0
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="Coupon")


@_attrs_define
class Coupon:
    code: None | str = None
    """ The generated coupon code that the customer will use. """
    type_: CouponTypeType0 | None = None
    value: Decimal | None = None
    """ The monetary value or percentage value of the coupon, depending on its type. """
    usage_limit: Decimal | None = None
    """ The total number of times the coupon can be used across all customers. """
    limit_per_customer: Decimal | None = None
    """ The number of times a single customer can use the coupon. """
    start_date: datetime.datetime | None = None
    """ The date and time when the coupon becomes valid and can be used. """
    expiry_date: datetime.datetime | None = None
    """ The date and time when the coupon will expire and no longer be valid. """
    capping: Decimal | None = None
    """ The maximum discount or value cap that the coupon can offer, even if the discount calculation exceeds this
    value. """
    min_reward: Decimal | None = None
    """ Specifies the minimum discount value a customer is guaranteed to receive when using a percentage-based
    discount coupon. """
    min_order_value: Decimal | None = None
    """ The minimum order value required for the coupon to be applied. """
    entitled_product_ids: list[str] | None = None
    """ A list of product IDs that are eligible for the coupon. """
    entitled_variant_ids: list[str] | None = None
    """ A list of product variant IDs that are eligible for the coupon. """
    entitled_collection_ids: list[str] | None = None
    """ A list of collection IDs that are eligible for the coupon. """
    entitled_merchant_ids: list[str] | None = None
    """ A list of merchant external IDs that are eligible to redeem the coupon. """
    combines_with: CouponCombinesWithType0 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "code",
                "type_",
                "value",
                "usage_limit",
                "limit_per_customer",
                "start_date",
                "expiry_date",
                "capping",
                "min_reward",
                "min_order_value",
                "entitled_product_ids",
                "entitled_variant_ids",
                "entitled_collection_ids",
                "entitled_merchant_ids",
                "combines_with",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        type_: None | str
        if isinstance(self.type_, CouponTypeType0):
            type_ = self.type_.value
        else:
            type_ = self.type_

        value: Decimal | None
        value = self.value

        usage_limit: Decimal | None
        usage_limit = self.usage_limit

        limit_per_customer: Decimal | None
        limit_per_customer = self.limit_per_customer

        start_date: None | str
        if isinstance(self.start_date, datetime.datetime):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        expiry_date: None | str
        if isinstance(self.expiry_date, datetime.datetime):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        capping: Decimal | None
        capping = self.capping

        min_reward: Decimal | None
        min_reward = self.min_reward

        min_order_value: Decimal | None
        min_order_value = self.min_order_value

        entitled_product_ids: list[str] | None
        if isinstance(self.entitled_product_ids, list):
            entitled_product_ids = self.entitled_product_ids

        else:
            entitled_product_ids = self.entitled_product_ids

        entitled_variant_ids: list[str] | None
        if isinstance(self.entitled_variant_ids, list):
            entitled_variant_ids = self.entitled_variant_ids

        else:
            entitled_variant_ids = self.entitled_variant_ids

        entitled_collection_ids: list[str] | None
        if isinstance(self.entitled_collection_ids, list):
            entitled_collection_ids = self.entitled_collection_ids

        else:
            entitled_collection_ids = self.entitled_collection_ids

        entitled_merchant_ids: list[str] | None
        if isinstance(self.entitled_merchant_ids, list):
            entitled_merchant_ids = self.entitled_merchant_ids

        else:
            entitled_merchant_ids = self.entitled_merchant_ids

        combines_with: dict[str, Any] | None
        if isinstance(self.combines_with, CouponCombinesWithType0):
            combines_with = self.combines_with.to_dict()
        else:
            combines_with = self.combines_with

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "type": type_,
                "value": value,
                "usageLimit": usage_limit,
                "limitPerCustomer": limit_per_customer,
                "startDate": start_date,
                "expiryDate": expiry_date,
                "capping": capping,
                "minReward": min_reward,
                "minOrderValue": min_order_value,
                "entitledProductIds": entitled_product_ids,
                "entitledVariantIds": entitled_variant_ids,
                "entitledCollectionIds": entitled_collection_ids,
                "entitledMerchantIds": entitled_merchant_ids,
                "combinesWith": combines_with,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code: None | str = d.pop("code", None)

        _type__value = d.pop("type", None)
        type_: CouponTypeType0 | None
        if _type__value is None or isinstance(_type__value, Unset):
            type_ = _type__value
        else:
            if not isinstance(_type__value, str):
                raise TypeError()
            type_type_0 = CouponTypeType0(_type__value)

            type_ = type_type_0

        _value_value = d.pop("value", None)
        value: Decimal | None
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        _usage_limit_value = d.pop("usageLimit", None)
        usage_limit: Decimal | None
        if _usage_limit_value is None or isinstance(_usage_limit_value, Unset):
            usage_limit = _usage_limit_value
        else:
            if not (
                isinstance(_usage_limit_value, (int, float, Decimal, str)) and not isinstance(_usage_limit_value, bool)
            ):
                raise TypeError()
            usage_limit_type_0 = to_decimal(_usage_limit_value)

            usage_limit = usage_limit_type_0

        _limit_per_customer_value = d.pop("limitPerCustomer", None)
        limit_per_customer: Decimal | None
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

        _start_date_value = d.pop("startDate", None)
        start_date: datetime.datetime | None
        if _start_date_value is None or isinstance(_start_date_value, Unset):
            start_date = _start_date_value
        else:
            if not isinstance(_start_date_value, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(_start_date_value)

            start_date = start_date_type_0

        _expiry_date_value = d.pop("expiryDate", None)
        expiry_date: datetime.datetime | None
        if _expiry_date_value is None or isinstance(_expiry_date_value, Unset):
            expiry_date = _expiry_date_value
        else:
            if not isinstance(_expiry_date_value, str):
                raise TypeError()
            expiry_date_type_0 = datetime.datetime.fromisoformat(_expiry_date_value)

            expiry_date = expiry_date_type_0

        _capping_value = d.pop("capping", None)
        capping: Decimal | None
        if _capping_value is None or isinstance(_capping_value, Unset):
            capping = _capping_value
        else:
            if not (isinstance(_capping_value, (int, float, Decimal, str)) and not isinstance(_capping_value, bool)):
                raise TypeError()
            capping_type_0 = to_decimal(_capping_value)

            capping = capping_type_0

        _min_reward_value = d.pop("minReward", None)
        min_reward: Decimal | None
        if _min_reward_value is None or isinstance(_min_reward_value, Unset):
            min_reward = _min_reward_value
        else:
            if not (
                isinstance(_min_reward_value, (int, float, Decimal, str)) and not isinstance(_min_reward_value, bool)
            ):
                raise TypeError()
            min_reward_type_0 = to_decimal(_min_reward_value)

            min_reward = min_reward_type_0

        _min_order_value_value = d.pop("minOrderValue", None)
        min_order_value: Decimal | None
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

        _entitled_product_ids_value = d.pop("entitledProductIds", None)
        entitled_product_ids: list[str] | None
        if _entitled_product_ids_value is None or isinstance(_entitled_product_ids_value, Unset):
            entitled_product_ids = _entitled_product_ids_value
        else:
            if not isinstance(_entitled_product_ids_value, list):
                raise TypeError()
            entitled_product_ids_type_0 = cast(list[str], _entitled_product_ids_value)

            entitled_product_ids = entitled_product_ids_type_0

        _entitled_variant_ids_value = d.pop("entitledVariantIds", None)
        entitled_variant_ids: list[str] | None
        if _entitled_variant_ids_value is None or isinstance(_entitled_variant_ids_value, Unset):
            entitled_variant_ids = _entitled_variant_ids_value
        else:
            if not isinstance(_entitled_variant_ids_value, list):
                raise TypeError()
            entitled_variant_ids_type_0 = cast(list[str], _entitled_variant_ids_value)

            entitled_variant_ids = entitled_variant_ids_type_0

        _entitled_collection_ids_value = d.pop("entitledCollectionIds", None)
        entitled_collection_ids: list[str] | None
        if _entitled_collection_ids_value is None or isinstance(_entitled_collection_ids_value, Unset):
            entitled_collection_ids = _entitled_collection_ids_value
        else:
            if not isinstance(_entitled_collection_ids_value, list):
                raise TypeError()
            entitled_collection_ids_type_0 = cast(list[str], _entitled_collection_ids_value)

            entitled_collection_ids = entitled_collection_ids_type_0

        _entitled_merchant_ids_value = d.pop("entitledMerchantIds", None)
        entitled_merchant_ids: list[str] | None
        if _entitled_merchant_ids_value is None or isinstance(_entitled_merchant_ids_value, Unset):
            entitled_merchant_ids = _entitled_merchant_ids_value
        else:
            if not isinstance(_entitled_merchant_ids_value, list):
                raise TypeError()
            entitled_merchant_ids_type_0 = cast(list[str], _entitled_merchant_ids_value)

            entitled_merchant_ids = entitled_merchant_ids_type_0

        _combines_with_value = d.pop("combinesWith", None)
        combines_with: CouponCombinesWithType0 | None
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
