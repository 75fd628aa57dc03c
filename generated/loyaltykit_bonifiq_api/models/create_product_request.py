from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CreateProductRequest")


@_attrs_define
class CreateProductRequest:
    """Products listed on the order."""

    original_id: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    is_active: bool | None | Unset = UNSET
    product_price: Decimal | None | Unset = UNSET
    """ There is no Quantity: the vendor cookbook sends the net line total here, with the order's discounts spread
    so the lines add up to OrderTotal. """
    product_brand: CreateProductBrand | None | Unset = UNSET
    product_category: CreateProductCategory | None | Unset = UNSET
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
                "product_brand",
                "product_category",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        original_id: None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        product_price: Decimal | None | Unset
        if isinstance(self.product_price, Unset):
            product_price = UNSET
        else:
            product_price = self.product_price

        product_brand: dict[str, Any] | None | Unset
        if isinstance(self.product_brand, Unset):
            product_brand = UNSET
        elif isinstance(self.product_brand, CreateProductBrand):
            product_brand = self.product_brand.to_dict()
        else:
            product_brand = self.product_brand

        product_category: dict[str, Any] | None | Unset
        if isinstance(self.product_category, Unset):
            product_category = UNSET
        elif isinstance(self.product_category, CreateProductCategory):
            product_category = self.product_category.to_dict()
        else:
            product_category = self.product_category

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if original_id is not UNSET:
            field_dict["OriginalId"] = original_id
        if title is not UNSET:
            field_dict["Title"] = title
        if url is not UNSET:
            field_dict["Url"] = url
        if image_url is not UNSET:
            field_dict["ImageUrl"] = image_url
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if product_price is not UNSET:
            field_dict["ProductPrice"] = product_price
        if product_brand is not UNSET:
            field_dict["ProductBrand"] = product_brand
        if product_category is not UNSET:
            field_dict["ProductCategory"] = product_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: None | str | Unset = d.pop("OriginalId", UNSET)

        title: None | str | Unset = d.pop("Title", UNSET)

        url: None | str | Unset = d.pop("Url", UNSET)

        image_url: None | str | Unset = d.pop("ImageUrl", UNSET)

        is_active: bool | None | Unset = d.pop("IsActive", UNSET)

        _product_price_value = d.pop("ProductPrice", UNSET)
        product_price: Decimal | None | Unset
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

        _product_brand_value = d.pop("ProductBrand", UNSET)
        product_brand: CreateProductBrand | None | Unset
        if _product_brand_value is None or isinstance(_product_brand_value, Unset):
            product_brand = _product_brand_value
        else:
            if not isinstance(_product_brand_value, dict):
                raise TypeError()
            product_brand_type_0 = CreateProductBrand.from_dict(_product_brand_value)

            product_brand = product_brand_type_0

        _product_category_value = d.pop("ProductCategory", UNSET)
        product_category: CreateProductCategory | None | Unset
        if _product_category_value is None or isinstance(_product_category_value, Unset):
            product_category = _product_category_value
        else:
            if not isinstance(_product_category_value, dict):
                raise TypeError()
            product_category_type_0 = CreateProductCategory.from_dict(_product_category_value)

            product_category = product_category_type_0

        create_product_request = cls(
            original_id=original_id,
            title=title,
            url=url,
            image_url=image_url,
            is_active=is_active,
            product_price=product_price,
            product_brand=product_brand,
            product_category=product_category,
        )

        create_product_request.additional_properties = d
        return create_product_request

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


from ..models.create_product_brand import CreateProductBrand
from ..models.create_product_category import CreateProductCategory
