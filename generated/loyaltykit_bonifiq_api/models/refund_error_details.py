from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="RefundErrorDetails")


@_attrs_define
class RefundErrorDetails:
    """Filled when a (partial) refund was rejected; the order must not be updated locally."""

    code: None | str = None
    """ e.g. VALUE_MISMATCH """
    message: None | str = None
    field: None | str = None
    product_original_id: None | str = None
    expected_value: Decimal | None = None
    actual_value: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "code",
                "message",
                "field",
                "product_original_id",
                "expected_value",
                "actual_value",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        code: None | str
        code = self.code

        message: None | str
        message = self.message

        field: None | str
        field = self.field

        product_original_id: None | str
        product_original_id = self.product_original_id

        expected_value: Decimal | None
        expected_value = self.expected_value

        actual_value: Decimal | None
        actual_value = self.actual_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Code": code,
                "Message": message,
                "Field": field,
                "ProductOriginalId": product_original_id,
                "ExpectedValue": expected_value,
                "ActualValue": actual_value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code: None | str = d.pop("Code", None)

        message: None | str = d.pop("Message", None)

        field: None | str = d.pop("Field", None)

        product_original_id: None | str = d.pop("ProductOriginalId", None)

        _expected_value_value = d.pop("ExpectedValue", None)
        expected_value: Decimal | None
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

        _actual_value_value = d.pop("ActualValue", None)
        actual_value: Decimal | None
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
