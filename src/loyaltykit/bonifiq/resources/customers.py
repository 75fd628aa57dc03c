"""``bq.customers``: balances, coupons, history and profile (BonifiQ tag ``Customer``).

``Customers`` is the generated ``CustomersResource`` (every ``Customer`` operation, api.md) plus
pagers and keyed balance changes. ``history`` pages through every item, so the generated method
of that operation, which returns one page, is ``history_page``; ``get`` and ``points`` wrap the
generated ones (the customer id is checked before anything is sent).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, TypeVar, Unpack

import attrs
from loyaltykit_bonifiq_api.api.customer import (
    customer_available_coupons,
    customer_change_cashback,
    customer_change_points,
    customer_get,
    customer_history,
    customer_points,
)
from loyaltykit_bonifiq_api.models.base_external_api_response_of_customer_points_response import (
    BaseExternalApiResponseOfCustomerPointsResponse,
)
from loyaltykit_bonifiq_api.models.base_external_api_response_of_customer_response import (
    BaseExternalApiResponseOfCustomerResponse,
)
from loyaltykit_bonifiq_api.models.change_cashback_request import ChangeCashbackRequest
from loyaltykit_bonifiq_api.models.change_points_request import ChangePointsRequest
from loyaltykit_bonifiq_api.models.create_coupon_response import CreateCouponResponse
from loyaltykit_bonifiq_api.models.customer_history_item import CustomerHistoryItem
from loyaltykit_bonifiq_api.models.customer_points_response import CustomerPointsResponse
from loyaltykit_bonifiq_api.models.operation_type import OperationType

from ..._call import Call, KeyedWrite
from ..._money import money
from ..._operation import Operation, generated_call
from ..._options import RequestOptions
from ..._pagination import AsyncPager, Page, PageRef, PageSource, SyncPager
from ..._response import RawResponse
from ..._validation import require_int, require_money, require_text
from ...errors import APIError
from .._envelope import ListEnvelope, enveloped_call, to_page
from .._vendor import is_key_already_used
from ..types import BalanceChange
from ._generated.customers import AsyncCustomersResource, CustomersResource

T = TypeVar("T")

MAX_PAGE_SIZE = 50  # "Max size is 50 items per page" (BonifiQ paged lists)


def _points(customer_id: str) -> Call[CustomerPointsResponse]:
    args = {"id": require_text("customer_id", customer_id)}
    return generated_call(customer_points, args)


def _get(customer_id: str) -> Call[BaseExternalApiResponseOfCustomerResponse]:
    args = {"id": require_text("customer_id", customer_id)}
    return enveloped_call(customer_get, args)


def _customer_pages(module: Operation[ListEnvelope[T]], customer_id: str, page_size: int) -> PageSource[T]:
    """A customer's paged list (available coupons, history): POST with PageNumber/PageSize."""
    customer_id = require_text("customer_id", customer_id)
    page_size = require_int("page_size", page_size, minimum=1, maximum=MAX_PAGE_SIZE)

    def fetch(ref: PageRef) -> Call[Page[T]]:
        args = {"id": customer_id, "page_number": ref.number, "page_size": page_size}
        call = generated_call(module, args)
        operation = call.operation
        return call.map(lambda envelope, raw: to_page(envelope, raw, operation))

    return PageSource(fetch, PageRef(number=1), numbered=True)


def _coupons(customer_id: str, page_size: int) -> PageSource[CreateCouponResponse]:
    return _customer_pages(customer_available_coupons, customer_id, page_size)


def _history(customer_id: str, page_size: int) -> PageSource[CustomerHistoryItem]:
    return _customer_pages(customer_history, customer_id, page_size)


def plan_change(
    kind: str, customer_id: str, amount: Decimal | int | str, *, remove: bool, change_key: str, reason: str
) -> KeyedWrite[BalanceChange]:
    """POST /Customer/{id}/points or /cashback; the amount's sign follows the operation (0 add, 1 remove).

    ``reason`` is internal (customers do not see it) and BonifiQ requires it.
    """
    customer_id = require_text("customer_id", customer_id)
    key = require_text("change_key", change_key)
    reason = require_text("reason", reason)
    operation = OperationType.REMOVE if remove else OperationType.ADD
    body: ChangePointsRequest | ChangeCashbackRequest
    if kind == "points":
        points = require_int("points", amount, minimum=1)
        signed = Decimal(-points if remove else points)
        body = ChangePointsRequest(points=int(signed), operation_type=operation, change_key=key, reason=reason)
        module: Any = customer_change_points
    else:
        value = money(require_money("value", amount))
        signed = -value if remove else value
        body = ChangeCashbackRequest(value=signed, operation_type=operation, change_key=key, reason=reason)
        module = customer_change_cashback
    change = BalanceChange(customer_id=customer_id, kind=kind, amount=signed, change_key=key)
    call = enveloped_call(module, {"id": customer_id, "body": body}, idempotent=True)

    def done(parsed: BaseExternalApiResponseOfCustomerPointsResponse, raw: RawResponse) -> BalanceChange:
        return attrs.evolve(change, detail=parsed.result, raw_response=raw)

    def applied_before(error: APIError) -> BalanceChange:
        return attrs.evolve(change, already_applied=True, raw_response=error.response)

    return KeyedWrite(call.map(done), is_key_already_used, applied_before)


