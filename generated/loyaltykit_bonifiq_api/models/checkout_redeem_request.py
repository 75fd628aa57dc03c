from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.redeem_origin import RedeemOrigin
from ..types import UNSET, Unset, model_repr, to_decimal

T = TypeVar("T", bound="CheckoutRedeemRequest")


@_attrs_define
class CheckoutRedeemRequest:
    """Request to redeem cashback in a checkout"""

    customer_id: None | str | Unset = UNSET
    """ Customer identifier (email or document/CPF). Required. """
    checkout_id: None | str | Unset = UNSET
    """ The checkout/cart ID from the e-commerce platform. Required. """
    cashback_value: Decimal | None | Unset = UNSET
    """ Optional: The specific amount of cashback to apply. If not provided, the maximum available cashback will be
    used. """
    total: Decimal | None | Unset = UNSET
    """ Optional: The checkout total value. Used for validation. """
    token: None | str | Unset = UNSET
    """ Optional: Platform-specific token for the checkout """
    original_key: None | str | Unset = UNSET
    """ Optional: A unique key to identify this redemption (for idempotency) """
    redeem_origin: None | RedeemOrigin | Unset = UNSET
    """ Optional: The origin of the redeem request """
    items: list[CheckoutRedeemItem] | None | Unset = UNSET
    """ Optional: List of order items for cashback eligibility validation. If provided, only eligible items will be
    considered for cashback calculation. If not provided, the full order total will be used (backward compatible
    behavior). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def __repr__(self) -> str:
        return model_repr(
            self,
            (
                "customer_id",
                "checkout_id",
                "cashback_value",
                "total",
                "token",
                "original_key",
                "redeem_origin",
                "items",
            ),
            frozenset(()),
        )

    def to_dict(self) -> dict[str, Any]:
        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        checkout_id: None | str | Unset
        if isinstance(self.checkout_id, Unset):
            checkout_id = UNSET
        else:
            checkout_id = self.checkout_id

        cashback_value: Decimal | None | Unset
        if isinstance(self.cashback_value, Unset):
            cashback_value = UNSET
        else:
            cashback_value = self.cashback_value

        total: Decimal | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        token: None | str | Unset
        if isinstance(self.token, Unset):
            token = UNSET
        else:
            token = self.token

        original_key: None | str | Unset
        if isinstance(self.original_key, Unset):
            original_key = UNSET
        else:
            original_key = self.original_key

        redeem_origin: int | None | Unset
        if isinstance(self.redeem_origin, Unset):
            redeem_origin = UNSET
        elif isinstance(self.redeem_origin, RedeemOrigin):
            redeem_origin = self.redeem_origin.value
        else:
            redeem_origin = self.redeem_origin

        items: list[dict[str, Any]] | None | Unset
        if isinstance(self.items, Unset):
            items = UNSET
        elif isinstance(self.items, list):
            items = []
            for items_type_0_item_data in self.items:
                items_type_0_item = items_type_0_item_data.to_dict()
                items.append(items_type_0_item)

        else:
            items = self.items

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_id is not UNSET:
            field_dict["CustomerId"] = customer_id
        if checkout_id is not UNSET:
            field_dict["CheckoutId"] = checkout_id
        if cashback_value is not UNSET:
            field_dict["CashbackValue"] = cashback_value
        if total is not UNSET:
            field_dict["Total"] = total
        if token is not UNSET:
            field_dict["Token"] = token
        if original_key is not UNSET:
            field_dict["OriginalKey"] = original_key
        if redeem_origin is not UNSET:
            field_dict["RedeemOrigin"] = redeem_origin
        if items is not UNSET:
            field_dict["Items"] = items

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        customer_id: None | str | Unset = d.pop("CustomerId", UNSET)

        checkout_id: None | str | Unset = d.pop("CheckoutId", UNSET)

        _cashback_value_value = d.pop("CashbackValue", UNSET)
        cashback_value: Decimal | None | Unset
        if _cashback_value_value is None or isinstance(_cashback_value_value, Unset):
            cashback_value = _cashback_value_value
        else:
            if not (
                isinstance(_cashback_value_value, (int, float, Decimal, str))
                and not isinstance(_cashback_value_value, bool)
            ):
                raise TypeError()
            cashback_value_type_0 = to_decimal(_cashback_value_value)

            cashback_value = cashback_value_type_0

        _total_value = d.pop("Total", UNSET)
        total: Decimal | None | Unset
        if _total_value is None or isinstance(_total_value, Unset):
            total = _total_value
        else:
            if not (isinstance(_total_value, (int, float, Decimal, str)) and not isinstance(_total_value, bool)):
                raise TypeError()
            total_type_0 = to_decimal(_total_value)

            total = total_type_0

        token: None | str | Unset = d.pop("Token", UNSET)

        original_key: None | str | Unset = d.pop("OriginalKey", UNSET)

        _redeem_origin_value = d.pop("RedeemOrigin", UNSET)
        redeem_origin: None | RedeemOrigin | Unset
        if _redeem_origin_value is None or isinstance(_redeem_origin_value, Unset):
            redeem_origin = _redeem_origin_value
        else:
            if not isinstance(_redeem_origin_value, int):
                raise TypeError()
            redeem_origin_type_0 = RedeemOrigin(_redeem_origin_value)

            redeem_origin = redeem_origin_type_0

        _items_value = d.pop("Items", UNSET)
        items: list[CheckoutRedeemItem] | None | Unset
        if _items_value is None or isinstance(_items_value, Unset):
            items = _items_value
        else:
            if not isinstance(_items_value, list):
                raise TypeError()
            items_type_0 = []
            _items_type_0 = _items_value
            for items_type_0_item_data in _items_type_0:
                items_type_0_item = CheckoutRedeemItem.from_dict(items_type_0_item_data)

                items_type_0.append(items_type_0_item)

            items = items_type_0

        checkout_redeem_request = cls(
            customer_id=customer_id,
            checkout_id=checkout_id,
            cashback_value=cashback_value,
            total=total,
            token=token,
            original_key=original_key,
            redeem_origin=redeem_origin,
            items=items,
        )

        checkout_redeem_request.additional_properties = d
        return checkout_redeem_request

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


from ..models.checkout_redeem_item import CheckoutRedeemItem
