"""``gb.outbox``: orders completed offline, delivered with POST /orders.

Gameball stores an ``orderId`` once and refuses a repeat with code 9004: that order is delivered,
``already_existed``. If the queued order carries a hold, the hold tells whether the stored order is
this one (the hold is Used) or another terminal's (still Active: released at once, and the item's
``external_code`` is None).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from loyaltykit_gameball_api.models.track_order_body import TrackOrderBody
from loyaltykit_gameball_api.models.track_order_response_200 import TrackOrderResponse200

from ..._call import Call
from ..._outbox import AsyncOutboxResource, OrderDelivery, OutboxResource
from ..._steps import Steps
from ..._validation import require_text
from .._vendor import is_duplicate
from .pos import hold_after_duplicate_order, track_order_call


def _order_call(request: Mapping[str, Any]) -> Call[TrackOrderResponse200]:
    # The request gb.pos sent (or would have), rebuilt from its to_dict(); safe to resend (9004).
    body = TrackOrderBody.from_dict(request)
    require_text("order_id", body.order_id)
    return track_order_call(body)


def _hold_reference(request: Mapping[str, Any]) -> str | None:
    redemption = request.get("redemption")
    reference = redemption.get("pointsHoldReference") if isinstance(redemption, Mapping) else None
    return reference if isinstance(reference, str) and reference else None


def _used_by_existing_order(reference: str) -> Steps[bool]:
    return (yield from hold_after_duplicate_order(reference)) == "used"


DELIVERY = OrderDelivery(
    "gameball",
    build=_order_call,
    delivered_before=is_duplicate,
    redemption_of=_hold_reference,
    used_by_existing_order=_used_by_existing_order,
)


class Outbox(OutboxResource):
    delivery = DELIVERY


class AsyncOutbox(AsyncOutboxResource):
    delivery = DELIVERY
