"""BonifiQ's webhooks: check the merchant's configured headers, then parse the envelope.

BonifiQ documents (https://developers.bonifiq.com.br/webhooks/01-introducao ,
https://developers.bonifiq.com.br/webhooks/00-configuracao ,
https://suporte.bonifiq.com.br/support/solutions/articles/150000185928-webhook-comunicac%C3%B5es ,
https://suporte.bonifiq.com.br/support/solutions/articles/159000319543-webhook-adicionar-pontos):

- a POST with a JSON envelope ``{"Uuid", "Timestamp", "Topic", "TopicName"?, "Payload"}``
  (PascalCase); ``Topic`` is a number (3, with ``TopicName``) in the 2024 samples and a name in
  the 2025 page: both are read, and the name is ``TopicName`` if sent, else ``Topic``;
- topics 3 ``Communication_EarnPurchasePoints`` and 4 ``Communication_EarnBirthdayPoints``,
  whose ``Payload`` is ``{EarnedPoints, ObjectiveType, Customer}``; the points topics (points
  added, removed, updated) exist but their wire names and payloads are not published, so they,
  like any other topic, are kept as data (a ``BonifiQEvent`` with ``data`` = the ``Payload``);
- any 2xx within 30 s is a delivery; failures are retried with a growing, unpublished backoff.

What the header check proves, and what it does not: BonifiQ signs nothing. The only
authentication it offers is HTTP headers the merchant types into the subscription (e.g. a
long random token), sent as they are with every delivery. A match proves the sender knows
those values: BonifiQ, or anyone who saw them (they travel in every request, so only HTTPS
keeps them secret, and they sit in BonifiQ's panel and in your configuration). It does not
prove the body is unaltered, that it is fresh (nothing stops a replay of a captured request;
``Timestamp`` is when the event happened, not a signed time), nor that BonifiQ sent it. Use a
long random value, HTTPS only, and de-duplicate (``WebhookDeduplicator``); the values are
compared in constant time.

Choices where the pages leave it open (loyaltykit's sandbox sends what this module reads):

- Keys are read PascalCase first, then camelCase (``Payload``, then ``payload``).
- A body without ``Payload`` is taken as a bare payload (an older points call seems to have
  posted ``{"Customer": ...}`` with no envelope): ``data`` is then the whole body, ``uuid`` None.
- ``type`` of a numeric ``Topic`` without ``TopicName``: the known name (3, 4), else the number
  as text; of a body with no topic at all: ``"unknown"``.
- ``dedupe_key``: ``Uuid`` (BonifiQ says to de-duplicate on it), else, for a body without one,
  a SHA-256 of the topic, customer, ``Timestamp`` and raw body. The pages call ``Uuid`` the
  id of a delivery *attempt*; should BonifiQ give each retry a new one, retries would not be
  recognised, and the handler must itself be idempotent (it should be anyway).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import Any

import attrs

from ..errors import InvalidArgumentError, WebhookVerificationError
from ._event import (
    WebhookEvent,
    body_bytes,
    body_digest,
    decode_body,
    integer,
    lower_headers,
    masked,
    number,
    redacted,
    same_secret,
    text,
    timestamp,
)

__all__ = [
    "EARN_BIRTHDAY_POINTS",
    "EARN_PURCHASE_POINTS",
    "TOPICS",
    "BonifiQEvent",
    "Customer",
    "EarnBirthdayPointsEvent",
    "EarnPointsEvent",
    "EarnPurchasePointsEvent",
    "check_headers",
    "construct_event",
]

EARN_PURCHASE_POINTS = "Communication_EarnPurchasePoints"
EARN_BIRTHDAY_POINTS = "Communication_EarnBirthdayPoints"
TOPICS: Mapping[int, str] = {3: EARN_PURCHASE_POINTS, 4: EARN_BIRTHDAY_POINTS}
"""The topic numbers whose names BonifiQ has published."""
UNKNOWN = "unknown"
_MAX_UUID = 128


@attrs.frozen
class Customer:
    """The customer as BonifiQ sends it; every field may be None.

    ``id`` is the customer's id on the merchant's platform, which may be its e-mail or CPF.
    ``points_balance`` is the balance when the event happened, which BonifiQ says may not yet
    include the event's points. ``birthday_date`` is naive (BonifiQ sends no offset).
    """

    id: str | None = attrs.field(default=None, repr=redacted)
    name: str | None = attrs.field(default=None, repr=masked)
    email: str | None = attrs.field(default=None, repr=masked)
    phone: str | None = attrs.field(default=None, repr=masked)
    document: str | None = attrs.field(default=None, repr=masked)
    birthday_date: datetime | None = attrs.field(default=None, repr=masked)
    points_balance: Decimal | None = None


@attrs.frozen
class BonifiQEvent(WebhookEvent):
    """A BonifiQ webhook: ``uuid`` (the delivery's id), ``timestamp`` (when the event happened),
    ``topic`` as sent (a number or a name), ``customer`` if the payload has one."""

    uuid: str | None = None
    timestamp: datetime | None = None
    topic: int | str | None = None
    customer: Customer | None = None


@attrs.frozen
class EarnPointsEvent(BonifiQEvent):
    """A customer completed a points objective: ``earned_points`` for it, ``objective_type``
    BonifiQ's code (0 purchase, 2 birthday)."""

    earned_points: Decimal | None = None
    objective_type: int | None = None


@attrs.frozen
class EarnPurchasePointsEvent(EarnPointsEvent):
    """Topic 3, ``Communication_EarnPurchasePoints``: the purchase objective was completed."""


@attrs.frozen
class EarnBirthdayPointsEvent(EarnPointsEvent):
    """Topic 4, ``Communication_EarnBirthdayPoints``: the birthday objective was completed."""


_TYPED: Mapping[str, type[EarnPointsEvent]] = {
    EARN_PURCHASE_POINTS: EarnPurchasePointsEvent,
    EARN_BIRTHDAY_POINTS: EarnBirthdayPointsEvent,
}


def _get(obj: Mapping[str, Any], name: str) -> Any:
    """``obj[name]`` in PascalCase, else in camelCase, else None."""
    if name in obj:
        return obj[name]
    return obj.get(name[:1].lower() + name[1:])


def _required_headers(required_headers: Mapping[str, str]) -> dict[str, str]:
    if not isinstance(required_headers, Mapping) or not required_headers:
        raise InvalidArgumentError(
            "required_headers", "must map at least one header name to its value: without one, anyone can post events"
        )
    checked: dict[str, str] = {}
    for name, value in required_headers.items():
        if not isinstance(name, str) or not name or not isinstance(value, str) or not value:
            raise InvalidArgumentError("required_headers", "must map non-empty header names to non-empty str values")
        checked[name.lower()] = value
    return checked


def check_headers(headers: Mapping[str, str], required_headers: Mapping[str, str]) -> None:
    """Raise ``WebhookVerificationError`` unless every required header is there with its value.

    Names are matched in any case, values exactly and in constant time; the message names
    neither. See the module's docstring for what a match proves.
    """
    given = lower_headers(headers)
    matched = True
    for name, expected in _required_headers(required_headers).items():  # all, whatever fails first
        value = given.get(name)
        matched &= same_secret(value if isinstance(value, str) else "", expected)
    if not matched:
        raise WebhookVerificationError("the request does not carry the configured webhook headers")


def _customer(value: object) -> Customer | None:
    if not isinstance(value, Mapping):
        return None
    return Customer(
        id=text(_get(value, "Id")),
        name=text(_get(value, "Name")),
        email=text(_get(value, "Email")),
        phone=text(_get(value, "Phone")),
        document=text(_get(value, "Document")),
        birthday_date=timestamp(_get(value, "BirthdayDate")),
        points_balance=number(_get(value, "PointsBalance")),
    )


def _topic(raw: Mapping[str, Any]) -> tuple[int | str | None, str]:
    """``Topic`` as sent (a bool or other type: None) and the event's name."""
    sent = _get(raw, "Topic")
    topic: int | str | None = integer(sent) if isinstance(sent, int | Decimal) else text(sent)
    name = text(_get(raw, "TopicName"))
    if name is None:
        name = TOPICS.get(topic, str(topic)) if isinstance(topic, int) else topic
    return topic, name or UNKNOWN


def _event(raw: dict[str, Any], body: bytes) -> BonifiQEvent:
    enveloped = "Payload" in raw or "payload" in raw
    payload = _get(raw, "Payload") if enveloped else raw
    topic, name = _topic(raw)
    customer = _customer(_get(payload, "Customer")) if isinstance(payload, Mapping) else None
    customer_id = customer.id if customer is not None else None
    uuid = text(_get(raw, "Uuid"))
    sent_at = _get(raw, "Timestamp")
    if uuid is not None and 0 < len(uuid) <= _MAX_UUID and uuid.isprintable():
        key = uuid
    else:  # no Uuid (a bare body), or one no store should be trusted to keep as it is
        key = body_digest(name, customer_id or "", sent_at if isinstance(sent_at, str) else "", body)
    common: dict[str, Any] = {
        "type": name,
        "customer_id": customer_id,
        "data": payload,
        "raw": raw,
        "dedupe_key": "bonifiq:" + key,
        "uuid": uuid,
        "timestamp": timestamp(sent_at),
        "topic": topic,
        "customer": customer,
    }
    kind = _TYPED.get(name)
    if kind is None:
        return BonifiQEvent(**common)
    values = payload if isinstance(payload, Mapping) else {}
    return kind(
        **common,
        earned_points=number(_get(values, "EarnedPoints")),
        objective_type=integer(_get(values, "ObjectiveType")),
    )


def construct_event(body: bytes, headers: Mapping[str, str], required_headers: Mapping[str, str]) -> BonifiQEvent:
    """Check the configured headers, then parse the delivery: the one call a receiver needs.

    ``body`` is the request's raw bytes, ``headers`` the request's headers (any case),
    ``required_headers`` the header names and values configured in BonifiQ's panel for this
    subscription (at least one). Returns an ``EarnPurchasePointsEvent`` or
    ``EarnBirthdayPointsEvent`` for topics 3 and 4, else a ``BonifiQEvent`` with the payload as
    data. Raises ``WebhookVerificationError`` (answer 401) or ``WebhookPayloadError`` (answer
    400: not a JSON object); their messages hold no header value and no body.
    """
    content = body_bytes(body)
    check_headers(headers, required_headers)
    return _event(decode_body(content), content)
