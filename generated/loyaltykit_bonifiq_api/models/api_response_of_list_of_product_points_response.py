from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="ApiResponseOfListOfProductPointsResponse")


@_attrs_define
class ApiResponseOfListOfProductPointsResponse:
    """Legacy API response with error descriptions (seen only on POST /v1/pvt/Product/points)."""

    has_error: bool | None = None
    """ If true the request had an error. """
    error_messages: list[str] | None = None
    error_message: None | str = None
    error_descriptions: list[ApiResponseErrorDescription] | None = None
    result: list[ProductPointsResponse] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "has_error",
                "error_messages",
                "error_message",
                "error_descriptions",
                "result",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        has_error: bool | None
        has_error = self.has_error

        error_messages: list[str] | None
        if isinstance(self.error_messages, list):
            error_messages = self.error_messages

        else:
            error_messages = self.error_messages

        error_message: None | str
        error_message = self.error_message

        error_descriptions: list[dict[str, Any]] | None
        if isinstance(self.error_descriptions, list):
            error_descriptions = []
            for error_descriptions_type_0_item_data in self.error_descriptions:
                error_descriptions_type_0_item = error_descriptions_type_0_item_data.to_dict()
                error_descriptions.append(error_descriptions_type_0_item)

        else:
            error_descriptions = self.error_descriptions

        result: list[dict[str, Any]] | None
        if isinstance(self.result, list):
            result = []
            for result_type_0_item_data in self.result:
                result_type_0_item = result_type_0_item_data.to_dict()
                result.append(result_type_0_item)

        else:
            result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "HasError": has_error,
                "ErrorMessages": error_messages,
                "ErrorMessage": error_message,
                "ErrorDescriptions": error_descriptions,
                "Result": result,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        has_error: bool | None = d.pop("HasError", None)

        _error_messages_value = d.pop("ErrorMessages", None)
        error_messages: list[str] | None
        if _error_messages_value is None or isinstance(_error_messages_value, Unset):
            error_messages = _error_messages_value
        else:
            if not isinstance(_error_messages_value, list):
                raise TypeError()
            error_messages_type_0 = cast(list[str], _error_messages_value)

            error_messages = error_messages_type_0

        error_message: None | str = d.pop("ErrorMessage", None)

        _error_descriptions_value = d.pop("ErrorDescriptions", None)
        error_descriptions: list[ApiResponseErrorDescription] | None
        if _error_descriptions_value is None or isinstance(_error_descriptions_value, Unset):
            error_descriptions = _error_descriptions_value
        else:
            if not isinstance(_error_descriptions_value, list):
                raise TypeError()
            error_descriptions_type_0 = []
            _error_descriptions_type_0 = _error_descriptions_value
            for error_descriptions_type_0_item_data in _error_descriptions_type_0:
                error_descriptions_type_0_item = ApiResponseErrorDescription.from_dict(
                    error_descriptions_type_0_item_data
                )

                error_descriptions_type_0.append(error_descriptions_type_0_item)

            error_descriptions = error_descriptions_type_0

        _result_value = d.pop("Result", None)
        result: list[ProductPointsResponse] | None
        if _result_value is None or isinstance(_result_value, Unset):
            result = _result_value
        else:
            if not isinstance(_result_value, list):
                raise TypeError()
            result_type_0 = []
            _result_type_0 = _result_value
            for result_type_0_item_data in _result_type_0:
                result_type_0_item = ProductPointsResponse.from_dict(result_type_0_item_data)

                result_type_0.append(result_type_0_item)

            result = result_type_0

        api_response_of_list_of_product_points_response = cls(
            has_error=has_error,
            error_messages=error_messages,
            error_message=error_message,
            error_descriptions=error_descriptions,
            result=result,
        )

        api_response_of_list_of_product_points_response.additional_properties = d
        return api_response_of_list_of_product_points_response

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


from ..models.api_response_error_description import ApiResponseErrorDescription
from ..models.product_points_response import ProductPointsResponse
