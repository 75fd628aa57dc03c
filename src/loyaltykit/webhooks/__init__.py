"""``loyaltykit.webhooks``: receive BonifiQ's and Gameball's webhooks: verify, parse, de-duplicate.

One call per vendor takes the raw body and the headers and returns a typed event, or raises
``WebhookVerificationError`` (answer 401) / ``WebhookPayloadError`` (answer 400)::

    from loyaltykit.webhooks import bonifiq, gameball

    event = gameball.construct_event(body, headers, secret_keys=SECRET_KEY)      # or [new, old]
    event = bonifiq.construct_event(body, headers, required_headers={"X-Token": TOKEN})

Every event has ``type`` (the vendor's event or topic name), ``customer_id``, ``data`` (its
part of the body), ``raw`` (the body) and ``dedupe_key``; points are ``Decimal``; a repr shows
no personal data. ``WebhookReceiver`` adds de-duplication (``SQLiteDeduplicator``, a file of
its own or the sale journal's) and per-type handlers, framework-free;
``loyaltykit.webhooks.asgi.create_app`` serves it (``webhooks`` extra). Nothing here imports
a web framework; ``import loyaltykit`` does not import this package.
"""

from __future__ import annotations

from ..errors import WebhookError, WebhookPayloadError, WebhookVerificationError
from . import bonifiq, gameball
from ._dedupe import DEFAULT_PROCESSING_TIMEOUT, DEFAULT_RETENTION, WebhookDeduplicator
from ._event import WebhookEvent
from ._receiver import Handler, WebhookReceiver, WebhookResponse
from ._sqlite import SQLiteDeduplicator
from .gameball import TierChange, tier_change

__all__ = [
    "DEFAULT_PROCESSING_TIMEOUT",
    "DEFAULT_RETENTION",
    "Handler",
    "SQLiteDeduplicator",
    "TierChange",
    "WebhookDeduplicator",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookResponse",
    "WebhookVerificationError",
    "bonifiq",
    "gameball",
    "tier_change",
]
