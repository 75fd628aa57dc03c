"""What both vendors' events share: the base event, reading the body and the headers, tolerant values.

Parsing is tolerant like the rest of the SDK: a field missing, null or of an unexpected type
becomes ``None`` on the typed attribute (the original stays in ``raw``), so a vendor adding or
changing a field never makes a delivery fail. Only a body that is not a JSON object is refused.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

import attrs

from .._json import decode_json
from .._redaction import REDACTED, redact_text
from ..errors import InvalidArgumentError, WebhookPayloadError

__all__ = ["WebhookEvent"]


def masked(value: object) -> str:
    """A repr for a name, e-mail, phone or document: whether it is there, never what it is."""
    return "None" if value is None else repr(REDACTED)


def redacted(value: object) -> str:
    """A repr for an id or text that may hold an e-mail, phone or document (BonifiQ's customer id may)."""
    return repr(redact_text(value)) if isinstance(value, str) else repr(value)


@attrs.frozen
class WebhookEvent:
    """One delivery, verified and parsed; the vendor modules' events subclass it.

    ``type`` is the vendor's event or topic name, ``customer_id`` the merchant's id of the
    customer (None when the vendor sent none), ``data`` the event's own part of the body as
    sent (Gameball's ``data``, BonifiQ's ``Payload``), ``raw`` the whole body, and
    ``dedupe_key`` what identifies this event across redeliveries (``WebhookDeduplicator``).
    Numbers in ``data`` and ``raw`` are ``int`` or ``Decimal``, never float. A repr shows no
    personal data: ``data`` and ``raw`` are left out, names, e-mails and phones masked.
    """

    type: str
    customer_id: str | None = attrs.field(repr=redacted)
    data: Any = attrs.field(repr=False)
    raw: dict[str, Any] = attrs.field(repr=False)
    dedupe_key: str = attrs.field(repr=False)


def body_bytes(body: object) -> bytes:
    """The request's raw body, checked: a parsed or decoded body cannot be verified."""
    if not isinstance(body, bytes | bytearray | memoryview):
        raise InvalidArgumentError("body", f"must be the raw request body as bytes, got {type(body).__name__}")
    return bytes(body)


def decode_body(body: bytes) -> dict[str, Any]:
    """The body as a JSON object with exact Decimals; ``WebhookPayloadError`` (no body quoted) otherwise."""
    try:
        value = decode_json(body)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise WebhookPayloadError("the body is not JSON") from None
    if not isinstance(value, dict):
        raise WebhookPayloadError(f"the body must be a JSON object, got a JSON {_json_kind(value)}")
    return value


def _json_kind(value: object) -> str:
    return {list: "array", str: "string", bool: "boolean", type(None): "null"}.get(type(value), "number")


def lower_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """Header names in lower case: HTTP names are case-insensitive, and a plain dict is not."""
    # Any object with items(): Flask's (werkzeug's) headers are no collections.abc.Mapping.
    if not callable(getattr(headers, "items", None)):
        raise InvalidArgumentError("headers", f"must be a mapping of names to values, got {type(headers).__name__}")
    return {str(name).lower(): value for name, value in headers.items()}


def same_secret(given: str, expected: str) -> bool:
    """Constant-time equality of two texts (of any characters), so timing does not reveal a secret."""
    return hmac.compare_digest(given.encode("utf-8", "surrogatepass"), expected.encode("utf-8", "surrogatepass"))


def body_digest(*parts: str | bytes) -> str:
    """A SHA-256 of the parts, each length-prefixed so that no two different lists collide."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8", "surrogatepass") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big"))
        digest.update(data)
    return digest.hexdigest()


def text(value: object) -> str | None:
    """A text field; an id sent as a number becomes its text, anything else None."""
    if isinstance(value, str):
        return value
    if isinstance(value, int | Decimal) and not isinstance(value, bool):
        return str(value)
    return None


def number(value: object) -> Decimal | None:
    """Points or money as an exact Decimal (a numeric string too); anything else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    if isinstance(value, str):
        try:
            parsed = Decimal(value.strip())
        except InvalidOperation:
            return None
        return parsed if parsed.is_finite() else None
    return None


def integer(value: object) -> int | None:
    """A whole number (an enum's code, a tier's order); ``2.0`` counts, ``2.5`` does not."""
    parsed = number(value)
    return int(parsed) if parsed is not None and parsed == parsed.to_integral_value() else None


def timestamp(value: object) -> datetime | None:
    """An ISO 8601 time as sent (``Z`` or an offset: aware; none: naive); unreadable: None.

    Python >= 3.11 reads ``Z`` and any number of fractional digits (.NET sends seven).
    """
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.strip())
    except ValueError:
        return None
