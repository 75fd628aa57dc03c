"""What travels on the wire: exact JSON in and out, replies and vendor-neutral errors."""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any, TypeVar

from starlette.types import Receive, Send

CENTS = Decimal("0.01")
# Larger amounts are refused: they are never real and would only overflow arithmetic.
MAX_AMOUNT = Decimal("1000000000")
MAX_INT32 = 2**31 - 1


class ApiError(Exception):
    """A refusal that each vendor module renders in its own error shape.

    ``name`` is BonifiQ's CodeName or Gameball's error ``type``; ``code`` is BonifiQ's
    two-digit Code (only where documented) or Gameball's numeric code.
    """

    def __init__(self, status: int, message: str, *, name: str, code: str | int | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.name = name
        self.code = code


# Encoding: the C encoder walks the body and calls ``_placeholder`` only for Decimals, which
# become a string holding a per-process secret plus the exact digits; one precompiled regex
# then unquotes them into JSON numbers. The secret never appears in any output, so no string
# a client sends can pass for a number.
_NONCE = "sbx-number-" + secrets.token_hex(12) + ":"
_OPEN = '"' + _NONCE


def _placeholder(value: Any) -> str:
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be sent as a JSON number")
        return _NONCE + format(value, "f")
    raise TypeError(f"Object of type {type(value).__name__} is not JSON serializable")


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), allow_nan=False, default=_placeholder)


def encode_json(value: Any) -> bytes:
    """Compact UTF-8 JSON with every Decimal written as a number with its exact digits.

    The same bytes as ``loyaltykit._json.encode_json``, faster: no Python walk over the body.
    Unlike it, a float would be written as such; the sandbox never makes one (request bodies
    decode to Decimal, admin input is converted to Decimal first).
    """
    text = _ENCODER.encode(value)
    if _OPEN in text:
        # Each piece after a placeholder's opening starts with the digits, then its closing
        # quote: the digits hold no quote, so the first one in the piece is that closing quote.
        head, *pieces = text.split(_OPEN)
        text = head + "".join(piece.replace('"', "", 1) for piece in pieces)
    return text.encode()


@dataclass
class Reply:
    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
    # Set when the body is known as bytes already (a stored response replayed as it was).
    raw: bytes | None = None

    def encode(self) -> bytes:
        """The body's JSON, computed once (a reply's body is not changed after it is built)."""
        if self.raw is None:
            self.raw = encode_json(self.body)
        return self.raw


# Every vendor reply, injected faults included, carries this: a fault must not be told apart by a header.
JSON_CONTENT_TYPE = b"application/json"


def require_json_body_type(content_type: str | None) -> None:
    """Refuse a body declared as anything but JSON, as ASP.NET's JSON input formatter does
    (415): it reads application/json, text/json and application/*+json, any charset. A body
    without a Content-Type is read as JSON (a leniency of the sandbox)."""
    if content_type is None:
        return
    media_type = content_type.split(";", 1)[0].strip().lower()
    kind, _, subtype = media_type.partition("/")
    if media_type in ("application/json", "text/json") or (kind == "application" and subtype.endswith("+json")):
        return
    raise ApiError(
        415, f"Unsupported Content-Type {media_type!r}: send the body as application/json.", name="UnsupportedMediaType"
    )


class ClientGone(Exception):
    """The client disconnected before its request body arrived: there is no one to answer."""


async def read_body(receive: Receive) -> bytes:
    chunks = []
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            return b"".join(chunks)


async def send_body(send: Send, status: int, body: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    """The one writer of vendor replies: ``headers`` plus the content type and the body's length."""
    start = [(b"content-type", JSON_CONTENT_TYPE), (b"content-length", str(len(body)).encode())]
    start += [(name, value) for name, value in headers if name not in (b"content-type", b"content-length")]
    await send({"type": "http.response.start", "status": status, "headers": start})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def send_reply(send: Send, reply: Reply) -> None:
    headers = [(name.lower().encode("latin-1"), value.encode("latin-1")) for name, value in reply.headers.items()]
    await send_body(send, reply.status, reply.encode(), headers)


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


_DECODER = json.JSONDecoder(parse_float=Decimal, parse_constant=_refuse_constant)


def decode_json(raw: bytes) -> Any:
    """Decode a request body; non-integers become Decimal and NaN/Infinity are refused.

    As ``json.loads`` (encoding detection included), with one decoder built once.
    """
    return _DECODER.decode(raw.decode(json.detect_encoding(raw), "surrogatepass"))


def money(value: Any, field_name: str, *, places: Decimal = CENTS, non_negative: bool = False) -> Decimal:
    """A request amount as a Decimal rounded to ``places``; refuses what is not an amount.

    ``non_negative``: the field is a price, total or refund, which no negative can mean.
    """
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise ApiError(400, f"{field_name} must be a number", name="ValidationError")
    try:
        amount = Decimal(value)
        exponent = amount.as_tuple().exponent
        # Exact digits are kept as sent; only finer-than-``places`` amounts are rounded.
        wanted = places.as_tuple().exponent
        too_fine = not isinstance(exponent, int) or not isinstance(wanted, int) or exponent < wanted
        if too_fine or abs(amount) > MAX_AMOUNT:
            amount = amount.quantize(places, rounding=ROUND_HALF_UP)
    except InvalidOperation:
        raise ApiError(400, f"{field_name} is out of range", name="ValidationError") from None
    if not amount.is_finite() or abs(amount) > MAX_AMOUNT:
        raise ApiError(400, f"{field_name} is out of range", name="ValidationError")
    if non_negative and amount < 0:
        raise ApiError(400, f"{field_name} must be >= 0", name="ValidationError")
    return amount


def whole(value: Any, field_name: str, *, non_negative: bool = False) -> int:
    """A request integer within int32, or a 400; ``non_negative`` for quantities."""
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) > MAX_INT32:
        raise ApiError(400, f"{field_name} must be an integer (int32)", name="ValidationError")
    if non_negative and value < 0:
        raise ApiError(400, f"{field_name} must be >= 0", name="ValidationError")
    return value


N = TypeVar("N", int, Decimal)


def proportional(total: N, done: N, share: Decimal | None) -> N:
    """What giving back ``share`` of ``total`` adds, ``done`` having been given back already.

    ``share`` None gives back all that remains. A share is rounded half up (whole points,
    cents) and never exceeds what remains, so the parts never add up to more than ``total``.
    """
    remaining = total - done
    if share is None:
        return remaining
    if isinstance(total, int):
        return min(remaining, int((total * share).to_integral_value(ROUND_HALF_UP)))
    return min(remaining, (total * share).quantize(CENTS, rounding=ROUND_HALF_UP))
