from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_state import OrderState
from ..types import Unset, model_repr

T = TypeVar("T", bound="CancelOrderResponse")


@_attrs_define
class CancelOrderResponse:
    """Order cancel / partial cancel result."""

    is_canceled: bool | None = None
    """ If true the order was found and Cancelled (note the lower-case `i`, verbatim). """
    updated_at: datetime.datetime | None = None
    """ The time the order was canceled """
    status: None | OrderState = None
    """ Order state after the operation (not shown in the POS partialcancel example). """
    refund_error_details: None | RefundErrorDetails = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "is_canceled",
                "updated_at",
                "status",
                "refund_error_details",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        is_canceled: bool | None
        is_canceled = self.is_canceled

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        status: int | None
        if isinstance(self.status, OrderState):
            status = self.status.value
        else:
            status = self.status

        refund_error_details: dict[str, Any] | None
        if isinstance(self.refund_error_details, RefundErrorDetails):
            refund_error_details = self.refund_error_details.to_dict()
        else:
            refund_error_details = self.refund_error_details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "isCanceled": is_canceled,
                "UpdatedAt": updated_at,
                "Status": status,
                "RefundErrorDetails": refund_error_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        is_canceled: bool | None = d.pop("isCanceled", None)

        _updated_at_value = d.pop("UpdatedAt", None)
        updated_at: datetime.datetime | None
        if _updated_at_value is None or isinstance(_updated_at_value, Unset):
            updated_at = _updated_at_value
        else:
            if not isinstance(_updated_at_value, str):
                raise TypeError()
            updated_at_type_0 = datetime.datetime.fromisoformat(_updated_at_value)

            updated_at = updated_at_type_0

        _status_value = d.pop("Status", None)
        status: None | OrderState
        if _status_value is None or isinstance(_status_value, Unset):
            status = _status_value
        else:
            if not isinstance(_status_value, int):
                raise TypeError()
            status_type_0 = OrderState(_status_value)

            status = status_type_0

        _refund_error_details_value = d.pop("RefundErrorDetails", None)
        refund_error_details: None | RefundErrorDetails
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
