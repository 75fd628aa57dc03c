from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="AvailableRewardsRequestProduct")


@_attrs_define
class AvailableRewardsRequestProduct:
    """Cart line used for cashback eligibility validation."""

    original_id: int | None | str | Unset = UNSET
    """ Product id (SKU) in the client store, as a string or a number. """
    line_id: None | str | Unset = UNSET
    """ The PDV cart-line id. """
    title: None | str | Unset = UNSET
    """ Product name. """
    is_active: bool | None | Unset = UNSET
    quantity: int | None | Unset = UNSET
    """ Line quantity. """
    product_price: Decimal | None | Unset = UNSET
    """ List (non-promotional) unit price. """
    product_discount_price: Decimal | None | Unset = UNSET
    """ Promotional unit price, when lower than ProductPrice. BonifiQ uses ProductDiscountPrice ?? ProductPrice as
    effective price for product rewards. """
    product_brand: CreateProductBrand | None | Unset = UNSET
    product_category: CreateProductCategory | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "original_id",
                "line_id",
                "title",
                "is_active",
                "quantity",
                "product_price",
                "product_discount_price",
                "product_brand",
                "product_category",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        original_id: int | None | str | Unset
        if isinstance(self.original_id, Unset):
            original_id = UNSET
        else:
            original_id = self.original_id

        line_id: None | str | Unset
        if isinstance(self.line_id, Unset):
            line_id = UNSET
        else:
            line_id = self.line_id

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        is_active: bool | None | Unset
        if isinstance(self.is_active, Unset):
            is_active = UNSET
        else:
            is_active = self.is_active

        quantity: int | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        product_price: Decimal | None | Unset
        if isinstance(self.product_price, Unset):
            product_price = UNSET
        else:
            product_price = self.product_price

        product_discount_price: Decimal | None | Unset
        if isinstance(self.product_discount_price, Unset):
            product_discount_price = UNSET
        else:
            product_discount_price = self.product_discount_price

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
        if line_id is not UNSET:
            field_dict["LineId"] = line_id
        if title is not UNSET:
            field_dict["Title"] = title
        if is_active is not UNSET:
            field_dict["IsActive"] = is_active
        if quantity is not UNSET:
            field_dict["Quantity"] = quantity
        if product_price is not UNSET:
            field_dict["ProductPrice"] = product_price
        if product_discount_price is not UNSET:
            field_dict["ProductDiscountPrice"] = product_discount_price
        if product_brand is not UNSET:
            field_dict["ProductBrand"] = product_brand
        if product_category is not UNSET:
            field_dict["ProductCategory"] = product_category

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        original_id: int | None | str | Unset = d.pop("OriginalId", UNSET)

        line_id: None | str | Unset = d.pop("LineId", UNSET)

        title: None | str | Unset = d.pop("Title", UNSET)

        is_active: bool | None | Unset = d.pop("IsActive", UNSET)

        quantity: int | None | Unset = d.pop("Quantity", UNSET)

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

        _product_discount_price_value = d.pop("ProductDiscountPrice", UNSET)
        product_discount_price: Decimal | None | Unset
        if _product_discount_price_value is None or isinstance(_product_discount_price_value, Unset):
            product_discount_price = _product_discount_price_value
        else:
            if not (
                isinstance(_product_discount_price_value, (int, float, Decimal, str))
                and not isinstance(_product_discount_price_value, bool)
            ):
                raise TypeError()
            product_discount_price_type_0 = to_decimal(_product_discount_price_value)

            product_discount_price = product_discount_price_type_0

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

        available_rewards_request_product = cls(
            original_id=original_id,
            line_id=line_id,
            title=title,
            is_active=is_active,
            quantity=quantity,
            product_price=product_price,
            product_discount_price=product_discount_price,
            product_brand=product_brand,
            product_category=product_category,
        )

        available_rewards_request_product.additional_properties = d
        return available_rewards_request_product

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
