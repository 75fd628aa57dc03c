"""The switch that makes a client return raw responses for one call (``with_raw_response``)."""

from __future__ import annotations

import contextvars

RAW_MODE: contextvars.ContextVar[bool] = contextvars.ContextVar("loyaltykit_raw_mode", default=False)