class Customers(CustomersResource):
    def points(self, id: str, **options: Unpack[RequestOptions]) -> CustomerPointsResponse:
        """Points and cashback balance (GET /v1/pvt/Customer/{id}/points).

        ``id``: the customer's id (``customer_id`` in errors), checked before anything is sent.
        An unknown customer is not an error on BonifiQ: the answer says ``customer_exists=False``
        (zero balances), so check it. (Gameball's ``customers.balance`` raises ``NotFoundError``.)
        """
        return self._client.execute(_points(id), options)

    def get(self, id: str, **options: Unpack[RequestOptions]) -> BaseExternalApiResponseOfCustomerResponse:
        """The customer's profile (GET /v1/pvt/Customer/{id}); ``id`` checked as in ``points``."""
        return self._client.execute(_get(id), options)

    def coupons(
        self, customer_id: str, *, page_size: int = MAX_PAGE_SIZE, **options: Unpack[RequestOptions]
    ) -> SyncPager[CreateCouponResponse]:
        """Every unused coupon the customer redeemed, across all pages, fetched lazily."""
        return SyncPager(self._client, _coupons(customer_id, page_size), options)

    def history(
        self, customer_id: str, *, page_size: int = MAX_PAGE_SIZE, **options: Unpack[RequestOptions]
    ) -> SyncPager[CustomerHistoryItem]:
        return SyncPager(self._client, _history(customer_id, page_size), options)

    def add_points(
        self, customer_id: str, points: int, *, change_key: str, reason: str, **options: Unpack[RequestOptions]
    ) -> BalanceChange:
        """Give points. ``change_key`` (yours, e.g. the campaign and customer) applies it once."""
        return self._client.execute_keyed(
            plan_change("points", customer_id, points, remove=False, change_key=change_key, reason=reason), options
        )

    def remove_points(
        self, customer_id: str, points: int, *, change_key: str, reason: str, **options: Unpack[RequestOptions]
    ) -> BalanceChange:
        """Take points away, once per ``change_key``."""
        return self._client.execute_keyed(
            plan_change("points", customer_id, points, remove=True, change_key=change_key, reason=reason), options
        )

    def add_cashback(
        self,
        customer_id: str,
        value: Decimal | int | str,
        *,
        change_key: str,
        reason: str,
        **options: Unpack[RequestOptions],
    ) -> BalanceChange:
        """Give cashback, once per ``change_key``."""
        return self._client.execute_keyed(
            plan_change("cashback", customer_id, value, remove=False, change_key=change_key, reason=reason), options
        )

    def remove_cashback(
        self,
        customer_id: str,
        value: Decimal | int | str,
        *,
        change_key: str,
        reason: str,
        **options: Unpack[RequestOptions],
    ) -> BalanceChange:
        """Take cashback away, once per ``change_key``."""
        return self._client.execute_keyed(
            plan_change("cashback", customer_id, value, remove=True, change_key=change_key, reason=reason), options
        )


class AsyncCustomers(AsyncCustomersResource):
    async def points(self, id: str, **options: Unpack[RequestOptions]) -> CustomerPointsResponse:
        """Points and cashback balance (GET /v1/pvt/Customer/{id}/points).

        ``id``: the customer's id (``customer_id`` in errors), checked before anything is sent.
        An unknown customer is not an error on BonifiQ: the answer says ``customer_exists=False``
        (zero balances), so check it. (Gameball's ``customers.balance`` raises ``NotFoundError``.)
        """
        return await self._client.execute(_points(id), options)

    async def get(self, id: str, **options: Unpack[RequestOptions]) -> BaseExternalApiResponseOfCustomerResponse:
        """The customer's profile (GET /v1/pvt/Customer/{id}); ``id`` checked as in ``points``."""
        return await self._client.execute(_get(id), options)

    def coupons(
        self, customer_id: str, *, page_size: int = MAX_PAGE_SIZE, **options: Unpack[RequestOptions]
    ) -> AsyncPager[CreateCouponResponse]:
        """Every unused coupon the customer redeemed, across all pages, fetched lazily."""
        return AsyncPager(self._client, _coupons(customer_id, page_size), options)

    def history(
        self, customer_id: str, *, page_size: int = MAX_PAGE_SIZE, **options: Unpack[RequestOptions]
    ) -> AsyncPager[CustomerHistoryItem]:
        return AsyncPager(self._client, _history(customer_id, page_size), options)

    async def add_points(
        self, customer_id: str, points: int, *, change_key: str, reason: str, **options: Unpack[RequestOptions]
    ) -> BalanceChange:
        """Give points. ``change_key`` (yours, e.g. the campaign and customer) applies it once."""
        return await self._client.execute_keyed(
            plan_change("points", customer_id, points, remove=False, change_key=change_key, reason=reason), options
        )

    async def remove_points(
        self, customer_id: str, points: int, *, change_key: str, reason: str, **options: Unpack[RequestOptions]
    ) -> BalanceChange:
        """Take points away, once per ``change_key``."""
        return await self._client.execute_keyed(
            plan_change("points", customer_id, points, remove=True, change_key=change_key, reason=reason), options
        )

    async def add_cashback(
        self,
        customer_id: str,
        value: Decimal | int | str,
        *,
        change_key: str,
        reason: str,
        **options: Unpack[RequestOptions],
    ) -> BalanceChange:
        """Give cashback, once per ``change_key``."""
        return await self._client.execute_keyed(
            plan_change("cashback", customer_id, value, remove=False, change_key=change_key, reason=reason), options
        )

    async def remove_cashback(
        self,
        customer_id: str,
        value: Decimal | int | str,
        *,
        change_key: str,
        reason: str,
        **options: Unpack[RequestOptions],
    ) -> BalanceChange:
        """Take cashback away, once per ``change_key``."""
        return await self._client.execute_keyed(
            plan_change("cashback", customer_id, value, remove=True, change_key=change_key, reason=reason), options
        )
