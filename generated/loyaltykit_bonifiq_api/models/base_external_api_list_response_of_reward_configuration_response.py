from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="BaseExternalApiListResponseOfRewardConfigurationResponse")


@_attrs_define
class BaseExternalApiListResponseOfRewardConfigurationResponse:
    """Base List response model methods"""

    items: list[RewardConfigurationResponse] | None = None
    """ Collection with the found entities on the bonifiq DB. """
    total_item_count: int | None = None
    """ Total of rewards Configurations founds. """
    page_size: int | None = None
    """ Pagination size """
    page_number: int | None = None
    """ Actual Page Number """
    has_next_page: bool | None = None
    """ true if there is another page to be load. """
    has_error: bool | None = None
    """ If true the request had an error. """
    error_messages: list[str] | None = None
    """ List with the error messages """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "items",
                "total_item_count",
                "page_size",
                "page_number",
                "has_next_page",
                "has_error",
                "error_messages",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | None
        if isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        total_item_count: int | None
        total_item_count = self.total_item_count

        page_size: int | None
        page_size = self.page_size

        page_number: int | None
        page_number = self.page_number

        has_next_page: bool | None
        has_next_page = self.has_next_page

        has_error: bool | None
        has_error = self.has_error

        error_messages: list[str] | None
        if isinstance(self.error_messages, list):
            error_messages = self.error_messages

        else:
            error_messages = self.error_messages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Items": items,
                "TotalItemCount": total_item_count,
                "PageSize": page_size,
                "PageNumber": page_number,
                "HasNextPage": has_next_page,
                "HasError": has_error,
                "ErrorMessages": error_messages,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _items_value = d.pop("Items", None)
        items: list[RewardConfigurationResponse] | None
        if _items_value is None or isinstance(_items_value, Unset):
            items = _items_value
        else:
            if not isinstance(_items_value, list):
                raise TypeError()
            items_type_0 = []
            _items_type_0 = _items_value
            for items_type_0_item_data in _items_type_0:
                items_type_0_item = RewardConfigurationResponse.from_dict(items_type_0_item_data)

                items_type_0.append(items_type_0_item)

            items = items_type_0

        total_item_count: int | None = d.pop("TotalItemCount", None)

        page_size: int | None = d.pop("PageSize", None)

        page_number: int | None = d.pop("PageNumber", None)

        has_next_page: bool | None = d.pop("HasNextPage", None)

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

        base_external_api_list_response_of_reward_configuration_response = cls(
            items=items,
            total_item_count=total_item_count,
            page_size=page_size,
            page_number=page_number,
            has_next_page=has_next_page,
            has_error=has_error,
            error_messages=error_messages,
        )

        base_external_api_list_response_of_reward_configuration_response.additional_properties = d
        return base_external_api_list_response_of_reward_configuration_response

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


from ..models.reward_configuration_response import RewardConfigurationResponse
