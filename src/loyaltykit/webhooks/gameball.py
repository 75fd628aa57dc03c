"""Gameball's webhooks (API v4): verify ``X-GB-Signature``, then parse the body into a typed event.

Gameball documents (https://docs.gameball.co/api-reference/webhooks/overview ,
https://docs.gameball.co/api-reference/webhooks/subscribing):

- a POST with a JSON body ``{event, client_id, customer_id, gb_customer_id, created_at, data}``
  and the headers ``X-GB-Signature`` and ``X-GB-Webhook-Version``;
- the signature is the lowercase hex SHA-1 (not an HMAC) of the body, a colon, then the
  account's SecretKey (the "transaction key"): ``sha1(body + ":" + SecretKey)``;
- any 2xx answer is a delivery; any other is retried after 5, 20 and 60 minutes, then dropped.
  No event or delivery id is sent, so a redelivery is recognised by its content (``dedupe_key``).

Choices where the pages leave it open (loyaltykit's sandbox sends what this module reads):

- The bytes signed: Gameball's reference code hashes ``JSON.stringify`` of the parsed body,
  which equals the raw body when that is compact JavaScript JSON. The raw bytes are checked
  first, then the body written as ``JSON.stringify`` would write it (``_js_json``).
- The header's value is compared in lower case, and surrounding quotes (the page shows
  ``'3fcb…'``) and spaces are ignored. Base64 of the same digest, which an older page
  describes, is accepted only with ``allow_base64=True``.
- ``X-GB-Webhook-Version`` is read as ``v4``, ``V4``, ``4`` or ``4.0`` alike (``event.version``
  is ``"4"``); it is informational: the body's shape decides how it is parsed, so a delivery
  whose header is missing or says otherwise is still read.
- Legacy (v3 and older) bodies have no ``event`` and camelCase keys: ``{"playerUniqueId",
  "notifications": [...]}`` and the player profile (``levelOrder``, ``walletPoints``...). They
  become the v4 events (``NotificationPushEvent``, ``ProfileUpdatedEvent``) with
  ``legacy=True``; ``walletPoints`` is read as the total points, as the later copy of that page
  renamed it ``totalPoints``. Any other body or ``event`` is kept raw as a ``GameballEvent``.
- ``dedupe_key``: a SHA-256 of ``event``, ``customer_id``, ``created_at`` and the raw body.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Mapping, Sequence
from datetime import datetime
from decimal import Decimal
from typing import Any

import attrs

from ..errors import InvalidArgumentError, WebhookPayloadError, WebhookVerificationError
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
from ._js_json import js_compact

__all__ = [
    "NOTIFICATION_PUSH",
    "PROFILE_UPDATED",
    "SIGNATURE_HEADER",
    "VERSION_HEADER",
    "GameballEvent",
    "Notification",
    "NotificationPushEvent",
    "Profile",
    "ProfileUpdatedEvent",
    "TierChange",
    "compute_signature",
    "construct_event",
    "tier_change",
    "verify_signature",
]

SIGNATURE_HEADER = "X-GB-Signature"
VERSION_HEADER = "X-GB-Webhook-Version"
NOTIFICATION_PUSH = "customer.notification.push"
PROFILE_UPDATED = "customer.profile.updated"
UNKNOWN = "unknown"
"""The ``type`` of a body with neither an ``event`` nor a legacy shape."""

_LEGACY_PROFILE_KEYS = frozenset(
    {"levelName", "levelOrder", "walletPoints", "totalPoints", "activatedPoints", "pendingPoints", "referralCode"}
)


@attrs.frozen
class GameballEvent(WebhookEvent):
    """A Gameball webhook. ``version`` is ``X-GB-Webhook-Version`` as a number (``"4"``), or None.

    ``client_id`` is Gameball's id of the merchant account, ``gb_customer_id`` Gameball's own id
    of the customer (a number on one page, a string on another: kept as sent), ``created_at``
    when Gameball created the event (aware UTC, or None if absent): order profile updates by it,
    since a retry may arrive after a later event. ``legacy`` marks a v3 body read into a v4 type.
    """

    client_id: str | None = None
    gb_customer_id: str | int | None = None
    created_at: datetime | None = None
    version: str | None = None
    legacy: bool = False


@attrs.frozen
class Notification:
    """One language's text of a notification; ``local`` is the language code (Gameball's key name).

    ``appearance`` is a legacy body's ``type`` (how the notification is shown), else None.
    The texts may name the customer, so a repr masks them.
    """

    local: str | None
    icon: str | None
    title: str | None = attrs.field(repr=masked)
    body: str | None = attrs.field(repr=masked)
    appearance: int | None = None


@attrs.frozen
class NotificationPushEvent(GameballEvent):
    """``customer.notification.push``: Gameball generated a notification for the customer."""

    notifications: tuple[Notification, ...] = ()


@attrs.frozen
class Profile:
    """The customer's profile after the update: a full snapshot, not a diff. Every field may be None.

    Points are Decimal: ``activated_points`` usable now, ``pending_points`` activated later,
    ``total_points`` both. ``tier_order`` ranks the tier (compare two with ``tier_change``).
    """

    email: str | None = attrs.field(default=None, repr=masked)
    mobile_number: str | None = attrs.field(default=None, repr=masked)
    tier_name: str | None = None
    tier_order: int | None = None
    referral_code: str | None = None
    referral_link: str | None = attrs.field(default=None, repr=redacted)
    activated_points: Decimal | None = None
    pending_points: Decimal | None = None
    total_points: Decimal | None = None


@attrs.frozen
class ProfileUpdatedEvent(GameballEvent):
    """``customer.profile.updated``: points, tier or referral fields changed (any profile update)."""

    profile: Profile = Profile()


@attrs.frozen
class TierChange:
    """The tier moved between two profile updates; ``upgraded`` when the new order is higher."""

    before_order: int
    after_order: int
    before_name: str | None
    after_name: str | None

    @property
    def upgraded(self) -> bool:
        return self.after_order > self.before_order


def tier_change(
    before: ProfileUpdatedEvent | Profile | None, after: ProfileUpdatedEvent | Profile
) -> TierChange | None:
    """The tier change from ``before`` (the stored profile, None if none) to ``after``, or None.

    None also when either side has no ``tier_order``: no change can be told. Give the updates in
    ``created_at`` order: a retried delivery may arrive after a newer one.
    """
    old = before.profile if isinstance(before, ProfileUpdatedEvent) else before
    new = after.profile if isinstance(after, ProfileUpdatedEvent) else after
    if old is None or old.tier_order is None or new.tier_order is None or old.tier_order == new.tier_order:
        return None
    return TierChange(old.tier_order, new.tier_order, old.tier_name, new.tier_name)


# Verification


def compute_signature(body: bytes, secret_key: str) -> str:
    """``X-GB-Signature`` as Gameball documents it: lowercase hex SHA-1 of body, ``:``, SecretKey."""
    return hashlib.sha1(bytes(body) + b":" + secret_key.encode("utf-8")).hexdigest()


def _secret_keys(secret_keys: str | Sequence[str]) -> tuple[str, ...]:
    keys = (secret_keys,) if isinstance(secret_keys, str) else secret_keys
    if not isinstance(keys, Sequence) or not keys or not all(isinstance(key, str) and key for key in keys):
        raise InvalidArgumentError("secret_keys", "must be a SecretKey or a non-empty sequence of them (non-empty str)")
    return tuple(keys)


def _given_signature(headers: Mapping[str, str]) -> str:
    value = lower_headers(headers).get(SIGNATURE_HEADER.lower())
    if not isinstance(value, str) or not value.strip(" \t'\""):
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} header is missing")
    return value.strip(" \t'\"")


def _signed_by(content: bytes, given: str, keys: tuple[str, ...], allow_base64: bool) -> bool:
    lowered = given.lower()
    matched = False
    for key in keys:  # every key, so the time taken does not tell which one matched
        digest = hashlib.sha1(content + b":" + key.encode("utf-8")).digest()
        matched |= same_secret(lowered, digest.hex())
        if allow_base64:
            matched |= same_secret(given, base64.b64encode(digest).decode())
    return matched


def _verify(
    body: bytes, headers: Mapping[str, str], keys: tuple[str, ...], allow_base64: bool
) -> dict[str, Any] | None:
    """Raise ``WebhookVerificationError`` unless the delivery is signed; the parsed body when the
    check needed it (signed as ``JSON.stringify`` writes it), else None (the raw bytes are signed)."""
    given = _given_signature(headers)
    if _signed_by(body, given, keys, allow_base64):
        return None
    try:
        parsed = decode_body(body)
    except WebhookPayloadError:
        parsed = None  # unsigned garbage is a verification failure, not a payload error
    if parsed is None or not _signed_by(js_compact(parsed), given, keys, allow_base64):
        raise WebhookVerificationError(f"the {SIGNATURE_HEADER} signature does not match the body with any key given")
    return parsed


def verify_signature(
    body: bytes, headers: Mapping[str, str], secret_keys: str | Sequence[str], *, allow_base64: bool = False
) -> None:
    """Raise ``WebhookVerificationError`` unless ``X-GB-Signature`` signs ``body`` with one of the keys.

    Several keys serve a key rotation: Gameball disables the old SecretKey at once, so accept
    both while the new one is rolled out. The comparison takes constant time.
    """
    _verify(body_bytes(body), headers, _secret_keys(secret_keys), allow_base64)


# Parsing


def _version(headers: Mapping[str, str]) -> str | None:
    value = lower_headers(headers).get(VERSION_HEADER.lower())
    if not isinstance(value, str):
        return None
    shown = value.strip(" \t'\"").lower().removeprefix("v")
    major = shown.split(".", 1)[0]
    return major if major.isdigit() else shown or None


def _notifications(items: object) -> tuple[Notification, ...]:
    if not isinstance(items, list):
        return ()
    return tuple(
        Notification(
            local=text(item.get("local")),
            icon=text(item.get("icon")),
            title=text(item.get("title")),
            body=text(item.get("body")),
            appearance=integer(item.get("type")),
        )
        for item in items
        if isinstance(item, dict)
    )


# Profile field -> the body's key, in v4 and in the legacy (v3) profile.
_PROFILE_KEYS = {field.name: field.name for field in attrs.fields(Profile)}
_LEGACY_KEYS = {
    "email": "email",
    "mobile_number": "mobileNumber",
    "tier_name": "levelName",
    "tier_order": "levelOrder",
    "referral_code": "referralCode",
    "referral_link": "referralDeepLink",
    "activated_points": "activatedPoints",
    "pending_points": "pendingPoints",
    "total_points": "totalPoints",
}
_POINTS = frozenset({"activated_points", "pending_points", "total_points"})


def _profile(data: object, keys: Mapping[str, str]) -> Profile:
    if not isinstance(data, dict):
        return Profile()
    values: dict[str, Any] = {}
    for field, key in keys.items():
        value = data.get(key)
        if field == "total_points" and value is None and key == "totalPoints":
            value = data.get("walletPoints")  # the older copy's name for it
        values[field] = number(value) if field in _POINTS else integer(value) if field == "tier_order" else text(value)
    return Profile(**values)


def _event(raw: dict[str, Any], body: bytes, version: str | None) -> GameballEvent:
    legacy = "event" not in raw
    if not legacy:
        name, customer_id, data = text(raw.get("event")) or UNKNOWN, text(raw.get("customer_id")), raw.get("data")
    else:  # no envelope: the player's id and the data are the body itself
        customer_id = text(raw.get("playerUniqueId"))
        if "notifications" in raw:
            name, data = NOTIFICATION_PUSH, raw["notifications"]
        elif _LEGACY_PROFILE_KEYS & raw.keys():
            name, data = PROFILE_UPDATED, raw
        else:
            name, data, legacy = UNKNOWN, raw, False
    common: dict[str, Any] = {
        "type": name,
        "customer_id": customer_id,
        "data": data,
        "raw": raw,
        "dedupe_key": _dedupe_key(name, customer_id, raw.get("created_at"), body),
        "client_id": text(raw.get("client_id")),
        "gb_customer_id": _gb_customer_id(raw.get("gb_customer_id")),
        "created_at": timestamp(raw.get("created_at")),
        "version": version,
        "legacy": legacy,
    }
    if name == NOTIFICATION_PUSH:
        return NotificationPushEvent(**common, notifications=_notifications(data))
    if name == PROFILE_UPDATED:
        return ProfileUpdatedEvent(**common, profile=_profile(data, _LEGACY_KEYS if legacy else _PROFILE_KEYS))
    return GameballEvent(**common)


def _gb_customer_id(value: object) -> str | int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return text(value)


def _dedupe_key(name: str, customer_id: str | None, created_at: object, body: bytes) -> str:
    return "gameball:" + body_digest(name, customer_id or "", created_at if isinstance(created_at, str) else "", body)


def construct_event(
    body: bytes,
    headers: Mapping[str, str],
    secret_keys: str | Sequence[str],
    *,
    allow_base64: bool = False,
) -> GameballEvent:
    """Verify a delivery, then parse it: the one call a receiver needs.

    ``body`` is the request's raw bytes (not a parsed or re-encoded body: the signature is over
    bytes), ``headers`` the request's headers (any case), ``secret_keys`` the account's
    SecretKey or several during a rotation. Returns a ``NotificationPushEvent``, a
    ``ProfileUpdatedEvent`` or, for another event, a ``GameballEvent`` with the body kept raw.
    Raises ``WebhookVerificationError`` (answer 401: the header is missing or signs something
    else) or ``WebhookPayloadError`` (answer 400: a signed body that is not a JSON object);
    their messages hold no key and no body.
    """
    content = body_bytes(body)
    parsed = _verify(content, headers, _secret_keys(secret_keys), allow_base64)
    return _event(decode_body(content) if parsed is None else parsed, content, _version(headers))
