from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PreviewOrderRewardsBodyLineItemsType0Item")


@_attrs_define
class PreviewOrderRewardsBodyLineItemsType0Item:
    product_id: None | str | Unset = UNSET
    """ Product identifier. """
    sku: None | str | Unset = UNSET
    """ Product SKU. """
    title: None | str | Unset = UNSET
    """ Product title. """
    quantity: Decimal | None | Unset = UNSET
    """ Quantity purchased. """
    price: Decimal | None | Unset = UNSET
    """ Unit price. """
    discount: Decimal | None | Unset = UNSET
    """ Line discount total (must not exceed the gross line total). """
    taxes: Decimal | None | Unset = UNSET
    """ Line taxes. """
    weight: Decimal | None | Unset = UNSET
    """ Item weight. """
    vendor: None | str | Unset = UNSET
    """ Vendor/supplier name. """
    tags: list[str] | None | Unset = UNSET
    """ Product tags — usable in campaign conditions. """
    category: list[str] | None | Unset = UNSET
    """ Product categories — usable in campaign conditions. """
    collection: list[str] | None | Unset = UNSET
    """ Product collections — usable in campaign conditions. """
    extra: None | PreviewOrderRewardsBodyLineItemsType0ItemExtraType0 | Unset = UNSET
    """ Custom line-item attributes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "product_id",
                "sku",
                "title",
                "quantity",
                "price",
                "discount",
                "taxes",
                "weight",
                "vendor",
                "tags",
                "category",
                "collection",
                "extra",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        sku: None | str | Unset
        if isinstance(self.sku, Unset):
            sku = UNSET
        else:
            sku = self.sku

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        quantity: Decimal | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        price: Decimal | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        discount: Decimal | None | Unset
        if isinstance(self.discount, Unset):
            discount = UNSET
        else:
            discount = self.discount

        taxes: Decimal | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        else:
            taxes = self.taxes

        weight: Decimal | None | Unset
        if isinstance(self.weight, Unset):
            weight = UNSET
        else:
            weight = self.weight

        vendor: None | str | Unset
        if isinstance(self.vendor, Unset):
            vendor = UNSET
        else:
            vendor = self.vendor

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        category: list[str] | None | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        elif isinstance(self.category, list):
            category = self.category

        else:
            category = self.category

        collection: list[str] | None | Unset
        if isinstance(self.collection, Unset):
            collection = UNSET
        elif isinstance(self.collection, list):
            collection = self.collection

        else:
            collection = self.collection

        extra: dict[str, Any] | None | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        elif isinstance(self.extra, PreviewOrderRewardsBodyLineItemsType0ItemExtraType0):
            extra = self.extra.to_dict()
        else:
            extra = self.extra

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if sku is not UNSET:
            field_dict["sku"] = sku
        if title is not UNSET:
            field_dict["title"] = title
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if price is not UNSET:
            field_dict["price"] = price
        if discount is not UNSET:
            field_dict["discount"] = discount
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if weight is not UNSET:
            field_dict["weight"] = weight
        if vendor is not UNSET:
            field_dict["vendor"] = vendor
        if tags is not UNSET:
            field_dict["tags"] = tags
        if category is not UNSET:
            field_dict["category"] = category
        if collection is not UNSET:
            field_dict["collection"] = collection
        if extra is not UNSET:
            field_dict["extra"] = extra

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        product_id: None | str | Unset = d.pop("productId", UNSET)

        sku: None | str | Unset = d.pop("sku", UNSET)

        title: None | str | Unset = d.pop("title", UNSET)

        _quantity_value = d.pop("quantity", UNSET)
        quantity: Decimal | None | Unset
        if _quantity_value is None or isinstance(_quantity_value, Unset):
            quantity = _quantity_value
        else:
            if not (isinstance(_quantity_value, (int, float, Decimal, str)) and not isinstance(_quantity_value, bool)):
                raise TypeError()
            quantity_type_0 = to_decimal(_quantity_value)

            quantity = quantity_type_0

        _price_value = d.pop("price", UNSET)
        price: Decimal | None | Unset
        if _price_value is None or isinstance(_price_value, Unset):
            price = _price_value
        else:
            if not (isinstance(_price_value, (int, float, Decimal, str)) and not isinstance(_price_value, bool)):
                raise TypeError()
            price_type_0 = to_decimal(_price_value)

            price = price_type_0

        _discount_value = d.pop("discount", UNSET)
        discount: Decimal | None | Unset
        if _discount_value is None or isinstance(_discount_value, Unset):
            discount = _discount_value
        else:
            if not (isinstance(_discount_value, (int, float, Decimal, str)) and not isinstance(_discount_value, bool)):
                raise TypeError()
            discount_type_0 = to_decimal(_discount_value)

            discount = discount_type_0

        _taxes_value = d.pop("taxes", UNSET)
        taxes: Decimal | None | Unset
        if _taxes_value is None or isinstance(_taxes_value, Unset):
            taxes = _taxes_value
        else:
            if not (isinstance(_taxes_value, (int, float, Decimal, str)) and not isinstance(_taxes_value, bool)):
                raise TypeError()
            taxes_type_0 = to_decimal(_taxes_value)

            taxes = taxes_type_0

        _weight_value = d.pop("weight", UNSET)
        weight: Decimal | None | Unset
        if _weight_value is None or isinstance(_weight_value, Unset):
            weight = _weight_value
        else:
            if not (isinstance(_weight_value, (int, float, Decimal, str)) and not isinstance(_weight_value, bool)):
                raise TypeError()
            weight_type_0 = to_decimal(_weight_value)

            weight = weight_type_0

        vendor: None | str | Unset = d.pop("vendor", UNSET)

        _tags_value = d.pop("tags", UNSET)
        tags: list[str] | None | Unset
        if _tags_value is None or isinstance(_tags_value, Unset):
            tags = _tags_value
        else:
            if not isinstance(_tags_value, list):
                raise TypeError()
            tags_type_0 = cast(list[str], _tags_value)

            tags = tags_type_0

        _category_value = d.pop("category", UNSET)
        category: list[str] | None | Unset
        if _category_value is None or isinstance(_category_value, Unset):
            category = _category_value
        else:
            if not isinstance(_category_value, list):
                raise TypeError()
            category_type_0 = cast(list[str], _category_value)

            category = category_type_0

        _collection_value = d.pop("collection", UNSET)
        collection: list[str] | None | Unset
        if _collection_value is None or isinstance(_collection_value, Unset):
            collection = _collection_value
        else:
            if not isinstance(_collection_value, list):
                raise TypeError()
            collection_type_0 = cast(list[str], _collection_value)

            collection = collection_type_0

        _extra_value = d.pop("extra", UNSET)
        extra: None | PreviewOrderRewardsBodyLineItemsType0ItemExtraType0 | Unset
        if _extra_value is None or isinstance(_extra_value, Unset):
            extra = _extra_value
        else:
            if not isinstance(_extra_value, dict):
                raise TypeError()
            extra_type_0 = PreviewOrderRewardsBodyLineItemsType0ItemExtraType0.from_dict(_extra_value)

            extra = extra_type_0

        preview_order_rewards_body_line_items_type_0_item = cls(
            product_id=product_id,
            sku=sku,
            title=title,
            quantity=quantity,
            price=price,
            discount=discount,
            taxes=taxes,
            weight=weight,
            vendor=vendor,
            tags=tags,
            category=category,
            collection=collection,
            extra=extra,
        )

        preview_order_rewards_body_line_items_type_0_item.additional_properties = d
        return preview_order_rewards_body_line_items_type_0_item

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


from ..models.preview_order_rewards_body_line_items_type_0_item_extra_type_0 import (
    PreviewOrderRewardsBodyLineItemsType0ItemExtraType0,
)
