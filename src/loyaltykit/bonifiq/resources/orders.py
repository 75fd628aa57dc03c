"""``bq.orders``: orders after the fact (BonifiQ tag ``Order``). POS sales use ``bq.pos``."""

from __future__ import annotations

from typing import TypeVar, Unpack

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
from ..._response import RawResponse
from ..._validation import require_model, require_text
from .._envelope import enveloped_call
from ._generated.orders import AsyncOrdersResource, OrdersResource
from .pos import require_canceled

T = TypeVar("T")


def _get(order_id: str) -> Call[OrderResponse]:
    args = {"order_id": require_text("order_id", order_id)}
    return generated_call(order_get, args)


def _confirmed(
    envelope: BaseExternalApiResponseOfCancelOrderResponse, raw: RawResponse
) -> BaseExternalApiResponseOfCancelOrderResponse:
    result = envelope.result
    require_canceled(result.is_canceled if result is not None else None, raw, order_cancel.OPERATION_ID)
    return envelope


def _body(body: T | None, model: type[T]) -> T:
    return model() if body is None else require_model("body", body, model)


def _cancel(order_id: str, body: CancelOrderRequest | None) -> Call[BaseExternalApiResponseOfCancelOrderResponse]:
    args = {"order_id": require_text("order_id", order_id), "body": _body(body, CancelOrderRequest)}
    return enveloped_call(order_cancel, args).map(_confirmed)


def _complete(order_id: str, body: CompleteOrderRequest | None) -> Call[BaseExternalApiResponseOfCompleteOrderResponse]:
    args = {"order_id": require_text("order_id", order_id), "body": _body(body, CompleteOrderRequest)}
    return enveloped_call(order_complete, args)


class Orders(OrdersResource):
    """``bq.orders``: every ``Order`` operation (api.md), with ``get``, ``cancel`` and ``complete`` wrapped."""

    def get(self, order_id: str, **options: Unpack[RequestOptions]) -> OrderResponse:
        """An order as BonifiQ has it, with its Coupon (the linked redeem) and state.

        Wraps the generated ``get``: ``order_id`` is checked before anything is sent.
        """
        return self._client.execute(_get(order_id), options)

    def cancel(
        self, order_id: str, *, body: CancelOrderRequest | None = None, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCancelOrderResponse:
        """Cancel the whole order; its points and linked redeems come back. Not retried.

        Wraps the generated ``cancel``: ``body`` defaults to an empty ``CancelOrderRequest``, and an
        answer without ``IsCanceled`` raises.
        """
        return self._client.execute(_cancel(order_id, body), options)

    def complete(
        self, order_id: str, *, body: CompleteOrderRequest | None = None, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCompleteOrderResponse:
        """Mark the order completed. Not retried.

        Wraps the generated ``complete``: ``body`` defaults to an empty ``CompleteOrderRequest``.
        """
        return self._client.execute(_complete(order_id, body), options)


class AsyncOrders(AsyncOrdersResource):
    """The async twin of ``Orders``."""

    async def get(self, order_id: str, **options: Unpack[RequestOptions]) -> OrderResponse:
        """An order as BonifiQ has it, with its Coupon (the linked redeem) and state.

        Wraps the generated ``get``: ``order_id`` is checked before anything is sent.
        """
        return await self._client.execute(_get(order_id), options)

    async def cancel(
        self, order_id: str, *, body: CancelOrderRequest | None = None, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCancelOrderResponse:
        """Cancel the whole order; its points and linked redeems come back. Not retried.

        Wraps the generated ``cancel``: ``body`` defaults to an empty ``CancelOrderRequest``, and an
        answer without ``IsCanceled`` raises.
        """
        return await self._client.execute(_cancel(order_id, body), options)

    async def complete(
        self, order_id: str, *, body: CompleteOrderRequest | None = None, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCompleteOrderResponse:
        """Mark the order completed. Not retried.

        Wraps the generated ``complete``: ``body`` defaults to an empty ``CompleteOrderRequest``.
        """
        return await self._client.execute(_complete(order_id, body), options)
