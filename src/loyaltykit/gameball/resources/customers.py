"""``gb.customers``: balance and coupons (Gameball's customer endpoints).

``Customers`` is the generated ``CustomersResource`` (every ``customers`` operation, api.md) plus
``balance`` and ``coupons``, which check the customer id (at most 100 characters) and unwrap the list.
"""

from __future__ import annotations

from typing import Unpack

from loyaltykit_gameball_api.api.customers import get_customer_balance, get_customer_coupons
from loyaltykit_gameball_api.models.customer_balance_response import CustomerBalanceResponse
from loyaltykit_gameball_api.models.customer_coupons_response import CustomerCouponsResponse
from loyaltykit_gameball_api.models.customer_coupons_response_coupons_type_0_item import (
    CustomerCouponsResponseCouponsType0Item as CustomerCoupon,
)

from ..._call import Call
from ..._operation import generated_call
from ..._options import RequestOptions
from ..._response import RawResponse
from ..._validation import require_text
from ._generated.customers import AsyncCustomersResource, CustomersResource

MAX_CUSTOMER_ID = 100
"""Gameball's ``customerId`` is at most 100 characters: ``maxLength: 100`` wherever its published
spec bounds it (customer activation, social challenges, reward previews); the same id everywhere."""


def customer_id_of(value: object) -> str:
    return require_text("customer_id", value, max_length=MAX_CUSTOMER_ID)


def balance_call(customer_id: str) -> Call[CustomerBalanceResponse]:
    args = {"customer_id": customer_id_of(customer_id)}
    return generated_call(get_customer_balance, args)


def _coupon_list(response: CustomerCouponsResponse, raw: RawResponse) -> list[CustomerCoupon]:
    coupons: list[CustomerCoupon] | None = response.coupons
    return coupons or []


def _coupons(customer_id: str) -> Call[list[CustomerCoupon]]:
    args = {"customer_id": customer_id_of(customer_id)}
    return generated_call(get_customer_coupons, args).map(_coupon_list)


class Customers(CustomersResource):
    def balance(self, customer_id: str, **options: Unpack[RequestOptions]) -> CustomerBalanceResponse:
        """Points balance and its monetary value (GET /customers/{customerId}/balance).

        An unknown customer raises ``NotFoundError`` (Gameball answers 404). (BonifiQ's
        ``customers.points`` answers ``customer_exists=False`` instead.)
        """
        return self._client.execute(balance_call(customer_id), options)

    def coupons(self, customer_id: str, **options: Unpack[RequestOptions]) -> list[CustomerCoupon]:
        """The customer's coupons (GET /customers/{customerId}/coupons)."""
        return self._client.execute(_coupons(customer_id), options)


class AsyncCustomers(AsyncCustomersResource):
    async def balance(self, customer_id: str, **options: Unpack[RequestOptions]) -> CustomerBalanceResponse:
        """Points balance and its monetary value (GET /customers/{customerId}/balance).

        An unknown customer raises ``NotFoundError`` (Gameball answers 404). (BonifiQ's
        ``customers.points`` answers ``customer_exists=False`` instead.)
        """
        return await self._client.execute(balance_call(customer_id), options)

    async def coupons(self, customer_id: str, **options: Unpack[RequestOptions]) -> list[CustomerCoupon]:
        """The customer's coupons (GET /customers/{customerId}/coupons)."""
        return await self._client.execute(_coupons(customer_id), options)
