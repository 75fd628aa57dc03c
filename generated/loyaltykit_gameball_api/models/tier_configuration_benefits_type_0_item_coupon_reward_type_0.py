from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="TierConfigurationBenefitsType0ItemCouponRewardType0")


@_attrs_define
class TierConfigurationBenefitsType0ItemCouponRewardType0:
    """A coupon object that is awarded to the customer."""

    coupon_type: None | str = None
    """ The type of coupon applied. Possible values include: free_shipping, percentage_discount, fixed_discount,
    fixed_rate_discount, free_product, custom. """
    discount_value: Decimal | None = None
    """ The value of the discount provided by the coupon in case the coupon type is fixed_discount,
    percentage_discount or fixed_rate_discount. """
    product: None | TierConfigurationBenefitsType0ItemCouponRewardType0ProductType0 = None
    collections: list[TierConfigurationBenefitsType0ItemCouponRewardType0CollectionsType0Item] | None = None
    """ A list of collection IDs that the coupon can be applied to. """
    group: None | TierConfigurationBenefitsType0ItemCouponRewardType0GroupType0 = None
    options: None | TierConfigurationBenefitsType0ItemCouponRewardType0OptionsType0 = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "coupon_type",
                "discount_value",
                "product",
                "collections",
                "group",
                "options",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        coupon_type: None | str
        coupon_type = self.coupon_type

        discount_value: Decimal | None
        discount_value = self.discount_value

        product: dict[str, Any] | None
        if isinstance(self.product, TierConfigurationBenefitsType0ItemCouponRewardType0ProductType0):
            product = self.product.to_dict()
        else:
            product = self.product

        collections: list[dict[str, Any]] | None
        if isinstance(self.collections, list):
            collections = []
            for collections_type_0_item_data in self.collections:
                collections_type_0_item = collections_type_0_item_data.to_dict()
                collections.append(collections_type_0_item)

        else:
            collections = self.collections

        group: dict[str, Any] | None
        if isinstance(self.group, TierConfigurationBenefitsType0ItemCouponRewardType0GroupType0):
            group = self.group.to_dict()
        else:
            group = self.group

        options: dict[str, Any] | None
        if isinstance(self.options, TierConfigurationBenefitsType0ItemCouponRewardType0OptionsType0):
            options = self.options.to_dict()
        else:
            options = self.options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "couponType": coupon_type,
                "discountValue": discount_value,
                "product": product,
                "collections": collections,
                "group": group,
                "options": options,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        coupon_type: None | str = d.pop("couponType", None)

        _discount_value_value = d.pop("discountValue", None)
        discount_value: Decimal | None
        if _discount_value_value is None or isinstance(_discount_value_value, Unset):
            discount_value = _discount_value_value
        else:
            if not (
                isinstance(_discount_value_value, (int, float, Decimal, str))
                and not isinstance(_discount_value_value, bool)
            ):
                raise TypeError()
            discount_value_type_0 = to_decimal(_discount_value_value)

            discount_value = discount_value_type_0

        _product_value = d.pop("product", None)
        product: None | TierConfigurationBenefitsType0ItemCouponRewardType0ProductType0
        if _product_value is None or isinstance(_product_value, Unset):
            product = _product_value
        else:
            if not isinstance(_product_value, dict):
                raise TypeError()
            product_type_0 = TierConfigurationBenefitsType0ItemCouponRewardType0ProductType0.from_dict(_product_value)

            product = product_type_0

        _collections_value = d.pop("collections", None)
        collections: list[TierConfigurationBenefitsType0ItemCouponRewardType0CollectionsType0Item] | None
        if _collections_value is None or isinstance(_collections_value, Unset):
            collections = _collections_value
        else:
            if not isinstance(_collections_value, list):
                raise TypeError()
            collections_type_0 = []
            _collections_type_0 = _collections_value
            for collections_type_0_item_data in _collections_type_0:
                collections_type_0_item = (
                    TierConfigurationBenefitsType0ItemCouponRewardType0CollectionsType0Item.from_dict(
                        collections_type_0_item_data
                    )
                )

                collections_type_0.append(collections_type_0_item)

            collections = collections_type_0

        _group_value = d.pop("group", None)
        group: None | TierConfigurationBenefitsType0ItemCouponRewardType0GroupType0
        if _group_value is None or isinstance(_group_value, Unset):
            group = _group_value
        else:
            if not isinstance(_group_value, dict):
                raise TypeError()
            group_type_0 = TierConfigurationBenefitsType0ItemCouponRewardType0GroupType0.from_dict(_group_value)

            group = group_type_0

        _options_value = d.pop("options", None)
        options: None | TierConfigurationBenefitsType0ItemCouponRewardType0OptionsType0
        if _options_value is None or isinstance(_options_value, Unset):
            options = _options_value
        else:
            if not isinstance(_options_value, dict):
                raise TypeError()
            options_type_0 = TierConfigurationBenefitsType0ItemCouponRewardType0OptionsType0.from_dict(_options_value)

            options = options_type_0

        tier_configuration_benefits_type_0_item_coupon_reward_type_0 = cls(
            coupon_type=coupon_type,
            discount_value=discount_value,
            product=product,
            collections=collections,
            group=group,
            options=options,
        )

        tier_configuration_benefits_type_0_item_coupon_reward_type_0.additional_properties = d
        return tier_configuration_benefits_type_0_item_coupon_reward_type_0

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


from ..models.tier_configuration_benefits_type_0_item_coupon_reward_type_0_collections_type_0_item import (
    TierConfigurationBenefitsType0ItemCouponRewardType0CollectionsType0Item,
)
from ..models.tier_configuration_benefits_type_0_item_coupon_reward_type_0_group_type_0 import (
    TierConfigurationBenefitsType0ItemCouponRewardType0GroupType0,
)
from ..models.tier_configuration_benefits_type_0_item_coupon_reward_type_0_options_type_0 import (
    TierConfigurationBenefitsType0ItemCouponRewardType0OptionsType0,
)
from ..models.tier_configuration_benefits_type_0_item_coupon_reward_type_0_product_type_0 import (
    TierConfigurationBenefitsType0ItemCouponRewardType0ProductType0,
)
