from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="RefundErrorDetails")


@_attrs_define
class RefundErrorDetails:
    """Filled when a (partial) refund was rejected; the order must not be updated locally."""

    code: None | str | Unset = UNSET
    """ e.g. VALUE_MISMATCH """
    message: None | str | Unset = UNSET
    field: None | str | Unset = UNSET
    product_original_id: None | str | Unset = UNSET
    expected_value: Decimal | None | Unset = UNSET
    actual_value: Decimal | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field: None | str | Unset
        if isinstance(self.field, Unset):
            field = UNSET
        else:
            field = self.field

        product_original_id: None | str | Unset
        if isinstance(self.product_original_id, Unset):
            product_original_id = UNSET
        else:
            product_original_id = self.product_original_id

        expected_value: Decimal | None | Unset
        if isinstance(self.expected_value, Unset):
            expected_value = UNSET
        else:
            expected_value = self.expected_value

        actual_value: Decimal | None | Unset
        if isinstance(self.actual_value, Unset):
            actual_value = UNSET
        else:
            actual_value = self.actual_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["Code"] = code
        if message is not UNSET:
            field_dict["Message"] = message
        if field is not UNSET:
            field_dict["Field"] = field
        if product_original_id is not UNSET:
            field_dict["ProductOriginalId"] = product_original_id
        if expected_value is not UNSET:
            field_dict["ExpectedValue"] = expected_value
        if actual_value is not UNSET:
            field_dict["ActualValue"] = actual_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code: None | str | Unset = d.pop("Code", UNSET)

        message: None | str | Unset = d.pop("Message", UNSET)

        field: None | str | Unset = d.pop("Field", UNSET)

        product_original_id: None | str | Unset = d.pop("ProductOriginalId", UNSET)

        _expected_value_value = d.pop("ExpectedValue", UNSET)
        expected_value: Decimal | None | Unset
        if _expected_value_value is None or isinstance(_expected_value_value, Unset):
            expected_value = _expected_value_value
        else:
            if not (
                isinstance(_expected_value_value, (int, float, Decimal, str))
                and not isinstance(_expected_value_value, bool)
            ):
                raise TypeError()
            expected_value_type_0 = to_decimal(_expected_value_value)

            expected_value = expected_value_type_0

        _actual_value_value = d.pop("ActualValue", UNSET)
        actual_value: Decimal | None | Unset
        if _actual_value_value is None or isinstance(_actual_value_value, Unset):
            actual_value = _actual_value_value
        else:
            if not (
                isinstance(_actual_value_value, (int, float, Decimal, str))
                and not isinstance(_actual_value_value, bool)
            ):
                raise TypeError()
            actual_value_type_0 = to_decimal(_actual_value_value)

            actual_value = actual_value_type_0

        refund_error_details = cls(
            code=code,
            message=message,
            field=field,
            product_original_id=product_original_id,
            expected_value=expected_value,
            actual_value=actual_value,
        )

        refund_error_details.additional_properties = d
        return refund_error_details

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
