from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0CollectionsType0Item")


@_attrs_define
class GetConfigurationsRedemptionResponse200RedemptionRulesType0ItemCouponType0CollectionsType0Item:
    collection_id: None | str = None
    """ The unique identifier for the collection. """
    collection_name: None | str = None
    """ The name for the collection. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "collection_id",
                "collection_name",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        collection_id: None | str
        collection_id = self.collection_id

        collection_name: None | str
        collection_name = self.collection_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "collectionId": collection_id,
                "collectionName": collection_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        collection_id: None | str = d.pop("collectionId", None)

        collection_name: None | str = d.pop("collectionName", None)

        get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_collections_type_0_item = cls(
            collection_id=collection_id,
            collection_name=collection_name,
        )

        get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_collections_type_0_item.additional_properties = d
        return get_configurations_redemption_response_200_redemption_rules_type_0_item_coupon_type_0_collections_type_0_item

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
