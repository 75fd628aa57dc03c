from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.external_api_response_severity import ExternalApiResponseSeverity
from ..types import Unset, model_repr

T = TypeVar("T", bound="BaseExternalApiResponseOfObject")


@_attrs_define
class BaseExternalApiResponseOfObject:
    """Standard response envelope used by the External API."""

    error_message: None | str = None
    """ Error message returned when the request fails validation or processing.
    For warnings and successful responses, consumers should usually inspect `Result`, `Code` and `Severity` first.
    """
    error_code: int | None = None
    """ Legacy numeric error code derived from internal API errors when available.
    This field is relevant only for error flows that use `ApiResponseErrorDescription`. """
    result: Any = None
    """ Business payload returned by the endpoint. """
    code: None | str = None
    """ Endpoint-specific business code formatted as a two-digit string, such as `03` or `07`.
    This field is available for success, warning and error outcomes. """
    code_name: None | str = None
    """ Symbolic enum name associated with `Code`, such as `CheckoutNotFound`. """
    severity: ExternalApiResponseSeverity | None = None
    """ Final severity of the response.
    `Success` means the action completed as expected, `Warning` means the request was valid but the business outcome
    is informational or non-ideal, and `Error` means the request should be treated as a failure. """
    has_warning: bool | None = None
    """ Convenience flag that is `true` when `Severity` is `Warning`.
    Warnings are valid `200 OK` business outcomes and should not be handled as transport or validation errors. """
    has_error: bool | None = None
    """ Indicates whether the request failed and should be handled as an error response.
    This flag is reserved for real API errors; warnings must keep this property as `false`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "error_message",
                "error_code",
                "result",
                "code",
                "code_name",
                "severity",
                "has_warning",
                "has_error",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        error_message: None | str
        error_message = self.error_message

        error_code: int | None
        error_code = self.error_code

        result = self.result

        code: None | str
        code = self.code

        code_name: None | str
        code_name = self.code_name

        severity: int | None
        if isinstance(self.severity, ExternalApiResponseSeverity):
            severity = self.severity.value
        else:
            severity = self.severity

        has_warning: bool | None
        has_warning = self.has_warning

        has_error: bool | None
        has_error = self.has_error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ErrorMessage": error_message,
                "ErrorCode": error_code,
                "Result": result,
                "Code": code,
                "CodeName": code_name,
                "Severity": severity,
                "HasWarning": has_warning,
                "HasError": has_error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_message: None | str = d.pop("ErrorMessage", None)

        error_code: int | None = d.pop("ErrorCode", None)

        result = d.pop("Result", None)

        code: None | str = d.pop("Code", None)

        code_name: None | str = d.pop("CodeName", None)

        _severity_value = d.pop("Severity", None)
        severity: ExternalApiResponseSeverity | None
        if _severity_value is None or isinstance(_severity_value, Unset):
            severity = _severity_value
        else:
            if not isinstance(_severity_value, int):
                raise TypeError()
            severity_type_0 = ExternalApiResponseSeverity(_severity_value)

            severity = severity_type_0

        has_warning: bool | None = d.pop("HasWarning", None)

        has_error: bool | None = d.pop("HasError", None)

        base_external_api_response_of_object = cls(
            error_message=error_message,
            error_code=error_code,
            result=result,
            code=code,
            code_name=code_name,
            severity=severity,
            has_warning=has_warning,
            has_error=has_error,
        )

        base_external_api_response_of_object.additional_properties = d
        return base_external_api_response_of_object

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
