"""Gameball's documented rate limits (https://docs.gameball.co/api-reference/overview/rate-limiting):
a per-second rate and a per-30-second quota per API resource and method, answered with 429.

Gameball documents no Retry-After header; the sandbox sends one (seconds until the window
frees a slot) because well-behaved clients look for it.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from decimal import Decimal

# resource -> method ("*" = any) -> (requests per second, requests per 30 seconds)
_LIMITS: dict[str, dict[str, tuple[int, int]]] = {
    "transactions": {"*": (30, 360)},
    "coupons": {"*": (30, 360)},
    "customers": {"GET": (100, 1200), "*": (30, 360)},
    "events": {"*": (100, 1200)},
    "orders": {"*": (30, 360)},
    "orders/cashback": {"*": (1000, 15000)},
    "others": {"*": (30, 360)},
}


def _resource(template_tail: str) -> str:
    parts = [p for p in template_tail.split("/") if p]
    if not parts:
        return "others"
    if parts[0] == "orders" and len(parts) > 1 and parts[1] == "cashback":
        return "orders/cashback"
    return parts[0] if parts[0] in _LIMITS else "others"


class RateLimiter:
    def __init__(self, *, enabled: bool, scale: Decimal = Decimal(1)) -> None:
        self.enabled = enabled
        self.scale = scale
        self._lock = threading.Lock()
        self._hits: dict[tuple[str, str, str], deque[float]] = {}

    def configure(self, *, enabled: bool, scale: Decimal | None = None) -> None:
        with self._lock:
            self.enabled = enabled
            if scale is not None:
                self.scale = scale
            self._hits.clear()

    def limits(self, resource: str, method: str) -> tuple[int, int]:
        by_method = _LIMITS[resource]
        per_second, per_30s = by_method.get(method, by_method["*"])
        return (max(1, int(per_second * self.scale)), max(1, int(per_30s * self.scale)))

    def check(self, api_key: str, method: str, template_tail: str) -> int | None:
        """None if the call may go on, else the Retry-After in seconds."""
        if not self.enabled:
            return None
        resource = _resource(template_tail)
        per_second, per_30s = self.limits(resource, method)
        bucket = "GET" if method == "GET" and "GET" in _LIMITS[resource] else "*"
        now = time.monotonic()
        with self._lock:
            hits = self._hits.setdefault((api_key, resource, bucket), deque())
            while hits and hits[0] <= now - 30:
                hits.popleft()
            last_second = sum(1 for t in hits if t > now - 1)
            if last_second >= per_second:
                oldest = next(t for t in hits if t > now - 1)
                return max(1, math.ceil(oldest + 1 - now))
            if len(hits) >= per_30s:
                return max(1, math.ceil(hits[0] + 30 - now))
            hits.append(now)
            return None
