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

        def _parse_type_(data: object) -> CouponTypeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            type_type_0 = CouponTypeType0(data)

            return type_type_0

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            value_type_0 = to_decimal(data)

            return value_type_0

        value = _parse_value(d.pop("value", UNSET))

        def _parse_usage_limit(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            usage_limit_type_0 = to_decimal(data)

            return usage_limit_type_0

        usage_limit = _parse_usage_limit(d.pop("usageLimit", UNSET))

        def _parse_limit_per_customer(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            limit_per_customer_type_0 = to_decimal(data)

            return limit_per_customer_type_0

        limit_per_customer = _parse_limit_per_customer(d.pop("limitPerCustomer", UNSET))

        def _parse_start_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            start_date_type_0 = datetime.datetime.fromisoformat(data)

            return start_date_type_0

        start_date = _parse_start_date(d.pop("startDate", UNSET))

        def _parse_expiry_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            expiry_date_type_0 = datetime.datetime.fromisoformat(data)

            return expiry_date_type_0

        expiry_date = _parse_expiry_date(d.pop("expiryDate", UNSET))

        def _parse_capping(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            capping_type_0 = to_decimal(data)

            return capping_type_0

        capping = _parse_capping(d.pop("capping", UNSET))

        def _parse_min_reward(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            min_reward_type_0 = to_decimal(data)

            return min_reward_type_0

        min_reward = _parse_min_reward(d.pop("minReward", UNSET))

        def _parse_min_order_value(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            min_order_value_type_0 = to_decimal(data)

            return min_order_value_type_0

        min_order_value = _parse_min_order_value(d.pop("minOrderValue", UNSET))

        def _parse_entitled_product_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            entitled_product_ids_type_0 = cast(list[str], data)

            return entitled_product_ids_type_0

        entitled_product_ids = _parse_entitled_product_ids(d.pop("entitledProductIds", UNSET))

        def _parse_entitled_variant_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            entitled_variant_ids_type_0 = cast(list[str], data)

            return entitled_variant_ids_type_0

        entitled_variant_ids = _parse_entitled_variant_ids(d.pop("entitledVariantIds", UNSET))

        def _parse_entitled_collection_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            entitled_collection_ids_type_0 = cast(list[str], data)

            return entitled_collection_ids_type_0

        entitled_collection_ids = _parse_entitled_collection_ids(d.pop("entitledCollectionIds", UNSET))

        def _parse_entitled_merchant_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            entitled_merchant_ids_type_0 = cast(list[str], data)

            return entitled_merchant_ids_type_0

        entitled_merchant_ids = _parse_entitled_merchant_ids(d.pop("entitledMerchantIds", UNSET))

        def _parse_combines_with(data: object) -> CouponCombinesWithType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            combines_with_type_0 = CouponCombinesWithType0.from_dict(data)

            return combines_with_type_0

        combines_with = _parse_combines_with(d.pop("combinesWith", UNSET))

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
