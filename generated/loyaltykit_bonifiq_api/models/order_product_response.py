from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import Unset, model_repr, to_decimal

T = TypeVar("T", bound="OrderProductResponse")


@_attrs_define
class OrderProductResponse:
    original_id: None | str = None
    title: None | str = None
    url: None | str = None
    image_url: None | str = None
    is_active: bool | None = None
    product_price: Decimal | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_id",
                "title",
                "url",
                "image_url",
                "is_active",
                "product_price",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        original_id: None | str
        original_id = self.original_id

        title: None | str
        title = self.title

        url: None | str
        url = self.url

        image_url: None | str
        image_url = self.image_url

        is_active: bool | None
        is_active = self.is_active

        product_price: Decimal | None
        product_price = self.product_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "OriginalId": original_id,
                "Title": title,
                "Url": url,
                "ImageUrl": image_url,
                "IsActive": is_active,
                "ProductPrice": product_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: None | str = d.pop("OriginalId", None)

        title: None | str = d.pop("Title", None)

        url: None | str = d.pop("Url", None)

        image_url: None | str = d.pop("ImageUrl", None)

        is_active: bool | None = d.pop("IsActive", None)

        _product_price_value = d.pop("ProductPrice", None)
        product_price: Decimal | None
        if _product_price_value is None or isinstance(_product_price_value, Unset):
            product_price = _product_price_value
        else:
            if not (
                isinstance(_product_price_value, (int, float, Decimal, str))
                and not isinstance(_product_price_value, bool)
            ):
                raise TypeError()
            product_price_type_0 = to_decimal(_product_price_value)

            product_price = product_price_type_0

        order_product_response = cls(
            original_id=original_id,
            title=title,
            url=url,
            image_url=image_url,
            is_active=is_active,
            product_price=product_price,
        )

        order_product_response.additional_properties = d
        return order_product_response

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
