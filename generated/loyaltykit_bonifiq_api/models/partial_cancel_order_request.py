from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="PartialCancelOrderRequest")


@_attrs_define
class PartialCancelOrderRequest:
    value_to_refund: Decimal | None | Unset = UNSET
    """ Value to be refunded from the order total. This value must be greater than 0 and less or equal than the
    OrderTotal value sent when the order was created or updated. """
    cancel_key: None | str | Unset = UNSET
    """ This key is used to avoid duplicated partial cancel on the same order. Use a unique value (such as an ID)
    for each partial cancel request. If you try to cancel the same order using the same CancelKey the cancellation
    will fail. """
    products: list[PartialCancelOrderProduct] | None | Unset = UNSET
    """ Returned products; Sum(Products[].ValueToRefund) must equal ValueToRefund (in cents). """
    should_refund_redeem: bool | None | Unset = UNSET
    """ Overrides the tenant configuration on refunding the redeem. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "value_to_refund",
                "cancel_key",
                "products",
                "should_refund_redeem",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        value_to_refund: Decimal | None | Unset
        if isinstance(self.value_to_refund, Unset):
            value_to_refund = UNSET
        else:
            value_to_refund = self.value_to_refund

        cancel_key: None | str | Unset
        if isinstance(self.cancel_key, Unset):
            cancel_key = UNSET
        else:
            cancel_key = self.cancel_key

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

        should_refund_redeem: bool | None | Unset
        if isinstance(self.should_refund_redeem, Unset):
            should_refund_redeem = UNSET
        else:
            should_refund_redeem = self.should_refund_redeem

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if value_to_refund is not UNSET:
            field_dict["ValueToRefund"] = value_to_refund
        if cancel_key is not UNSET:
            field_dict["CancelKey"] = cancel_key
        if products is not UNSET:
            field_dict["Products"] = products
        if should_refund_redeem is not UNSET:
            field_dict["ShouldRefundRedeem"] = should_refund_redeem

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _value_to_refund_value = d.pop("ValueToRefund", UNSET)
        value_to_refund: Decimal | None | Unset
        if _value_to_refund_value is None or isinstance(_value_to_refund_value, Unset):
            value_to_refund = _value_to_refund_value
        else:
            if not (
                isinstance(_value_to_refund_value, (int, float, Decimal, str))
                and not isinstance(_value_to_refund_value, bool)
            ):
                raise TypeError()
            value_to_refund_type_0 = to_decimal(_value_to_refund_value)

            value_to_refund = value_to_refund_type_0

        cancel_key: None | str | Unset = d.pop("CancelKey", UNSET)

        _products_value = d.pop("Products", UNSET)
        products: list[PartialCancelOrderProduct] | None | Unset
        if _products_value is None or isinstance(_products_value, Unset):
            products = _products_value
        else:
            if not isinstance(_products_value, list):
                raise TypeError()
            products_type_0 = []
            _products_type_0 = _products_value
            for products_type_0_item_data in _products_type_0:
                products_type_0_item = PartialCancelOrderProduct.from_dict(products_type_0_item_data)

                products_type_0.append(products_type_0_item)

            products = products_type_0

        should_refund_redeem: bool | None | Unset = d.pop("ShouldRefundRedeem", UNSET)

        partial_cancel_order_request = cls(
            value_to_refund=value_to_refund,
            cancel_key=cancel_key,
            products=products,
            should_refund_redeem=should_refund_redeem,
        )

        partial_cancel_order_request.additional_properties = d
        return partial_cancel_order_request

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


from ..models.partial_cancel_order_product import PartialCancelOrderProduct
