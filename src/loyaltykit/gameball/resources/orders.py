"""``gb.orders``: order tracking (Gameball's ``Orders`` endpoints).

``Orders`` is the generated ``OrdersResource`` (every ``orders`` operation, api.md) plus ``track``
(the four fields Gameball requires checked, retried as keyed by ``orderId``) and ``transactions``.
"""

from __future__ import annotations

from typing import Unpack

from loyaltykit_gameball_api.api.orders import get_order_transactions, track_order
from loyaltykit_gameball_api.models.get_order_transactions_response_200 import GetOrderTransactionsResponse200
from loyaltykit_gameball_api.models.track_order_body import TrackOrderBody
from loyaltykit_gameball_api.models.track_order_response_200 import TrackOrderResponse200

from ..._call import Call
from ..._operation import generated_call
from ..._options import RequestOptions
from ..._validation import check_operation_arguments, require_money, require_text
from ...errors import InvalidArgumentError
from ._generated.orders import AsyncOrdersResource, OrdersResource
from .customers import MAX_CUSTOMER_ID


def _track(order: TrackOrderBody) -> Call[TrackOrderResponse200]:
    if not isinstance(order, TrackOrderBody):
        raise InvalidArgumentError("order", "must be a TrackOrderBody")
    # Gameball requires these four (TrackOrderBody's "required" in the published spec).
    require_text("order.order_id", order.order_id)
    require_text("order.customer_id", order.customer_id, max_length=MAX_CUSTOMER_ID)
    if order.order_date is None:
        raise InvalidArgumentError("order.order_date", "is required")
    if order.total_paid is None:
        raise InvalidArgumentError("order.total_paid", "is required")
    require_money("order.total_paid", order.total_paid, allow_zero=True)
    check_operation_arguments({"order": order})
    # Gameball tracks an order once per orderId, so resending it is safe.
    return generated_call(track_order, {"body": order}, idempotent=True)


def _transactions(order_id: str) -> Call[GetOrderTransactionsResponse200]:
    args = {"order_id": require_text("order_id", order_id)}
    return generated_call(get_order_transactions, args)


class Orders(OrdersResource):
    def track(self, order: TrackOrderBody, **options: Unpack[RequestOptions]) -> TrackOrderResponse200:
        """Track an order (POST /orders); it is keyed by ``orderId`` and retried safely."""
        return self._client.execute(_track(order), options)

    def transactions(self, order_id: str, **options: Unpack[RequestOptions]) -> GetOrderTransactionsResponse200:
        """The reward and redemption transactions of an order."""
        return self._client.execute(_transactions(order_id), options)


class AsyncOrders(AsyncOrdersResource):
    async def track(self, order: TrackOrderBody, **options: Unpack[RequestOptions]) -> TrackOrderResponse200:
        """Track an order (POST /orders); it is keyed by ``orderId`` and retried safely."""
        return await self._client.execute(_track(order), options)

    async def transactions(self, order_id: str, **options: Unpack[RequestOptions]) -> GetOrderTransactionsResponse200:
        """The reward and redemption transactions of an order."""
        return await self._client.execute(_transactions(order_id), options)
