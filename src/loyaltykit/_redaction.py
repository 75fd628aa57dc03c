"""Masking of secrets and customer personal data before anything is logged or shown.

One place decides what is sensitive, so logs, reprs and exception messages agree.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ._patterns import LazyPattern

REDACTED = "[redacted]"

# Header names compared in lower case.
SECRET_HEADERS = frozenset({"authorization", "apikey", "secretkey", "x-bq-apitoken", "proxy-authorization", "cookie"})

_EMAIL = r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
# CPF (000.000.000-00 or 11 digits), CNPJ (00.000.000/0000-00 or 14 digits), also URL-encoded "/".
_DOCUMENT = r"(?<![\w.])(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{2}\.\d{3}\.\d{3}(?:/|%2F)\d{4}-\d{2}|\d{14}|\d{11})(?!\w)"
# Phone numbers: an optional +country code, an area code and 8-9 digits, with the usual separators;
# or, international, a "+" and a country code then 2-4 groups of digits (Gameball's MENA numbers
# are written "+20 100 123 4567", "+971 50 123 4567").
_PHONE = (
    r"(?<![\w.])(?:\+\d{1,3}[\s-]?)?\(?\d{2,3}\)?[\s-]?\d{4,5}[\s-]?\d{4}(?!\w)"
    r"|(?<![\w.])\+\d{10,15}(?!\w)"
    r"|(?<![\w.])\+\d{1,3}(?:[\s-]\d{2,4}){2,4}(?![\w.])"
)
# One pattern, so that a replacement is never scanned again by another kind's pattern; the
# e-mail comes first because an e-mail may hold digits.
_PERSONAL_DATA = LazyPattern(f"(?P<email>{_EMAIL})|(?P<document>{_DOCUMENT})|(?P<phone>{_PHONE})")


# A field of one of these names holds personal data whatever its value looks like: a generated
# model's repr masks it whole. scripts/generate.py renders this and ``PERSONAL_DATA_PATTERN``
# into the generated packages, which import nothing of loyaltykit.
PERSONAL_FIELD_NAME = LazyPattern(r"(?i)e-?mail|phone|mobile|cpf|cnpj|document|birth|(first|last|full|display)_?name")
PERSONAL_DATA_PATTERN = _PERSONAL_DATA.pattern

# A credential as a server or proxy may echo it in an error body: the scheme stays, the token goes.
# A plain word after the scheme ("Basic authentication failed") is prose, not a token.
_CREDENTIAL = LazyPattern(r"\b(Basic|Bearer)(\s+)([A-Za-z0-9._~+/=-]+)", re.IGNORECASE)
_WORD = LazyPattern(r"[A-Za-z][a-z]*")
# A configured secret shorter than this is not searched for in text: masking every "ab" of a
# message would hide what it says, and no real credential is that short.
_MIN_SECRET = 6


def replace_personal_data(text: str, replacement: Callable[[str, str], str]) -> str:
    """``text`` with each e-mail, CPF/CNPJ or phone number replaced by ``replacement(kind, found)``.

    ``kind`` is ``"email"``, ``"document"`` or ``"phone"``.
    """
    return _PERSONAL_DATA.compiled.sub(lambda match: replacement(str(match.lastgroup), match.group(0)), text)


def redact_text(text: str, secrets: Iterable[str] = ()) -> str:
    """The text with credentials, e-mails, CPF/CNPJ and phone numbers masked.

    ``secrets``: values known to be secret (a client's own credentials, see ``secret_values``),
    masked wherever they appear, whatever their shape; Basic and Bearer tokens are masked by
    their pattern as well.
    """
    for secret in sorted(secrets, key=len, reverse=True):  # longest first: a part of one is another
        if len(secret) >= _MIN_SECRET:
            text = text.replace(secret, REDACTED)
    text = _CREDENTIAL.compiled.sub(_mask_credential, text)
    return replace_personal_data(text, lambda kind, found: REDACTED)


def _mask_credential(match: re.Match[str]) -> str:
    scheme, space, token = match.groups()
    return match.group(0) if _WORD.compiled.fullmatch(token) else f"{scheme}{space}{REDACTED}"


def secret_values(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> frozenset[str]:
    """The secret values in request headers, as they could be echoed back in text.

    A Basic token also yields its decoded ``user:password`` and each part: a server may quote
    the credentials it decoded rather than the header.
    """
    items = headers.items() if isinstance(headers, Mapping) else headers
    found: set[str] = set()
    for name, value in items:
        if name.lower() not in SECRET_HEADERS:
            continue
        found.add(value)
        scheme, _, token = value.partition(" ")
        if not token:
            continue
        found.add(token)
        if scheme.lower() == "basic":
            try:
                decoded = base64.b64decode(token, validate=True).decode()
            except (binascii.Error, UnicodeDecodeError):
                continue
            user, _, password = decoded.partition(":")
            found.update((decoded, user, password))
    return frozenset(value for value in found if len(value) >= _MIN_SECRET)


def redact_headers(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {name: (REDACTED if name.lower() in SECRET_HEADERS else value) for name, value in items}


def mask_secret(value: str | None) -> str:
    """A credential as shown in reprs: present or not, never its value."""
    return "None" if value is None else REDACTED


# Fields of JSON bodies that carry a customer's one-time code: Gameball's hold and redeem send the
# OTP as ``otp``; BonifiQ's PIN is ``Code`` in challengevalidate's request and in the challenge's
# reply of preview environments (elsewhere BonifiQ's ``Code`` is an error code, which is kept).
_CODE_FIELDS = frozenset({"otp", "pin"})
_BONIFIQ_CHALLENGE = LazyPattern(r"/customers/[^/]+/(challenge|challengevalidate)/?$", re.IGNORECASE)


def redact_codes(body: Any, path: str) -> Any:
    """A decoded JSON body of a request to (or a response from) ``path``, its one-time codes masked."""
    fields = _CODE_FIELDS | {"code"} if _BONIFIQ_CHALLENGE.compiled.search(path) else _CODE_FIELDS

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                key: REDACTED if str(key).lower() in fields and value is not None else walk(value)
                for key, value in node.items()
            }
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    return walk(body)
