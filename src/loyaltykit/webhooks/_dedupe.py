"""``WebhookDeduplicator``: which deliveries were handled already, whatever they are stored in.

A vendor sends an event again when it got no 2xx in time (Gameball at +5, +20 and +60 minutes;
BonifiQ with a growing backoff), and may send it twice anyway. Handling is claimed before the
handler runs and completed after it: a claim that fails is released, so the redelivery the
vendor then makes is handled again; a claim never completed (the process died) lapses after
``processing_timeout`` for the same reason.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Protocol, runtime_checkable

__all__ = ["DEFAULT_PROCESSING_TIMEOUT", "DEFAULT_RETENTION", "WebhookDeduplicator"]

DEFAULT_RETENTION = timedelta(hours=24)
"""How long a handled event is remembered: well past Gameball's last retry (85 minutes after
the first delivery) and BonifiQ's unpublished backoff, which disables the subscription after
five failures in a row."""

DEFAULT_PROCESSING_TIMEOUT = timedelta(minutes=2)
"""How long a claim holds without being completed or released: past BonifiQ's 30-second
timeout, and below Gameball's first retry (5 minutes), so a redelivery after a crash is handled."""


@runtime_checkable
class WebhookDeduplicator(Protocol):
    """Remembers handled events by ``WebhookEvent.dedupe_key``. Every method is atomic and safe
    from several threads (and, for a shared store, processes) at once."""

    def claim(self, key: str) -> bool:
        """True: handle the event now (it is claimed for ``processing_timeout``). False: it was
        handled within the retention, or another worker is handling it; acknowledge it."""
        ...

    def complete(self, key: str) -> None:
        """The claimed event was handled: remember it for the retention."""
        ...

    def release(self, key: str) -> None:
        """Handling the claimed event failed: forget the claim, so a redelivery is handled."""
        ...

    def close(self) -> None: ...
