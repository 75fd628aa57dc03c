from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="GetConfigurationsCouponResponse200CouponMappingType0")


@_attrs_define
class GetConfigurationsCouponResponse200CouponMappingType0:
    """A dictionary mapping coupon types to specific keys in your system."""

    fixed: None | str = None
    """ The internal naming for the fixed discount codes in your system. """
    percentage: None | str = None
    """ The internal naming for the percentage discount codes in your system. """
    free_product: None | str = None
    """ The internal naming for the free product discount codes in your system. """
    free_shipping: None | str = None
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
        fixed: None | str
        fixed = self.fixed

        percentage: None | str
        percentage = self.percentage

        free_product: None | str
        free_product = self.free_product

        free_shipping: None | str
        free_shipping = self.free_shipping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "fixed": fixed,
                "percentage": percentage,
                "freeProduct": free_product,
                "freeShipping": free_shipping,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        fixed: None | str = d.pop("fixed", None)

        percentage: None | str = d.pop("percentage", None)

        free_product: None | str = d.pop("freeProduct", None)

        free_shipping: None | str = d.pop("freeShipping", None)

        get_configurations_coupon_response_200_coupon_mapping_type_0 = cls(
            fixed=fixed,
            percentage=percentage,
            free_product=free_product,
            free_shipping=free_shipping,
        )

        get_configurations_coupon_response_200_coupon_mapping_type_0.additional_properties = d
        return get_configurations_coupon_response_200_coupon_mapping_type_0

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
