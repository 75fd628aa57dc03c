from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0ProductType0")


@_attrs_define
class GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0ProductType0:
    """Product information for free product coupons."""

    product_id: None | str | Unset = UNSET
    """ The unique identifier for the product. """
    product_name: None | str | Unset = UNSET
    """ The name of the product. """
    variant_id: None | str | Unset = UNSET
    """ The unique identifier for the product variant. """
    variant_name: None | str | Unset = UNSET
    """ The name of the product variant. """
    product_display_name: None | str | Unset = UNSET
    """ The display name associated with the product that configured on the dashboard based on required language.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product_name: None | str | Unset
        if isinstance(self.product_name, Unset):
            product_name = UNSET
        else:
            product_name = self.product_name

        variant_id: None | str | Unset
        if isinstance(self.variant_id, Unset):
            variant_id = UNSET
        else:
            variant_id = self.variant_id

        variant_name: None | str | Unset
        if isinstance(self.variant_name, Unset):
            variant_name = UNSET
        else:
            variant_name = self.variant_name

        product_display_name: None | str | Unset
        if isinstance(self.product_display_name, Unset):
            product_display_name = UNSET
        else:
            product_display_name = self.product_display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if variant_id is not UNSET:
            field_dict["variantId"] = variant_id
        if variant_name is not UNSET:
            field_dict["variantName"] = variant_name
        if product_display_name is not UNSET:
            field_dict["productDisplayName"] = product_display_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id: None | str | Unset = d.pop("productId", UNSET)

        product_name: None | str | Unset = d.pop("productName", UNSET)

        variant_id: None | str | Unset = d.pop("variantId", UNSET)

        variant_name: None | str | Unset = d.pop("variantName", UNSET)

        product_display_name: None | str | Unset = d.pop("productDisplayName", UNSET)

        get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_product_type_0 = cls(
            product_id=product_id,
            product_name=product_name,
            variant_id=variant_id,
            variant_name=variant_name,
            product_display_name=product_display_name,
        )

        get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_product_type_0.additional_properties = d
        return get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_product_type_0

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
