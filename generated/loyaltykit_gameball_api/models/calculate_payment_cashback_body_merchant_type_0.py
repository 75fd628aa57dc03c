from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="CalculatePaymentCashbackBodyMerchantType0")


@_attrs_define
class CalculatePaymentCashbackBodyMerchantType0:
    """Details about the specific merchant involved in the payment, particularly useful for businesses managing multiple
    merchants or branches under the same Gameball account.

    """

    unique_id: None | str | Unset = UNSET
    """ Unique identifier for the merchant. """
    name: None | str | Unset = UNSET
    """ Name of the merchant. """
    branch: CalculatePaymentCashbackBodyMerchantType0BranchType0 | None | Unset = UNSET
    """ Branch information where the payment took place. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "unique_id",
                "name",
                "branch",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        unique_id: None | str | Unset
        if isinstance(self.unique_id, Unset):
            unique_id = UNSET
        else:
            unique_id = self.unique_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        branch: dict[str, Any] | None | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        elif isinstance(self.branch, CalculatePaymentCashbackBodyMerchantType0BranchType0):
            branch = self.branch.to_dict()
        else:
            branch = self.branch

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if unique_id is not UNSET:
            field_dict["uniqueId"] = unique_id
        if name is not UNSET:
            field_dict["name"] = name
        if branch is not UNSET:
            field_dict["branch"] = branch

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        unique_id: None | str | Unset = d.pop("uniqueId", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        _branch_value = d.pop("branch", UNSET)
        branch: CalculatePaymentCashbackBodyMerchantType0BranchType0 | None | Unset
        if _branch_value is None or isinstance(_branch_value, Unset):
            branch = _branch_value
        else:
            if not isinstance(_branch_value, dict):
                raise TypeError()
            branch_type_0 = CalculatePaymentCashbackBodyMerchantType0BranchType0.from_dict(_branch_value)

            branch = branch_type_0

        calculate_payment_cashback_body_merchant_type_0 = cls(
            unique_id=unique_id,
            name=name,
            branch=branch,
        )

        calculate_payment_cashback_body_merchant_type_0.additional_properties = d
        return calculate_payment_cashback_body_merchant_type_0

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


from ..models.calculate_payment_cashback_body_merchant_type_0_branch_type_0 import (
    CalculatePaymentCashbackBodyMerchantType0BranchType0,
)
