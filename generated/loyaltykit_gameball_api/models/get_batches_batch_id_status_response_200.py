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

        def _parse_status(data: object) -> GetBatchesBatchIdStatusResponse200StatusType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = GetBatchesBatchIdStatusResponse200StatusType0(data)

            return status_type_0

        status = _parse_status(d.pop("status", UNSET))

        def _parse_progress(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            progress_type_0 = to_decimal(data)

            return progress_type_0

        progress = _parse_progress(d.pop("progress", UNSET))

        def _parse_total_items(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            total_items_type_0 = to_decimal(data)

            return total_items_type_0

        total_items = _parse_total_items(d.pop("totalItems", UNSET))

        def _parse_processed_items(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            processed_items_type_0 = to_decimal(data)

            return processed_items_type_0

        processed_items = _parse_processed_items(d.pop("processedItems", UNSET))

        def _parse_failed_items(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            failed_items_type_0 = to_decimal(data)

            return failed_items_type_0

        failed_items = _parse_failed_items(d.pop("failedItems", UNSET))

        def _parse_results(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            results_type_0 = cast(list[Any], data)

            return results_type_0

        results = _parse_results(d.pop("results", UNSET))

        def _parse_errors(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            errors_type_0 = cast(list[Any], data)

            return errors_type_0

        errors = _parse_errors(d.pop("errors", UNSET))

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
