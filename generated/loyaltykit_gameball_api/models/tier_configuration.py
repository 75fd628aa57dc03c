from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="TierConfiguration")


@_attrs_define
class TierConfiguration:
    name: None | str = None
    """ The name of the tier. """
    min_progress: Decimal | None = None
    """ The minimum amount of progress a customer needs to reach this tier in the program. This represents the
    threshold that must be met for a customer to reach this tier. Example: if the minProgress is set to 2000, the
    customer must accumulate 2000 points, referrals, or completed orders (depending on the tiering method) to reach
    this tier. Possible Values: Total amount spent, Total points earned, Friends referred, Orders completed, Score.
    Example: If the progress value is 1500 and the tiering-up method is total points earned, this means the customer
    has earned a total of 1500 points toward their next tier. """
    order: Decimal | None = None
    """ This represents the numerical order of a tier. Higher numbers indicate higher tiers. """
    icon: None | str = None
    """ The URL for the icon associated with the tier. You can utilize this icon URL to display tier badges or
    indicators in your own custom interface, such as on customer profiles. """
    benefits: list[TierConfigurationBenefitsType0Item] | None = None
    """ It contains a list of rewards associated with the tier, each offering specific advantages to the customer.
    This array includes various types of benefits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "name",
                "min_progress",
                "order",
                "icon",
                "benefits",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        name: None | str
        name = self.name

        min_progress: Decimal | None
        min_progress = self.min_progress

        order: Decimal | None
        order = self.order

        icon: None | str
        icon = self.icon

        benefits: list[dict[str, Any]] | None
        if isinstance(self.benefits, list):
            benefits = []
            for benefits_type_0_item_data in self.benefits:
                benefits_type_0_item = benefits_type_0_item_data.to_dict()
                benefits.append(benefits_type_0_item)

        else:
            benefits = self.benefits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "minProgress": min_progress,
                "order": order,
                "icon": icon,
                "benefits": benefits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name: None | str = d.pop("name", None)

        _min_progress_value = d.pop("minProgress", None)
        min_progress: Decimal | None
        if _min_progress_value is None or isinstance(_min_progress_value, Unset):
            min_progress = _min_progress_value
        else:
            if not (
                isinstance(_min_progress_value, (int, float, Decimal, str))
                and not isinstance(_min_progress_value, bool)
            ):
                raise TypeError()
            min_progress_type_0 = to_decimal(_min_progress_value)

            min_progress = min_progress_type_0

        _order_value = d.pop("order", None)
        order: Decimal | None
        if _order_value is None or isinstance(_order_value, Unset):
            order = _order_value
        else:
            if not (isinstance(_order_value, (int, float, Decimal, str)) and not isinstance(_order_value, bool)):
                raise TypeError()
            order_type_0 = to_decimal(_order_value)

            order = order_type_0

        icon: None | str = d.pop("icon", None)

        _benefits_value = d.pop("benefits", None)
        benefits: list[TierConfigurationBenefitsType0Item] | None
        if _benefits_value is None or isinstance(_benefits_value, Unset):
            benefits = _benefits_value
        else:
            if not isinstance(_benefits_value, list):
                raise TypeError()
            benefits_type_0 = []
            _benefits_type_0 = _benefits_value
            for benefits_type_0_item_data in _benefits_type_0:
                benefits_type_0_item = TierConfigurationBenefitsType0Item.from_dict(benefits_type_0_item_data)

                benefits_type_0.append(benefits_type_0_item)

            benefits = benefits_type_0

        tier_configuration = cls(
            name=name,
            min_progress=min_progress,
            order=order,
            icon=icon,
            benefits=benefits,
        )

        tier_configuration.additional_properties = d
        return tier_configuration

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


from ..models.tier_configuration_benefits_type_0_item import TierConfigurationBenefitsType0Item
