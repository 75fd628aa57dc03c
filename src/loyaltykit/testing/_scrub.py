"""Scrubbing cassettes: secrets removed, personal data replaced by stable fakes.

A fake is derived from the value it replaces (a hash), so the same e-mail, CPF or phone becomes
the same fake everywhere in a cassette and in every run. vcrpy applies the scrubber to live
requests before matching them against a cassette, so a scrubbed cassette still matches.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from .._redaction import SECRET_HEADERS, replace_personal_data

# Volatile fields (clocks) that a body matcher ignores: each run sends a new time.
_TIMESTAMP_KEYS = frozenset(
    {"OrderPlacementDate", "OrderCompletedDate", "OrderCancelledDate", "transactionTime", "orderDate"}
)
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# Admin calls that prepare a recording; they are not part of what a test replays.
_UNRECORDED_PATHS = ("/_sandbox/reset", "/_sandbox/faults", "/_sandbox/clock", "/_sandbox/gameball/settings")


_FAKE_DOMAIN = "example.invalid"


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()[:10]


def fake(kind: str, value: str) -> str:
    """The stable stand-in for ``value``: same input, same fake, in every cassette and run.

    vcrpy scrubs a live request more than once before matching it, so a fake must come out of
    the scrubber unchanged: e-mails keep an e-mail shape on a reserved domain (and a fake
    e-mail is returned as is), documents and phones become ``doc-...`` / ``tel-...``, which the
    personal-data patterns do not match.
    """
    if kind == "email":
        encoded = "%40" in value
        address = value.replace("%40", "@")
        if address.endswith("@" + _FAKE_DOMAIN):
            return value
        local = "customer-" + _digest(address.lower())
        return f"{local}%40{_FAKE_DOMAIN}" if encoded else f"{local}@{_FAKE_DOMAIN}"
    digits = "".join(c for c in value if c.isdigit())
    return ("doc-" if kind == "document" else "tel-") + _digest(digits)


def scrub_text(text: str) -> str:
    return replace_personal_data(text, fake)


def _scrub_body(body: Any) -> Any:
    if body is None:
        return None
    if isinstance(body, bytes):
        return scrub_text(body.decode("utf-8", errors="replace")).encode()
    return scrub_text(str(body))


def scrub_request(request: Any) -> Any:
    """vcrpy ``before_record_request``: drop admin set-up calls, fake personal data in URL and body."""
    if any(request.path.startswith(path) for path in _UNRECORDED_PATHS):
        return None
    request.uri = scrub_text(request.uri)
    request.body = _scrub_body(request.body)
    for name in list(request.headers):
        if name.lower() in SECRET_HEADERS:
            del request.headers[name]
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """vcrpy ``before_record_response``: fake personal data in the body."""
    body = response.get("body", {})
    if isinstance(body.get("string"), bytes | str):
        body["string"] = _scrub_body(body["string"])
    return response


def _comparable(body: Any) -> Any:
    if isinstance(body, bytes):
        body = body.decode("utf-8", errors="replace")
    if not body:
        return None
    try:
        document = json.loads(body)
    except ValueError:
        return body

    def strip(node: Any) -> Any:
        if isinstance(node, dict):
            return {k: ("<time>" if k in _TIMESTAMP_KEYS else strip(v)) for k, v in node.items()}
        if isinstance(node, list):
            return [strip(item) for item in node]
        return node

    return strip(document)


def write_body_matcher(recorded: Any, live: Any) -> None:
    """Writes must send the same body (timestamps aside): a changed key or value fails loudly."""
    if live.method.upper() not in WRITE_METHODS:
        return
    expected, actual = _comparable(recorded.body), _comparable(live.body)
    if expected != actual:
        raise AssertionError(f"the {live.method} body differs from the cassette's: {actual!r} != {expected!r}")


def vcr_config() -> dict[str, Any]:
    """The vcrpy configuration loyaltykit's cassettes use (and integrators get by default)."""
    return {
        # vcrpy matches header names case-insensitively: "authorization" also drops "Authorization".
        "filter_headers": sorted(SECRET_HEADERS),
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        # Not the port: the `loyaltykit_sandbox` fixture takes a free one per session, so a cassette
        # recorded against it would never replay.
        "match_on": ["method", "scheme", "host", "path", "query", "loyaltykit_write_body"],
        "decode_compressed_response": True,
    }


__all__ = ["fake", "scrub_request", "scrub_response", "scrub_text", "vcr_config", "write_body_matcher"]
