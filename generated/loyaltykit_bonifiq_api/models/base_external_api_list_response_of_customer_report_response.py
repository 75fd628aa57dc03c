from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BaseExternalApiListResponseOfCustomerReportResponse")


@_attrs_define
class BaseExternalApiListResponseOfCustomerReportResponse:
    """Base List response model methods"""

    items: list[CustomerReportResponse] | None | Unset = UNSET
    """ Collection with the found entities on the bonifiq DB. """
    total_item_count: int | None | Unset = UNSET
    """ Total of items found. """
    page_size: int | None | Unset = UNSET
    """ Pagination size """
    page_number: int | None | Unset = UNSET
    """ Actual Page Number """
    has_next_page: bool | None | Unset = UNSET
    """ true if there is another page to be load. """
    has_error: bool | None | Unset = UNSET
    """ If true the request had an error. """
    error_messages: list[str] | None | Unset = UNSET
    """ List with the error messages """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        total_item_count: int | None | Unset
        if isinstance(self.total_item_count, Unset):
            total_item_count = UNSET
        else:
            total_item_count = self.total_item_count

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        page_number: int | None | Unset
        if isinstance(self.page_number, Unset):
            page_number = UNSET
        else:
            page_number = self.page_number

        has_next_page: bool | None | Unset
        if isinstance(self.has_next_page, Unset):
            has_next_page = UNSET
        else:
            has_next_page = self.has_next_page

        has_error: bool | None | Unset
        if isinstance(self.has_error, Unset):
            has_error = UNSET
        else:
            has_error = self.has_error

        error_messages: list[str] | None | Unset
        if isinstance(self.error_messages, Unset):
            error_messages = UNSET
        elif isinstance(self.error_messages, list):
            error_messages = self.error_messages

        else:
            error_messages = self.error_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["Items"] = items
        if total_item_count is not UNSET:
            field_dict["TotalItemCount"] = total_item_count
        if page_size is not UNSET:
            field_dict["PageSize"] = page_size
        if page_number is not UNSET:
            field_dict["PageNumber"] = page_number
        if has_next_page is not UNSET:
            field_dict["HasNextPage"] = has_next_page
        if has_error is not UNSET:
            field_dict["HasError"] = has_error
        if error_messages is not UNSET:
            field_dict["ErrorMessages"] = error_messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _items_value = d.pop("Items", UNSET)
        items: list[CustomerReportResponse] | None | Unset
        if _items_value is None or isinstance(_items_value, Unset):
            items = _items_value
        else:
            if not isinstance(_items_value, list):
                raise TypeError()
            items_type_0 = []
            _items_type_0 = _items_value
            for items_type_0_item_data in _items_type_0:
                items_type_0_item = CustomerReportResponse.from_dict(items_type_0_item_data)

                items_type_0.append(items_type_0_item)

            items = items_type_0

        total_item_count: int | None | Unset = d.pop("TotalItemCount", UNSET)

        page_size: int | None | Unset = d.pop("PageSize", UNSET)

        page_number: int | None | Unset = d.pop("PageNumber", UNSET)

        has_next_page: bool | None | Unset = d.pop("HasNextPage", UNSET)

        has_error: bool | None | Unset = d.pop("HasError", UNSET)

        _error_messages_value = d.pop("ErrorMessages", UNSET)
        error_messages: list[str] | None | Unset
        if _error_messages_value is None or isinstance(_error_messages_value, Unset):
            error_messages = _error_messages_value
        else:
            if not isinstance(_error_messages_value, list):
                raise TypeError()
            error_messages_type_0 = cast(list[str], _error_messages_value)

            error_messages = error_messages_type_0

        base_external_api_list_response_of_customer_report_response = cls(
            items=items,
            total_item_count=total_item_count,
            page_size=page_size,
            page_number=page_number,
            has_next_page=has_next_page,
            has_error=has_error,
            error_messages=error_messages,
        )

        base_external_api_list_response_of_customer_report_response.additional_properties = d
        return base_external_api_list_response_of_customer_report_response

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


from ..models.customer_report_response import CustomerReportResponse
