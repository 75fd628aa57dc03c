from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """Gameball's documented error body, returned with every non-2XX status."""

    code: int | None = None
    """ Gameball's internal error code, e.g. 1000. """
    type_: None | str = None
    """ Error category, e.g. AUTHENTICATION_ERROR. """
    message: None | str = None
    """ What caused the error. """
    documentation_url: None | str = None
    """ Link to the relevant documentation. """
    request_id: None | str = None
    """ Identifier of the request, for support. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "code",
                "type_",
                "message",
                "documentation_url",
                "request_id",
            ),
            frozenset(("documentation_url",)),
        )

    def to_dict(self) -> dict[str, Any]:
        code: int | None
        code = self.code

        type_: None | str
        type_ = self.type_

        message: None | str
        message = self.message

        documentation_url: None | str
        documentation_url = self.documentation_url

        request_id: None | str
        request_id = self.request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "type": type_,
                "message": message,
                "documentationUrl": documentation_url,
                "requestId": request_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        code: int | None = d.pop("code", None)

        type_: None | str = d.pop("type", None)

        message: None | str = d.pop("message", None)

        documentation_url: None | str = d.pop("documentationUrl", None)

        request_id: None | str = d.pop("requestId", None)

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
