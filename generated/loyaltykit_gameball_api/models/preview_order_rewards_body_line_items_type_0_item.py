from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, to_decimal

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

        def _parse_quantity(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            quantity_type_0 = to_decimal(data)

            return quantity_type_0

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_price(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            price_type_0 = to_decimal(data)

            return price_type_0

        price = _parse_price(d.pop("price", UNSET))

        def _parse_discount(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            discount_type_0 = to_decimal(data)

            return discount_type_0

        discount = _parse_discount(d.pop("discount", UNSET))

        def _parse_taxes(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            taxes_type_0 = to_decimal(data)

            return taxes_type_0

        taxes = _parse_taxes(d.pop("taxes", UNSET))

        def _parse_weight(data: object) -> Decimal | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not (isinstance(data, (int, float, Decimal, str)) and not isinstance(data, bool)):
                raise TypeError()
            weight_type_0 = to_decimal(data)

            return weight_type_0

        weight = _parse_weight(d.pop("weight", UNSET))

        vendor: None | str | Unset = d.pop("vendor", UNSET)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            tags_type_0 = cast(list[str], data)

            return tags_type_0

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_category(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            category_type_0 = cast(list[str], data)

            return category_type_0

        category = _parse_category(d.pop("category", UNSET))

        def _parse_collection(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, list):
                raise TypeError()
            collection_type_0 = cast(list[str], data)

            return collection_type_0

        collection = _parse_collection(d.pop("collection", UNSET))

        def _parse_extra(data: object) -> None | PreviewOrderRewardsBodyLineItemsType0ItemExtraType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            if not isinstance(data, dict):
                raise TypeError()
            extra_type_0 = PreviewOrderRewardsBodyLineItemsType0ItemExtraType0.from_dict(data)

            return extra_type_0

        extra = _parse_extra(d.pop("extra", UNSET))

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
