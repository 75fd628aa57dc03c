from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="PostBatchesBatchIdStopResponse200")


@_attrs_define
class PostBatchesBatchIdStopResponse200:
    batch_id: None | str = None
    status: None | str = None
    message: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "batch_id",
                "status",
                "message",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        batch_id: None | str
        batch_id = self.batch_id

        status: None | str
        status = self.status

        message: None | str
        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "batchId": batch_id,
                "status": status,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        batch_id: None | str = d.pop("batchId", None)

        status: None | str = d.pop("status", None)

        message: None | str = d.pop("message", None)

        post_batches_batch_id_stop_response_200 = cls(
            batch_id=batch_id,
            status=status,
            message=message,
        )

        post_batches_batch_id_stop_response_200.additional_properties = d
        return post_batches_batch_id_stop_response_200

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
