"""``bq.customers``: balances, coupons, history and profile (BonifiQ tag ``Customer``)."""

from __future__ import annotations

from typing import Any, TypeVar

from loyaltykit_bonifiq_api.api.customer import (
    customer_available_coupons,
    customer_get,
    customer_history,
    customer_points,
)
from loyaltykit_bonifiq_api.models.base_external_api_list_response_of_create_coupon_response import (
    BaseExternalApiListResponseOfCreateCouponResponse,
)
from loyaltykit_bonifiq_api.models.base_external_api_list_response_of_customer_history_item import (
    BaseExternalApiListResponseOfCustomerHistoryItem,
)
from loyaltykit_bonifiq_api.models.base_external_api_response_of_customer_response import (
    BaseExternalApiResponseOfCustomerResponse,
)
from loyaltykit_bonifiq_api.models.create_coupon_response import CreateCouponResponse
from loyaltykit_bonifiq_api.models.customer_history_item import CustomerHistoryItem
from loyaltykit_bonifiq_api.models.customer_points_response import CustomerPointsResponse

from ..._call import Call
from ..._operation import Operation, generated_call, model_parser, operation_name
from ..._pagination import AsyncPager, Page, PageRef, PageSource, SyncPager
from ..._resource import AsyncResource, SyncResource
from ..._validation import require_int, require_text
from .._envelope import ListEnvelopeModel, checked, to_page

T = TypeVar("T")

MAX_PAGE_SIZE = 50  # "Max size is 50 items per page" (BonifiQ paged lists)


def _points(customer_id: str) -> Call[CustomerPointsResponse]:
    args = {"id": require_text("customer_id", customer_id)}
    return generated_call(customer_points, args, model_parser(CustomerPointsResponse))


def _get(customer_id: str) -> Call[BaseExternalApiResponseOfCustomerResponse]:
    args = {"id": require_text("customer_id", customer_id)}
    call = generated_call(customer_get, args, model_parser(BaseExternalApiResponseOfCustomerResponse))
    return call.map(lambda envelope, raw: checked(envelope, raw, "Customer_Get"))


def _customer_pages(
    module: Operation[Any], envelope: type[ListEnvelopeModel[T]], customer_id: str, page_size: int
) -> PageSource[T]:
    """A customer's paged list (available coupons, history): POST with PageNumber/PageSize."""
    customer_id = require_text("customer_id", customer_id)
    page_size = require_int("page_size", page_size, minimum=1, maximum=MAX_PAGE_SIZE)
    operation = operation_name(module)

    def fetch(ref: PageRef) -> Call[Page[T]]:
        args = {"id": customer_id, "page_number": ref.number, "page_size": page_size}
        call = generated_call(module, args, model_parser(envelope), read_only=True)
        return call.map(lambda envelope, raw: to_page(envelope, raw, operation))

    return PageSource(fetch, PageRef(number=1), numbered=True)


def _coupons(customer_id: str, page_size: int) -> PageSource[CreateCouponResponse]:
    envelope = BaseExternalApiListResponseOfCreateCouponResponse
    return _customer_pages(customer_available_coupons, envelope, customer_id, page_size)


def _history(customer_id: str, page_size: int) -> PageSource[CustomerHistoryItem]:
    envelope = BaseExternalApiListResponseOfCustomerHistoryItem
    return _customer_pages(customer_history, envelope, customer_id, page_size)


class Customers(SyncResource):
    def points(self, customer_id: str) -> CustomerPointsResponse:
        """Points and cashback balance (GET /v1/pvt/Customer/{id}/points)."""
        return self._client.execute(_points(customer_id))

    def get(self, customer_id: str) -> BaseExternalApiResponseOfCustomerResponse:
        return self._client.execute(_get(customer_id))

    def coupons(self, customer_id: str, *, page_size: int = MAX_PAGE_SIZE) -> SyncPager[CreateCouponResponse]:
        """Every unused coupon the customer redeemed, across all pages, fetched lazily."""
        return SyncPager(self._client, _coupons(customer_id, page_size))

    def history(self, customer_id: str, *, page_size: int = MAX_PAGE_SIZE) -> SyncPager[CustomerHistoryItem]:
        return SyncPager(self._client, _history(customer_id, page_size))


class AsyncCustomers(AsyncResource):
    async def points(self, customer_id: str) -> CustomerPointsResponse:
        """Points and cashback balance (GET /v1/pvt/Customer/{id}/points)."""
        return await self._client.execute(_points(customer_id))

    async def get(self, customer_id: str) -> BaseExternalApiResponseOfCustomerResponse:
        return await self._client.execute(_get(customer_id))

    def coupons(self, customer_id: str, *, page_size: int = MAX_PAGE_SIZE) -> AsyncPager[CreateCouponResponse]:
        """Every unused coupon the customer redeemed, across all pages, fetched lazily."""
        return AsyncPager(self._client, _coupons(customer_id, page_size))

    def history(self, customer_id: str, *, page_size: int = MAX_PAGE_SIZE) -> AsyncPager[CustomerHistoryItem]:
        return AsyncPager(self._client, _history(customer_id, page_size))
