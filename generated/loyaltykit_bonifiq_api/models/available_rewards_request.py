from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="AvailableRewardsRequest")


@_attrs_define
class AvailableRewardsRequest:
    customer_id: None | str | Unset = UNSET
    """ The id of the customer. It can be email or document (CPF/CNPJ). If a document use numbers only. """
    purchase_value: Decimal | None | Unset = UNSET
    """ Current value of the order. Should NOT contains discounts, return codes (vales) or other promotions. """
    discount_value: Decimal | None | Unset = UNSET
    """ If there is another discount in the order (not from BonifiQ) it can be passed here. BonifiQ use this
    information to return only rewards that can be used with other discounts. If no discount is being used pass null
    or 0 """
    products: list[AvailableRewardsRequestProduct] | None | Unset = UNSET
    """ Optional: List of products for cashback eligibility validation. If provided, restricted products will be
    filtered and the cashback will be calculated based only on eligible items. If not provided, the full
    PurchaseValue will be used (backward compatible behavior). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "purchase_value",
                "discount_value",
                "products",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        purchase_value: Decimal | None | Unset
        if isinstance(self.purchase_value, Unset):
            purchase_value = UNSET
        else:
            purchase_value = self.purchase_value

        discount_value: Decimal | None | Unset
        if isinstance(self.discount_value, Unset):
            discount_value = UNSET
        else:
            discount_value = self.discount_value

        products: list[dict[str, Any]] | None | Unset
        if isinstance(self.products, Unset):
            products = UNSET
        elif isinstance(self.products, list):
            products = []
            for products_type_0_item_data in self.products:
                products_type_0_item = products_type_0_item_data.to_dict()
                products.append(products_type_0_item)

        else:
            products = self.products

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["CustomerId"] = customer_id
        if purchase_value is not UNSET:
            field_dict["PurchaseValue"] = purchase_value
        if discount_value is not UNSET:
            field_dict["DiscountValue"] = discount_value
        if products is not UNSET:
            field_dict["Products"] = products

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("CustomerId", UNSET)

        _purchase_value_value = d.pop("PurchaseValue", UNSET)
        purchase_value: Decimal | None | Unset
        if _purchase_value_value is None or isinstance(_purchase_value_value, Unset):
            purchase_value = _purchase_value_value
        else:
            if not (
                isinstance(_purchase_value_value, (int, float, Decimal, str))
                and not isinstance(_purchase_value_value, bool)
            ):
                raise TypeError()
            purchase_value_type_0 = to_decimal(_purchase_value_value)

            purchase_value = purchase_value_type_0

        _discount_value_value = d.pop("DiscountValue", UNSET)
        discount_value: Decimal | None | Unset
        if _discount_value_value is None or isinstance(_discount_value_value, Unset):
            discount_value = _discount_value_value
        else:
            if not (
                isinstance(_discount_value_value, (int, float, Decimal, str))
                and not isinstance(_discount_value_value, bool)
            ):
                raise TypeError()
            discount_value_type_0 = to_decimal(_discount_value_value)

            discount_value = discount_value_type_0

        _products_value = d.pop("Products", UNSET)
        products: list[AvailableRewardsRequestProduct] | None | Unset
        if _products_value is None or isinstance(_products_value, Unset):
            products = _products_value
        else:
            if not isinstance(_products_value, list):
                raise TypeError()
            products_type_0 = []
            _products_type_0 = _products_value
            for products_type_0_item_data in _products_type_0:
                products_type_0_item = AvailableRewardsRequestProduct.from_dict(products_type_0_item_data)

                products_type_0.append(products_type_0_item)

            products = products_type_0

        available_rewards_request = cls(
            customer_id=customer_id,
            purchase_value=purchase_value,
            discount_value=discount_value,
            products=products,
        )

        available_rewards_request.additional_properties = d
        return available_rewards_request

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


from ..models.available_rewards_request_product import AvailableRewardsRequestProduct
