from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coupon_type import CouponType
from ..types import Unset, model_repr

T = TypeVar("T", bound="PreGeneratedCouponList")


@_attrs_define
class PreGeneratedCouponList:
    id: int | None = None
    list_name: None | str = None
    pre_generated_coupons: list[PreGeneratedCoupon] | None = None
    is_internal_list: bool | None = None
    coupons_type: CouponType | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "id",
                "list_name",
                "pre_generated_coupons",
                "is_internal_list",
                "coupons_type",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        id: int | None
        id = self.id

        list_name: None | str
        list_name = self.list_name

        pre_generated_coupons: list[dict[str, Any]] | None
        if isinstance(self.pre_generated_coupons, list):
            pre_generated_coupons = []
            for pre_generated_coupons_type_0_item_data in self.pre_generated_coupons:
                pre_generated_coupons_type_0_item = pre_generated_coupons_type_0_item_data.to_dict()
                pre_generated_coupons.append(pre_generated_coupons_type_0_item)

        else:
            pre_generated_coupons = self.pre_generated_coupons

        is_internal_list: bool | None
        is_internal_list = self.is_internal_list

        coupons_type: int | None
        if isinstance(self.coupons_type, CouponType):
            coupons_type = self.coupons_type.value
        else:
            coupons_type = self.coupons_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "ListName": list_name,
                "PreGeneratedCoupons": pre_generated_coupons,
                "IsInternalList": is_internal_list,
                "CouponsType": coupons_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None = d.pop("Id", None)

        list_name: None | str = d.pop("ListName", None)

        _pre_generated_coupons_value = d.pop("PreGeneratedCoupons", None)
        pre_generated_coupons: list[PreGeneratedCoupon] | None
        if _pre_generated_coupons_value is None or isinstance(_pre_generated_coupons_value, Unset):
            pre_generated_coupons = _pre_generated_coupons_value
        else:
            if not isinstance(_pre_generated_coupons_value, list):
                raise TypeError()
            pre_generated_coupons_type_0 = []
            _pre_generated_coupons_type_0 = _pre_generated_coupons_value
            for pre_generated_coupons_type_0_item_data in _pre_generated_coupons_type_0:
                pre_generated_coupons_type_0_item = PreGeneratedCoupon.from_dict(pre_generated_coupons_type_0_item_data)

                pre_generated_coupons_type_0.append(pre_generated_coupons_type_0_item)

            pre_generated_coupons = pre_generated_coupons_type_0

        is_internal_list: bool | None = d.pop("IsInternalList", None)

        _coupons_type_value = d.pop("CouponsType", None)
        coupons_type: CouponType | None
        if _coupons_type_value is None or isinstance(_coupons_type_value, Unset):
            coupons_type = _coupons_type_value
        else:
            if not isinstance(_coupons_type_value, int):
                raise TypeError()
            coupons_type_type_0 = CouponType(_coupons_type_value)

            coupons_type = coupons_type_type_0

        pre_generated_coupon_list = cls(
            id=id,
            list_name=list_name,
            pre_generated_coupons=pre_generated_coupons,
            is_internal_list=is_internal_list,
            coupons_type=coupons_type,
        )

        pre_generated_coupon_list.additional_properties = d
        return pre_generated_coupon_list

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


from ..models.pre_generated_coupon import PreGeneratedCoupon
