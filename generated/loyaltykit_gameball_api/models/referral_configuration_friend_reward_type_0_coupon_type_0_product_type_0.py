from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ReferralConfigurationFriendRewardType0CouponType0ProductType0")


@_attrs_define
class ReferralConfigurationFriendRewardType0CouponType0ProductType0:
    product_id: None | str = None
    """ The unique identifier for the product. """
    product_name: None | str = None
    """ The name of the product. """
    variant_id: None | str = None
    """ The unique identifier for the product variant. """
    variant_name: None | str = None
    """ The name of the product variant. """
    product_display_name: None | str = None
    """ The display name associated with the product that configured on the dashboard based on required language.
    """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "product_id",
                "product_name",
                "variant_id",
                "variant_name",
                "product_display_name",
            ),
            frozenset(("product_display_name",)),
        )

    def to_dict(self) -> dict[str, Any]:
        product_id: None | str
        product_id = self.product_id

        product_name: None | str
        product_name = self.product_name

        variant_id: None | str
        variant_id = self.variant_id

        variant_name: None | str
        variant_name = self.variant_name

        product_display_name: None | str
        product_display_name = self.product_display_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "productId": product_id,
                "productName": product_name,
                "variantId": variant_id,
                "variantName": variant_name,
                "productDisplayName": product_display_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id: None | str = d.pop("productId", None)

        product_name: None | str = d.pop("productName", None)

        variant_id: None | str = d.pop("variantId", None)

        variant_name: None | str = d.pop("variantName", None)

        product_display_name: None | str = d.pop("productDisplayName", None)

        referral_configuration_friend_reward_type_0_coupon_type_0_product_type_0 = cls(
            product_id=product_id,
            product_name=product_name,
            variant_id=variant_id,
            variant_name=variant_name,
            product_display_name=product_display_name,
        )

        referral_configuration_friend_reward_type_0_coupon_type_0_product_type_0.additional_properties = d
        return referral_configuration_friend_reward_type_0_coupon_type_0_product_type_0

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
