from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="GetCustomerCampaignsProgressResponse422")


@_attrs_define
class GetCustomerCampaignsProgressResponse422:
    code: int | None = None
    type_: None | str = None
    message: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "code",
                "type_",
                "message",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        code: int | None
        code = self.code

        type_: None | str
        type_ = self.type_

        message: None | str
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "type": type_,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code: int | None = d.pop("code", None)

        type_: None | str = d.pop("type", None)

        message: None | str = d.pop("message", None)

        get_customer_campaigns_progress_response_422 = cls(
            code=code,
            type_=type_,
            message=message,
        )

        get_customer_campaigns_progress_response_422.additional_properties = d
        return get_customer_campaigns_progress_response_422

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
