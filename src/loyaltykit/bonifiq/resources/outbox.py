"""``bq.outbox``: orders completed offline, delivered with POST /v1/pvt/POS/orders.

BonifiQ stores an order's ``OriginalId`` once and answers a repeat with the stored order, a
2xx: a resent order is delivered, never doubled, and no answer tells it was there already, so a
delivered item reports ``already_existed=False`` and the coupon it was sent with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from loyaltykit_bonifiq_api.models.base_external_api_response_of_order_response import (
    BaseExternalApiResponseOfOrderResponse,
)
from loyaltykit_bonifiq_api.models.create_order_request import CreateOrderRequest

from ..._call import Call
from ..._outbox import AsyncOutboxResource, OrderDelivery, OutboxResource
from .pos import add_order_call


def _order_call(request: Mapping[str, Any]) -> Call[BaseExternalApiResponseOfOrderResponse]:
    return add_order_call(CreateOrderRequest.from_dict(request))


def _coupon(request: Mapping[str, Any]) -> str | None:
    coupon = request.get("Coupon")
    return coupon if isinstance(coupon, str) and coupon else None


DELIVERY = OrderDelivery("bonifiq", build=_order_call, delivered_before=lambda error: False, redemption_of=_coupon)


class Outbox(OutboxResource):
    delivery = DELIVERY


class AsyncOutbox(AsyncOutboxResource):
    delivery = DELIVERY
