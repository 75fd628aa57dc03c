"""``bq.orders``: orders after the fact (BonifiQ tag ``Order``). POS sales use ``bq.pos``."""

from __future__ import annotations

from typing import Unpack

from loyaltykit_bonifiq_api.api.order import order_cancel, order_complete, order_get
from loyaltykit_bonifiq_api.models.base_external_api_response_of_cancel_order_response import (
    BaseExternalApiResponseOfCancelOrderResponse,
)
from loyaltykit_bonifiq_api.models.base_external_api_response_of_complete_order_response import (
    BaseExternalApiResponseOfCompleteOrderResponse,
)
from loyaltykit_bonifiq_api.models.cancel_order_request import CancelOrderRequest
from loyaltykit_bonifiq_api.models.complete_order_request import CompleteOrderRequest
from loyaltykit_bonifiq_api.models.order_response import OrderResponse

from ..._call import Call
from ..._operation import generated_call
from ..._options import RequestOptions
from ..._resource import AsyncResource, SyncResource
from ..._response import RawResponse
from ..._validation import require_text
from .._envelope import enveloped_call
from .._values import present
from .pos import require_canceled


def _get(order_id: str) -> Call[OrderResponse]:
    args = {"order_id": require_text("order_id", order_id)}
    return generated_call(order_get, args)


def _confirmed(
    envelope: BaseExternalApiResponseOfCancelOrderResponse, raw: RawResponse
) -> BaseExternalApiResponseOfCancelOrderResponse:
    result = present(envelope.result)
    require_canceled(result.is_canceled if result is not None else None, raw, order_cancel.OPERATION_ID)
    return envelope


def _cancel(order_id: str) -> Call[BaseExternalApiResponseOfCancelOrderResponse]:
    args = {"order_id": require_text("order_id", order_id), "body": CancelOrderRequest()}
    return enveloped_call(order_cancel, args).map(_confirmed)


def _complete(order_id: str) -> Call[BaseExternalApiResponseOfCompleteOrderResponse]:
    args = {"order_id": require_text("order_id", order_id), "body": CompleteOrderRequest()}
    return enveloped_call(order_complete, args)


class Orders(SyncResource):
    def get(self, order_id: str, **options: Unpack[RequestOptions]) -> OrderResponse:
        """An order as BonifiQ has it, with its Coupon (the linked redeem) and state."""
        return self._client.execute(_get(order_id), options)

    def cancel(self, order_id: str, **options: Unpack[RequestOptions]) -> BaseExternalApiResponseOfCancelOrderResponse:
        """Cancel the whole order; its points and linked redeems come back. Not retried."""
        return self._client.execute(_cancel(order_id), options)

    def complete(
        self, order_id: str, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCompleteOrderResponse:
        """Mark the order completed. Not retried."""
        return self._client.execute(_complete(order_id), options)


class AsyncOrders(AsyncResource):
    async def get(self, order_id: str, **options: Unpack[RequestOptions]) -> OrderResponse:
        """An order as BonifiQ has it, with its Coupon (the linked redeem) and state."""
        return await self._client.execute(_get(order_id), options)

    async def cancel(
        self, order_id: str, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCancelOrderResponse:
        """Cancel the whole order; its points and linked redeems come back. Not retried."""
        return await self._client.execute(_cancel(order_id), options)

    async def complete(
        self, order_id: str, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCompleteOrderResponse:
        """Mark the order completed. Not retried."""
        return await self._client.execute(_complete(order_id), options)
