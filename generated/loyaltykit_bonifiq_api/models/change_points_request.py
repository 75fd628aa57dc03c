from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation_type import OperationType
from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="ChangePointsRequest")


@_attrs_define
class ChangePointsRequest:
    """Change Points from a customer. Either E-mail or CustomerId are required"""

    reason: str
    """ Information regarding why these points are being add/removed. Internal information only. Required. """
    points: int | None | Unset = UNSET
    """ Amount of points to add or remove from customer. If adding it must be positive. If removing it must be
    negative """
    operation_type: None | OperationType | Unset = UNSET
    """ Either is adding or removing points from customer """
    change_key: None | str | Unset = UNSET
    """ This is a unique key for this add/remove point removal. If you try to use the same key more than once it
    will result in error """
    customer_reason: None | str | Unset = UNSET
    """ Customer-facing reason displayed in the customer's points history. Optional, max 255 characters. HTML tags
    are stripped automatically. If null, empty, or whitespace, the default system message is shown. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "reason",
                "points",
                "operation_type",
                "change_key",
                "customer_reason",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        reason = self.reason

        points: int | None | Unset
        if isinstance(self.points, Unset):
            points = UNSET
        else:
            points = self.points

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
        if points is not UNSET:
            field_dict["Points"] = points
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

        points: int | None | Unset = d.pop("Points", UNSET)

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

        change_points_request = cls(
            reason=reason,
            points=points,
            operation_type=operation_type,
            change_key=change_key,
            customer_reason=customer_reason,
        )

        change_points_request.additional_properties = d
        return change_points_request

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
