"""When to retry and how long to wait: pure decisions, shared by the sync and async clients."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import attrs
import httpx

RETRYABLE_STATUSES = frozenset({408, 429}) | frozenset(range(500, 600))


@attrs.frozen
class RetryPolicy:
    """Exponential backoff with jitter, honouring ``Retry-After`` up to a cap.

    Attempt ``n`` (0-based) waits ``initial_delay * 2**n`` capped at ``max_delay``, scaled by a
    random factor in ``[1 - jitter, 1]`` so that terminals that failed together do not retry
    together. A server's ``Retry-After`` wins when present and at most ``max_retry_after``;
    a longer one means "not now", and the error is raised instead of waiting.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    random: Callable[[], float] = attrs.field(default=random.random, eq=False, repr=False)

    def with_max_retries(self, max_retries: int) -> RetryPolicy:
        """This policy with another ``max_retries`` (itself when unchanged)."""
        return self if max_retries == self.max_retries else attrs.evolve(self, max_retries=max_retries)

    def backoff(self, attempt: int) -> float:
        delay = min(self.initial_delay * 2.0**attempt, self.max_delay)
        factor: float = 1 - self.jitter * self.random()
        return delay * factor

    def delay_for(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before the next attempt, or None when it must not be retried."""
        if attempt >= self.max_retries:
            return None
        if response is not None:
            if response.status_code not in RETRYABLE_STATUSES:
                return None
            retry_after = parse_retry_after(response.headers)
            if retry_after is not None:
                return retry_after if retry_after <= self.max_retry_after else None
        return self.backoff(attempt)


def parse_retry_after(headers: httpx.Headers, *, now: datetime | None = None) -> float | None:
    """``retry-after-ms``, or ``Retry-After`` in seconds or as an HTTP date; None if absent or bad."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)
