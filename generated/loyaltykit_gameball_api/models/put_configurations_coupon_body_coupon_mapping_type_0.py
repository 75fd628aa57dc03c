from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PutConfigurationsCouponBodyCouponMappingType0")


@_attrs_define
class PutConfigurationsCouponBodyCouponMappingType0:
    """A dictionary mapping coupon attributes to specific keys in your system."""

    fixed: None | str | Unset = UNSET
    """ The internal naming for the fixed discount codes in your system. """
    percentage: None | str | Unset = UNSET
    """ The internal naming for the percentage discount codes in your system. """
    free_product: None | str | Unset = UNSET
    """ The internal naming for the free product discount codes in your system. """
    free_shipping: None | str | Unset = UNSET
    """ The internal naming for the free shipping discount codes in your system. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "fixed",
                "percentage",
                "free_product",
                "free_shipping",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        fixed: None | str | Unset
        if isinstance(self.fixed, Unset):
            fixed = UNSET
        else:
            fixed = self.fixed

        percentage: None | str | Unset
        if isinstance(self.percentage, Unset):
            percentage = UNSET
        else:
            percentage = self.percentage

        free_product: None | str | Unset
        if isinstance(self.free_product, Unset):
            free_product = UNSET
        else:
            free_product = self.free_product

        free_shipping: None | str | Unset
        if isinstance(self.free_shipping, Unset):
            free_shipping = UNSET
        else:
            free_shipping = self.free_shipping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if fixed is not UNSET:
            field_dict["fixed"] = fixed
        if percentage is not UNSET:
            field_dict["percentage"] = percentage
        if free_product is not UNSET:
            field_dict["freeProduct"] = free_product
        if free_shipping is not UNSET:
            field_dict["freeShipping"] = free_shipping

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fixed: None | str | Unset = d.pop("fixed", UNSET)

        percentage: None | str | Unset = d.pop("percentage", UNSET)

        free_product: None | str | Unset = d.pop("freeProduct", UNSET)

        free_shipping: None | str | Unset = d.pop("freeShipping", UNSET)

        put_configurations_coupon_body_coupon_mapping_type_0 = cls(
            fixed=fixed,
            percentage=percentage,
            free_product=free_product,
            free_shipping=free_shipping,
        )

        put_configurations_coupon_body_coupon_mapping_type_0.additional_properties = d
        return put_configurations_coupon_body_coupon_mapping_type_0

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
