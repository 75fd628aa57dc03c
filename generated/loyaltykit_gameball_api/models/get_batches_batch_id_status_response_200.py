from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_batches_batch_id_status_response_200_status_type_0 import (
    GetBatchesBatchIdStatusResponse200StatusType0,
)
from ..types import UNSET, Unset, to_decimal

T = TypeVar("T", bound="GetBatchesBatchIdStatusResponse200")


@_attrs_define
class GetBatchesBatchIdStatusResponse200:
    batch_id: None | str | Unset = UNSET
    status: GetBatchesBatchIdStatusResponse200StatusType0 | None | Unset = UNSET
    progress: Decimal | None | Unset = UNSET
    total_items: Decimal | None | Unset = UNSET
    processed_items: Decimal | None | Unset = UNSET
    failed_items: Decimal | None | Unset = UNSET
    results: list[Any] | None | Unset = UNSET
    errors: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, GetBatchesBatchIdStatusResponse200StatusType0):
            status = self.status.value
        else:
            status = self.status

        progress: Decimal | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        total_items: Decimal | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        processed_items: Decimal | None | Unset
        if isinstance(self.processed_items, Unset):
            processed_items = UNSET
        else:
            processed_items = self.processed_items

        failed_items: Decimal | None | Unset
        if isinstance(self.failed_items, Unset):
            failed_items = UNSET
        else:
            failed_items = self.failed_items

        results: list[Any] | None | Unset
        if isinstance(self.results, Unset):
            results = UNSET
        elif isinstance(self.results, list):
            results = self.results

        else:
            results = self.results

        errors: list[Any] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batchId"] = batch_id
        if status is not UNSET:
            field_dict["status"] = status
        if progress is not UNSET:
            field_dict["progress"] = progress
        if total_items is not UNSET:
            field_dict["totalItems"] = total_items
        if processed_items is not UNSET:
            field_dict["processedItems"] = processed_items
        if failed_items is not UNSET:
            field_dict["failedItems"] = failed_items
        if results is not UNSET:
            field_dict["results"] = results
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id: None | str | Unset = d.pop("batchId", UNSET)

        _status_value = d.pop("status", UNSET)
        status: GetBatchesBatchIdStatusResponse200StatusType0 | None | Unset
        if _status_value is None or isinstance(_status_value, Unset):
            status = _status_value
        else:
            if not isinstance(_status_value, str):
                raise TypeError()
            status_type_0 = GetBatchesBatchIdStatusResponse200StatusType0(_status_value)

            status = status_type_0

        _progress_value = d.pop("progress", UNSET)
        progress: Decimal | None | Unset
        if _progress_value is None or isinstance(_progress_value, Unset):
            progress = _progress_value
        else:
            if not (isinstance(_progress_value, (int, float, Decimal, str)) and not isinstance(_progress_value, bool)):
                raise TypeError()
            progress_type_0 = to_decimal(_progress_value)

            progress = progress_type_0

        _total_items_value = d.pop("totalItems", UNSET)
        total_items: Decimal | None | Unset
        if _total_items_value is None or isinstance(_total_items_value, Unset):
            total_items = _total_items_value
        else:
            if not (
                isinstance(_total_items_value, (int, float, Decimal, str)) and not isinstance(_total_items_value, bool)
            ):
                raise TypeError()
            total_items_type_0 = to_decimal(_total_items_value)

            total_items = total_items_type_0

        _processed_items_value = d.pop("processedItems", UNSET)
        processed_items: Decimal | None | Unset
        if _processed_items_value is None or isinstance(_processed_items_value, Unset):
            processed_items = _processed_items_value
        else:
            if not (
                isinstance(_processed_items_value, (int, float, Decimal, str))
                and not isinstance(_processed_items_value, bool)
            ):
                raise TypeError()
            processed_items_type_0 = to_decimal(_processed_items_value)

            processed_items = processed_items_type_0

        _failed_items_value = d.pop("failedItems", UNSET)
        failed_items: Decimal | None | Unset
        if _failed_items_value is None or isinstance(_failed_items_value, Unset):
            failed_items = _failed_items_value
        else:
            if not (
                isinstance(_failed_items_value, (int, float, Decimal, str))
                and not isinstance(_failed_items_value, bool)
            ):
                raise TypeError()
            failed_items_type_0 = to_decimal(_failed_items_value)

            failed_items = failed_items_type_0

        _results_value = d.pop("results", UNSET)
        results: list[Any] | None | Unset
        if _results_value is None or isinstance(_results_value, Unset):
            results = _results_value
        else:
            if not isinstance(_results_value, list):
                raise TypeError()
            results_type_0 = cast(list[Any], _results_value)

            results = results_type_0

        _errors_value = d.pop("errors", UNSET)
        errors: list[Any] | None | Unset
        if _errors_value is None or isinstance(_errors_value, Unset):
            errors = _errors_value
        else:
            if not isinstance(_errors_value, list):
                raise TypeError()
            errors_type_0 = cast(list[Any], _errors_value)

            errors = errors_type_0

        get_batches_batch_id_status_response_200 = cls(
            batch_id=batch_id,
            status=status,
            progress=progress,
            total_items=total_items,
            processed_items=processed_items,
            failed_items=failed_items,
            results=results,
            errors=errors,
        )

        get_batches_batch_id_status_response_200.additional_properties = d
        return get_batches_batch_id_status_response_200

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
