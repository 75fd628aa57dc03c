from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_batches_batch_id_status_response_200_status_type_0 import (
    GetBatchesBatchIdStatusResponse200StatusType0,
)
from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="GetBatchesBatchIdStatusResponse200")


@_attrs_define
class GetBatchesBatchIdStatusResponse200:
    batch_id: None | str = None
    status: GetBatchesBatchIdStatusResponse200StatusType0 | None = None
    progress: Decimal | None = None
    total_items: Decimal | None = None
    processed_items: Decimal | None = None
    failed_items: Decimal | None = None
    results: list[Any] | None = None
    errors: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "batch_id",
                "status",
                "progress",
                "total_items",
                "processed_items",
                "failed_items",
                "results",
                "errors",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        batch_id: None | str
        batch_id = self.batch_id

        status: None | str
        if isinstance(self.status, GetBatchesBatchIdStatusResponse200StatusType0):
            status = self.status.value
        else:
            status = self.status

        progress: Decimal | None
        progress = self.progress

        total_items: Decimal | None
        total_items = self.total_items

        processed_items: Decimal | None
        processed_items = self.processed_items

        failed_items: Decimal | None
        failed_items = self.failed_items

        results: list[Any] | None
        if isinstance(self.results, list):
            results = self.results

        else:
            results = self.results

        errors: list[Any] | None
        if isinstance(self.errors, list):
            errors = self.errors

        else:
            errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "status": status,
                "progress": progress,
                "totalItems": total_items,
                "processedItems": processed_items,
                "failedItems": failed_items,
                "results": results,
                "errors": errors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id: None | str = d.pop("batchId", None)

        _status_value = d.pop("status", None)
        status: GetBatchesBatchIdStatusResponse200StatusType0 | None
        if _status_value is None or isinstance(_status_value, Unset):
            status = _status_value
        else:
            if not isinstance(_status_value, str):
                raise TypeError()
            status_type_0 = GetBatchesBatchIdStatusResponse200StatusType0(_status_value)

            status = status_type_0

        _progress_value = d.pop("progress", None)
        progress: Decimal | None
        if _progress_value is None or isinstance(_progress_value, Unset):
            progress = _progress_value
        else:
            if not (isinstance(_progress_value, (int, float, Decimal, str)) and not isinstance(_progress_value, bool)):
                raise TypeError()
            progress_type_0 = to_decimal(_progress_value)

            progress = progress_type_0

        _total_items_value = d.pop("totalItems", None)
        total_items: Decimal | None
        if _total_items_value is None or isinstance(_total_items_value, Unset):
            total_items = _total_items_value
        else:
            if not (
                isinstance(_total_items_value, (int, float, Decimal, str)) and not isinstance(_total_items_value, bool)
            ):
                raise TypeError()
            total_items_type_0 = to_decimal(_total_items_value)

            total_items = total_items_type_0

        _processed_items_value = d.pop("processedItems", None)
        processed_items: Decimal | None
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

        _failed_items_value = d.pop("failedItems", None)
        failed_items: Decimal | None
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

        _results_value = d.pop("results", None)
        results: list[Any] | None
        if _results_value is None or isinstance(_results_value, Unset):
            results = _results_value
        else:
            if not isinstance(_results_value, list):
                raise TypeError()
            results_type_0 = cast(list[Any], _results_value)

            results = results_type_0

        _errors_value = d.pop("errors", None)
        errors: list[Any] | None
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
