"""The webhook events a batch of committed changes makes, in each vendor's wire shape, signed.

Shapes: Gameball v4 (https://docs.gameball.co/api-reference/webhooks/webhook-topics: snake_case
``event``, ``client_id``, ``customer_id``, ``gb_customer_id``, ``created_at``, ``data``) and
BonifiQ's envelope (https://developers.bonifiq.com.br/webhooks/01-introducao: ``Uuid``,
``Timestamp``, ``Topic``, ``Payload``). What the vendors do not document (BonifiQ's points
topics, when a Gameball notification fires) is the sandbox's choice, listed in its README.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from ._store import Change, Customer

GAMEBALL_PROFILE_UPDATED = "customer.profile.updated"
GAMEBALL_NOTIFICATION_PUSH = "customer.notification.push"
# https://docs.gameball.co/api-reference/webhooks/overview shows the header's value as 'v4'.
GAMEBALL_WEBHOOK_VERSION = "v4"

# BonifiQ's communication topics as its samples send them: number plus TopicName
# (https://suporte.bonifiq.com.br/support/solutions/articles/150000185928-webhook-comunicac%C3%B5es).
BONIFIQ_EARN_PURCHASE_POINTS = (3, "Communication_EarnPurchasePoints")
BONIFIQ_OBJECTIVE_PURCHASE = 0
# BonifiQ's points topics ("Ponto adicionado / removido / atualizado") have no published wire
# name nor number: the sandbox sends these names as a string Topic (the 2025 documentation's
# form) and invents no number.
BONIFIQ_POINTS_ADDED = "Points_Added"
BONIFIQ_POINTS_REMOVED = "Points_Removed"

# Ledger causes that are no event: the seed fills an empty database.
_SILENT_CAUSES = frozenset({"seed"})
# Gameball credits that make it push a notification to the customer (the sandbox's choice:
# Gameball documents the topic as fired "every time Gameball generates a notification").
_NOTIFYING_CAUSES = frozenset({"order_earn", "cashback"})


@dataclass(frozen=True)
class Event:
    """One event for one vendor: its name, whose, and the exact bytes every delivery sends."""

    vendor: str
    name: str
    # Out of reprs: an id may be an e-mail, the body holds e-mails, phones and names.
    customer_id: str = field(repr=False)
    body: bytes = field(repr=False)


def encode(body: Mapping[str, Any]) -> bytes:
    """Compact JSON, UTF-8, non-ASCII kept: byte for byte what ``JSON.stringify`` makes of the
    parsed body, so a receiver that re-serialises before hashing (Gameball's sample code) agrees."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, default=_number).encode()


def _number(value: object) -> int | str:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else str(value)
    raise TypeError(f"not JSON: {type(value).__name__}")


def gameball_signature(body: bytes, secret_key: str) -> str:
    """``X-GB-Signature``: lowercase hex SHA-1 of the body, a colon and the SecretKey
    (https://docs.gameball.co/api-reference/webhooks/subscribing; plain SHA-1, not an HMAC)."""
    return hashlib.sha1(body + b":" + secret_key.encode()).hexdigest()


def gameball_headers(body: bytes, secret_key: str) -> dict[str, str]:
    return {
        "Content-Type": "application/json",
        "X-GB-Signature": gameball_signature(body, secret_key),
        "X-GB-Webhook-Version": GAMEBALL_WEBHOOK_VERSION,
    }


def events_of(changes: Iterable[Change], *, gameball_client_id: str, vendors: frozenset[str]) -> list[Event]:
    """The events of one committed transaction, for the vendors that have endpoints, in order."""
    events: list[Event] = []
    profiles: dict[int, Change] = {}  # Gameball: one profile update per customer, its final state
    notices: list[Change] = []
    for change in changes:
        vendor = change.customer.vendor
        if vendor not in vendors or change.cause in _SILENT_CAUSES:
            continue
        if vendor == "bonifiq":
            events.extend(_bonifiq(change))
        elif change.kind == "profile" or change.points:
            profiles[change.customer.id] = change
            if change.cause in _NOTIFYING_CAUSES and change.points > 0:
                notices.append(change)
    for change in profiles.values():
        events.append(_gameball(change, GAMEBALL_PROFILE_UPDATED, _profile_data(change.customer), gameball_client_id))
    for change in notices:
        events.append(_gameball(change, GAMEBALL_NOTIFICATION_PUSH, _notification(change), gameball_client_id))
    return events


# ---------------------------------------------------------------------------------- Gameball


def _gameball(change: Change, name: str, data: Any, client_id: str) -> Event:
    customer = change.customer
    body = {
        "event": name,
        "client_id": client_id,
        "customer_id": customer.external_id,
        "gb_customer_id": customer.id,
        "created_at": change.at,
        "data": data,
    }
    return Event("gameball", name, customer.external_id, encode(body))


def _profile_data(customer: Customer) -> dict[str, Any]:
    # A full snapshot, not a diff. Holds are debited at once and nothing is ever pending
    # here, so every point is activated. The sandbox has no tiers nor referral programme.
    return {
        "email": customer.email,
        "mobile_number": customer.phone,
        "tier_name": customer.tier_name,
        "tier_order": None if customer.tier_name is None else 1,
        "referral_code": f"SBX{customer.id}",
        "referral_link": f"https://example.com/r/SBX{customer.id}",
        "activated_points": customer.points,
        "pending_points": 0,
        "total_points": customer.points,
    }


def _notification(change: Change) -> list[dict[str, Any]]:
    why = "your purchase" if change.cause == "order_earn" else "your cashback"
    return [
        {
            "local": "en",
            "icon": "https://example.com/sandbox/points.png",
            "body": f"You earned {change.points} points for {why}. Your balance is {change.customer.points} points.",
            "title": "Points earned",
        }
    ]


# ---------------------------------------------------------------------------------- BonifiQ


def _bonifiq(change: Change) -> list[Event]:
    if change.kind == "purchase":
        if change.points <= 0:
            return []
        topic, topic_name = BONIFIQ_EARN_PURCHASE_POINTS
        payload: dict[str, Any] = {
            "EarnedPoints": change.points,
            "ObjectiveType": BONIFIQ_OBJECTIVE_PURCHASE,
            "Customer": _bonifiq_customer(change.customer),
        }
        return [_envelope(change, topic, topic_name, payload)]
    if change.kind != "ledger" or not change.points:
        return []  # cashback moves: BonifiQ's topics are about points
    name = BONIFIQ_POINTS_ADDED if change.points > 0 else BONIFIQ_POINTS_REMOVED
    payload = {
        "Points": abs(change.points),
        "Reason": change.cause,
        "Reference": change.ref,
        "Customer": _bonifiq_customer(change.customer),
    }
    return [_envelope(change, name, None, payload)]


def _bonifiq_customer(customer: Customer) -> dict[str, Any]:
    return {
        "Email": customer.email,
        "Id": customer.external_id,
        "Name": customer.name or None,
        "Phone": customer.phone,
        "Document": customer.document,
        "BirthdayDate": None,
        "PointsBalance": customer.points,
    }


def _envelope(change: Change, topic: int | str, topic_name: str | None, payload: dict[str, Any]) -> Event:
    # One Uuid per event, kept by every retry of it (the sandbox's reading of "store the Uuid
    # to avoid processing a delivery twice").
    body: dict[str, Any] = {"Uuid": str(uuid.uuid4()), "Timestamp": change.at, "Topic": topic}
    if topic_name is not None:
        body["TopicName"] = topic_name
    body["Payload"] = payload
    name = topic_name or str(topic)
    return Event("bonifiq", name, change.customer.external_id, encode(body))
