from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_type import OperationType
from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="ChangeCashbackRequest")


@_attrs_define
class ChangeCashbackRequest:
    """Change Cashback balance from a Customer"""

    reason: str
    """ Information regarding why these cashback are being add/removed. Internal information only. Required. """
    value: Decimal | None | Unset = UNSET
    """ Value (in R$) that will be added or removed from customer`s cashback balance """
    operation_type: None | OperationType | Unset = UNSET
    """ Either is adding or removing cashback from customer """
    change_key: None | str | Unset = UNSET
    """ This is a unique key for this add/remove cashback. If you try to use the same key more than once it will
    result in error """
    customer_reason: None | str | Unset = UNSET
    """ Customer-facing reason displayed in the customer's points history. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "reason",
                "value",
                "operation_type",
                "change_key",
                "customer_reason",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        value: Decimal | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        operation_type: int | None | Unset
        if isinstance(self.operation_type, Unset):
            operation_type = UNSET
        elif isinstance(self.operation_type, OperationType):
            operation_type = self.operation_type.value
        else:
            operation_type = self.operation_type

        change_key: None | str | Unset
        if isinstance(self.change_key, Unset):
            change_key = UNSET
        else:
            change_key = self.change_key

        customer_reason: None | str | Unset
        if isinstance(self.customer_reason, Unset):
            customer_reason = UNSET
        else:
            customer_reason = self.customer_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Reason": reason,
            }
        )
        if value is not UNSET:
            field_dict["Value"] = value
        if operation_type is not UNSET:
            field_dict["OperationType"] = operation_type
        if change_key is not UNSET:
            field_dict["ChangeKey"] = change_key
        if customer_reason is not UNSET:
            field_dict["CustomerReason"] = customer_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        reason = d.pop("Reason")

        _value_value = d.pop("Value", UNSET)
        value: Decimal | None | Unset
        if _value_value is None or isinstance(_value_value, Unset):
            value = _value_value
        else:
            if not (isinstance(_value_value, (int, float, Decimal, str)) and not isinstance(_value_value, bool)):
                raise TypeError()
            value_type_0 = to_decimal(_value_value)

            value = value_type_0

        _operation_type_value = d.pop("OperationType", UNSET)
        operation_type: None | OperationType | Unset
        if _operation_type_value is None or isinstance(_operation_type_value, Unset):
            operation_type = _operation_type_value
        else:
            if not isinstance(_operation_type_value, int):
                raise TypeError()
            operation_type_type_0 = OperationType(_operation_type_value)

            operation_type = operation_type_type_0

        change_key: None | str | Unset = d.pop("ChangeKey", UNSET)

        customer_reason: None | str | Unset = d.pop("CustomerReason", UNSET)

        change_cashback_request = cls(
            reason=reason,
            value=value,
            operation_type=operation_type,
            change_key=change_key,
            customer_reason=customer_reason,
        )

        change_cashback_request.additional_properties = d
        return change_cashback_request

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
