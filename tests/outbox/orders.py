"""Queued orders as ``sale.complete(..., offline=True)`` stores them, and clients that count what they send."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import httpx
from loyaltykit_bonifiq_api.models.create_customer_request import CreateCustomerRequest
from loyaltykit_bonifiq_api.models.create_order_request import CreateOrderRequest
from loyaltykit_gameball_api.models.track_order_body import TrackOrderBody
from loyaltykit_gameball_api.models.track_order_body_channel_type_0 import TrackOrderBodyChannelType0

import loyaltykit
from loyaltykit.journal import Journal
from loyaltykit.sandbox import RunningSandbox

ANA = "ana@example.com"  # a demo customer on both vendors
PLACED = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
ORDER_PATHS = {"bonifiq": "/v1/pvt/POS/orders", "gameball": "/orders"}


def order_request(vendor: str, order_id: str, *, total: str = "50.00", customer: str | None = ANA) -> dict[str, Any]:
    """The order request a sale completed offline keeps: the generated model's ``to_dict()``."""
    amount = Decimal(total)
    if vendor == "bonifiq":
        return CreateOrderRequest(
            original_id=order_id,
            order_placement_date=PLACED,
            order_completed_date=PLACED,
            is_completed=True,
            is_cancelled_or_returned=False,
            order_total=amount,
            customer=None if customer is None else CreateCustomerRequest(original_id=customer, email=customer),
        ).to_dict()
    return TrackOrderBody(
        customer_id=customer,
        order_id=order_id,
        order_date=PLACED,
        total_paid=amount,
        total_price=amount,
        channel=TrackOrderBodyChannelType0.POS,
    ).to_dict()


def enqueue(journal: Journal, vendor: str, *order_ids: str, **options: Any) -> None:
    for order_id in order_ids:
        journal.enqueue_order(vendor, order_id, {"request": order_request(vendor, order_id, **options)})


def order_id_sent(request: httpx.Request) -> str:
    body = json.loads(request.content)
    return str(body.get("OriginalId") or body.get("orderId"))


class Sent:
    """The order ids a client posted, in the order it posted them (retries included)."""

    def __init__(self, vendor: str) -> None:
        self.path = ORDER_PATHS[vendor]
        self.orders: list[str] = []

    def hook(self, request: httpx.Request) -> None:
        if request.method == "POST" and request.url.path.endswith(self.path):
            self.orders.append(order_id_sent(request))

    async def async_hook(self, request: httpx.Request) -> None:
        self.hook(request)


def client(vendor: str, sandbox: RunningSandbox, *, is_async: bool = False, **settings: Any) -> Any:
    """A client of ``vendor`` on ``sandbox`` (``base_url`` may be overridden)."""
    credentials = sandbox.credentials
    keys = (
        (credentials.bonifiq_api_token, credentials.bonifiq_api_key)
        if vendor == "bonifiq"
        else (credentials.gameball_api_key, credentials.gameball_secret_key)
    )
    classes = {
        ("bonifiq", False): loyaltykit.BonifiQ,
        ("bonifiq", True): loyaltykit.AsyncBonifiQ,
        ("gameball", False): loyaltykit.Gameball,
        ("gameball", True): loyaltykit.AsyncGameball,
    }
    settings.setdefault("base_url", sandbox.base_url)
    settings.setdefault("timeout", 5)
    return classes[vendor, is_async](*keys, **settings)
