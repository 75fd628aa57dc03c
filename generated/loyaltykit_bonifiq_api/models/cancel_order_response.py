from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_state import OrderState
from ..types import UNSET, Unset

T = TypeVar("T", bound="CancelOrderResponse")


@_attrs_define
class CancelOrderResponse:
    """Order cancel / partial cancel result."""

    is_canceled: bool | None | Unset = UNSET
    """ If true the order was found and Cancelled (note the lower-case `i`, verbatim). """
    updated_at: datetime.datetime | None | Unset = UNSET
    """ The time the order was canceled """
    status: None | OrderState | Unset = UNSET
    """ Order state after the operation (not shown in the POS partialcancel example). """
    refund_error_details: None | RefundErrorDetails | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_canceled: bool | None | Unset
        if isinstance(self.is_canceled, Unset):
            is_canceled = UNSET
        else:
            is_canceled = self.is_canceled

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        status: int | None | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, OrderState):
            status = self.status.value
        else:
            status = self.status

        refund_error_details: dict[str, Any] | None | Unset
        if isinstance(self.refund_error_details, Unset):
            refund_error_details = UNSET
        elif isinstance(self.refund_error_details, RefundErrorDetails):
            refund_error_details = self.refund_error_details.to_dict()
        else:
            refund_error_details = self.refund_error_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_canceled is not UNSET:
            field_dict["isCanceled"] = is_canceled
        if updated_at is not UNSET:
            field_dict["UpdatedAt"] = updated_at
        if status is not UNSET:
            field_dict["Status"] = status
        if refund_error_details is not UNSET:
            field_dict["RefundErrorDetails"] = refund_error_details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_canceled: bool | None | Unset = d.pop("isCanceled", UNSET)

        _updated_at_value = d.pop("UpdatedAt", UNSET)
        updated_at: datetime.datetime | None | Unset
        if _updated_at_value is None or isinstance(_updated_at_value, Unset):
            updated_at = _updated_at_value
        else:
            if not isinstance(_updated_at_value, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at_value)

            updated_at = updated_at_type_0

        _status_value = d.pop("Status", UNSET)
        status: None | OrderState | Unset
        if _status_value is None or isinstance(_status_value, Unset):
            status = _status_value
        else:
            if not isinstance(_status_value, int):
                raise TypeError()
            status_type_0 = OrderState(_status_value)

            status = status_type_0

        _refund_error_details_value = d.pop("RefundErrorDetails", UNSET)
        refund_error_details: None | RefundErrorDetails | Unset
        if _refund_error_details_value is None or isinstance(_refund_error_details_value, Unset):
            refund_error_details = _refund_error_details_value
        else:
            if not isinstance(_refund_error_details_value, dict):
                raise TypeError()
            refund_error_details_type_0 = RefundErrorDetails.from_dict(_refund_error_details_value)

            refund_error_details = refund_error_details_type_0

        cancel_order_response = cls(
            is_canceled=is_canceled,
            updated_at=updated_at,
            status=status,
            refund_error_details=refund_error_details,
        )

        cancel_order_response.additional_properties = d
        return cancel_order_response

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


from ..models.refund_error_details import RefundErrorDetails
