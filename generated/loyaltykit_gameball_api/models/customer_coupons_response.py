from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="CustomerCouponsResponse")


@_attrs_define
class CustomerCouponsResponse:
    coupons: list[CustomerCouponsResponseCouponsType0Item] | None = None
    """ List of coupon objects associated with the customer """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("coupons",),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        coupons: list[dict[str, Any]] | None
        if isinstance(self.coupons, list):
            coupons = []
            for coupons_type_0_item_data in self.coupons:
                coupons_type_0_item = coupons_type_0_item_data.to_dict()
                coupons.append(coupons_type_0_item)

        else:
            coupons = self.coupons

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "coupons": coupons,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _coupons_value = d.pop("coupons", None)
        coupons: list[CustomerCouponsResponseCouponsType0Item] | None
        if _coupons_value is None or isinstance(_coupons_value, Unset):
            coupons = _coupons_value
        else:
            if not isinstance(_coupons_value, list):
                raise TypeError()
            coupons_type_0 = []
            _coupons_type_0 = _coupons_value
            for coupons_type_0_item_data in _coupons_type_0:
                coupons_type_0_item = CustomerCouponsResponseCouponsType0Item.from_dict(coupons_type_0_item_data)

                coupons_type_0.append(coupons_type_0_item)

            coupons = coupons_type_0

        customer_coupons_response = cls(
            coupons=coupons,
        )

        customer_coupons_response.additional_properties = d
        return customer_coupons_response

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


from ..models.customer_coupons_response_coupons_type_0_item import CustomerCouponsResponseCouponsType0Item
