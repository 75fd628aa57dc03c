from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import model_repr

T = TypeVar("T", bound="ReferralConfigurationEventMetaDataType0")


@_attrs_define
class ReferralConfigurationEventMetaDataType0:
    """Contains additional metadata about the event that triggers the referral."""

    name: None | str = None
    """ The name of the event metadata. """
    operator: None | str = None
    """ The operator used for event metadata (e.g., equals, greater_than). """
    value: None | str = None
    """ The value associated with the event metadata. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "operator",
                "value",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        operator: None | str
        operator = self.operator

        value: None | str
        value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "operator": operator,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str = d.pop("name", None)

        operator: None | str = d.pop("operator", None)

        value: None | str = d.pop("value", None)

        referral_configuration_event_meta_data_type_0 = cls(
            name=name,
            operator=operator,
            value=value,
        )

        referral_configuration_event_meta_data_type_0.additional_properties = d
        return referral_configuration_event_meta_data_type_0

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
