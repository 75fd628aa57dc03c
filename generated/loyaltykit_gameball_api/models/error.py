from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Gameball's documented error body, returned with every non-2XX status."""

    code: int | None | Unset = UNSET
    """ Gameball's internal error code, e.g. 1000. """
    type_: None | str | Unset = UNSET
    """ Error category, e.g. AUTHENTICATION_ERROR. """
    message: None | str | Unset = UNSET
    """ What caused the error. """
    documentation_url: None | str | Unset = UNSET
    """ Link to the relevant documentation. """
    request_id: None | str | Unset = UNSET
    """ Identifier of the request, for support. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        documentation_url: None | str | Unset
        if isinstance(self.documentation_url, Unset):
            documentation_url = UNSET
        else:
            documentation_url = self.documentation_url

        request_id: None | str | Unset
        if isinstance(self.request_id, Unset):
            request_id = UNSET
        else:
            request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if documentation_url is not UNSET:
            field_dict["documentationUrl"] = documentation_url
        if request_id is not UNSET:
            field_dict["requestId"] = request_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code: int | None | Unset = d.pop("code", UNSET)

        type_: None | str | Unset = d.pop("type", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        documentation_url: None | str | Unset = d.pop("documentationUrl", UNSET)

        request_id: None | str | Unset = d.pop("requestId", UNSET)

        error = cls(
            code=code,
            type_=type_,
            message=message,
            documentation_url=documentation_url,
            request_id=request_id,
        )

        error.additional_properties = d
        return error

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
