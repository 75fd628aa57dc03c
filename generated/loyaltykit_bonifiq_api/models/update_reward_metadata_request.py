from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr

T = TypeVar("T", bound="UpdateRewardMetadataRequest")


@_attrs_define
class UpdateRewardMetadataRequest:
    original_key: None | str | Unset = UNSET
    """ The same OriginalKey used on reward redeeming """
    metadatas: list[ExternalApiPointMetadataParam] | None | Unset = UNSET
    """ A list of name-value that will be added to the point metadatas for this reward. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_key",
                "metadatas",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        original_key: None | str | Unset
        if isinstance(self.original_key, Unset):
            original_key = UNSET
        else:
            original_key = self.original_key

        metadatas: list[dict[str, Any]] | None | Unset
        if isinstance(self.metadatas, Unset):
            metadatas = UNSET
        elif isinstance(self.metadatas, list):
            metadatas = []
            for metadatas_type_0_item_data in self.metadatas:
                metadatas_type_0_item = metadatas_type_0_item_data.to_dict()
                metadatas.append(metadatas_type_0_item)

        else:
            metadatas = self.metadatas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_key is not UNSET:
            field_dict["OriginalKey"] = original_key
        if metadatas is not UNSET:
            field_dict["Metadatas"] = metadatas

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_key: None | str | Unset = d.pop("OriginalKey", UNSET)

        _metadatas_value = d.pop("Metadatas", UNSET)
        metadatas: list[ExternalApiPointMetadataParam] | None | Unset
        if _metadatas_value is None or isinstance(_metadatas_value, Unset):
            metadatas = _metadatas_value
        else:
            if not isinstance(_metadatas_value, list):
                raise TypeError()
            metadatas_type_0 = []
            _metadatas_type_0 = _metadatas_value
            for metadatas_type_0_item_data in _metadatas_type_0:
                metadatas_type_0_item = ExternalApiPointMetadataParam.from_dict(metadatas_type_0_item_data)

                metadatas_type_0.append(metadatas_type_0_item)

            metadatas = metadatas_type_0

        update_reward_metadata_request = cls(
            original_key=original_key,
            metadatas=metadatas,
        )

        update_reward_metadata_request.additional_properties = d
        return update_reward_metadata_request

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


from ..models.external_api_point_metadata_param import ExternalApiPointMetadataParam
