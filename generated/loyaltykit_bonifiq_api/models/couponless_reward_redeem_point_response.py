from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr

T = TypeVar("T", bound="CouponlessRewardRedeemPointResponse")


@_attrs_define
class CouponlessRewardRedeemPointResponse:
    point_id: int | None = None
    quantity: int | None = None
    metadatas: list[ExternalApiPointMetadata] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "point_id",
                "quantity",
                "metadatas",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        point_id: int | None
        point_id = self.point_id

        quantity: int | None
        quantity = self.quantity

        metadatas: list[dict[str, Any]] | None
        if isinstance(self.metadatas, list):
            metadatas = []
            for metadatas_type_0_item_data in self.metadatas:
                metadatas_type_0_item = metadatas_type_0_item_data.to_dict()
                metadatas.append(metadatas_type_0_item)

        else:
            metadatas = self.metadatas

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "PointId": point_id,
                "Quantity": quantity,
                "Metadatas": metadatas,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        point_id: int | None = d.pop("PointId", None)

        quantity: int | None = d.pop("Quantity", None)

        _metadatas_value = d.pop("Metadatas", None)
        metadatas: list[ExternalApiPointMetadata] | None
        if _metadatas_value is None or isinstance(_metadatas_value, Unset):
            metadatas = _metadatas_value
        else:
            if not isinstance(_metadatas_value, list):
                raise TypeError()
            metadatas_type_0 = []
            _metadatas_type_0 = _metadatas_value
            for metadatas_type_0_item_data in _metadatas_type_0:
                metadatas_type_0_item = ExternalApiPointMetadata.from_dict(metadatas_type_0_item_data)

                metadatas_type_0.append(metadatas_type_0_item)

            metadatas = metadatas_type_0

        couponless_reward_redeem_point_response = cls(
            point_id=point_id,
            quantity=quantity,
            metadatas=metadatas,
        )

        couponless_reward_redeem_point_response.additional_properties = d
        return couponless_reward_redeem_point_response

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


from ..models.external_api_point_metadata import ExternalApiPointMetadata
