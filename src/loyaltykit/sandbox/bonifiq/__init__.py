"""BonifiQ's Private API as the sandbox emulates it: one module per API tag of
``specs/bonifiq/openapi.yaml`` (POS, Customer, Order, Rewards, Checkout) over shared replies,
views, rules and the redeem lifecycle.

``HANDLERS`` maps each implemented operation ("METHOD /path" as in the spec) to its handler;
``render_error`` answers a refusal in BonifiQ's error shape.
"""

from __future__ import annotations

from .._runtime import Handler
from . import _checkout, _customer, _order, _pos, _rewards
from ._envelope import render_error

HANDLERS: dict[str, Handler] = {
    **_pos.HANDLERS,
    **_customer.HANDLERS,
    **_order.HANDLERS,
    **_rewards.HANDLERS,
    **_checkout.HANDLERS,
}

__all__ = ["HANDLERS", "render_error"]
