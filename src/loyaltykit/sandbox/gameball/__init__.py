"""Gameball API v4.0 (and v4.1 on the same paths), one module per API tag.

``HANDLERS`` maps each operation the sandbox serves ("METHOD /path" as in
specs/gameball/openapi.json) to its handler; ``render_error`` writes Gameball's error body.
"""

from __future__ import annotations

from .._routing import GAMEBALL_V40 as P
from .._runtime import Handler
from ._errors import render_error
from ._otp import last_otp
from .configurations import redemption_configuration
from .coupons import validate_coupons
from .customers import create_customer, get_balance, get_coupons, get_customer
from .holds import expire_holds, get_hold, hold, release_hold
from .orders import order_transactions, track_order
from .transactions import cashback, list_transactions, redeem, refund, send_otp

HANDLERS: dict[str, Handler] = {
    f"POST {P}/customers": create_customer,
    f"GET {P}/customers/{{customerId}}": get_customer,
    f"GET {P}/customers/{{customerId}}/balance": get_balance,
    f"GET {P}/customers/{{customerId}}/coupons": get_coupons,
    f"POST {P}/transactions/otp": send_otp,
    f"POST {P}/transactions/hold": hold,
    f"GET {P}/transactions/hold/{{holdReferenceId}}": get_hold,
    f"DELETE {P}/transactions/hold/{{holdReferenceId}}": release_hold,
    f"POST {P}/transactions/redeem": redeem,
    f"POST {P}/transactions/cashback": cashback,
    f"POST {P}/orders": track_order,
    f"POST {P}/transactions/refund": refund,
    f"GET {P}/transactions": list_transactions,
    f"GET {P}/configurations/redemption": redemption_configuration,
    f"GET {P}/orders/{{orderId}}/transactions": order_transactions,
    f"POST {P}/coupons/validate": validate_coupons,
}

__all__ = ["HANDLERS", "expire_holds", "last_otp", "render_error"]
