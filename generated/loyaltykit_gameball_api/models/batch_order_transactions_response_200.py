from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="BatchOrderTransactionsResponse200")


@_attrs_define
class BatchOrderTransactionsResponse200:
    job_id: Decimal | None = None
    """ The assigned job ID, which is later used for status verification and response retrieval. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("job_id",),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        job_id: Decimal | None
        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "jobId": job_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _job_id_value = d.pop("jobId", None)
        job_id: Decimal | None
        if _job_id_value is None or isinstance(_job_id_value, Unset):
            job_id = _job_id_value
        else:
            if not (isinstance(_job_id_value, (int, float, Decimal, str)) and not isinstance(_job_id_value, bool)):
                raise TypeError()
            job_id_type_0 = to_decimal(_job_id_value)

            job_id = job_id_type_0

        batch_order_transactions_response_200 = cls(
            job_id=job_id,
        )

        batch_order_transactions_response_200.additional_properties = d
        return batch_order_transactions_response_200

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
