from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="PostBatchBalanceAdjustmentBody")


@_attrs_define
class PostBatchBalanceAdjustmentBody:
    body: list[PostBatchBalanceAdjustmentBodyBodyType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            ("body",),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        body: list[dict[str, Any]] | None | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, list):
            body = []
            for body_type_0_item_data in self.body:
                body_type_0_item = body_type_0_item_data.to_dict()
                body.append(body_type_0_item)

        else:
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _body_value = d.pop("body", UNSET)
        body: list[PostBatchBalanceAdjustmentBodyBodyType0Item] | None | Unset
        if _body_value is None or isinstance(_body_value, Unset):
            body = _body_value
        else:
            if not isinstance(_body_value, list):
                raise TypeError()
            body_type_0 = []
            _body_type_0 = _body_value
            for body_type_0_item_data in _body_type_0:
                body_type_0_item = PostBatchBalanceAdjustmentBodyBodyType0Item.from_dict(body_type_0_item_data)

                body_type_0.append(body_type_0_item)

            body = body_type_0

        post_batch_balance_adjustment_body = cls(
            body=body,
        )

        post_batch_balance_adjustment_body.additional_properties = d
        return post_batch_balance_adjustment_body

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


from ..models.post_batch_balance_adjustment_body_body_type_0_item import PostBatchBalanceAdjustmentBodyBodyType0Item
