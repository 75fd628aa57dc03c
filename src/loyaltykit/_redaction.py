"""Masking of secrets and customer personal data before anything is logged or shown.

One place decides what is sensitive, so logs, reprs and exception messages agree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping

REDACTED = "[redacted]"

# Header names compared in lower case.
SECRET_HEADERS = frozenset({"authorization", "apikey", "secretkey", "x-bq-apitoken", "proxy-authorization", "cookie"})

_EMAIL = r"[A-Za-z0-9._%+-]+(?:@|%40)[A-Za-z0-9.-]+\.[A-Za-z]{2,}"
# CPF (000.000.000-00 or 11 digits), CNPJ (00.000.000/0000-00 or 14 digits), also URL-encoded "/".
_DOCUMENT = r"(?<![\w.])(?:\d{3}\.\d{3}\.\d{3}-\d{2}|\d{2}\.\d{3}\.\d{3}(?:/|%2F)\d{4}-\d{2}|\d{14}|\d{11})(?!\w)"
# Phone numbers: an optional +country code, an area code and 8-9 digits, with the usual separators.
_PHONE = (
    r"(?<![\w.])(?:\+\d{1,3}[\s-]?)?\(?\d{2,3}\)?[\s-]?\d{4,5}[\s-]?\d{4}(?!\w)"
    r"|(?<![\w.])\+\d{10,15}(?!\w)"
)
# One pattern, so that a replacement is never scanned again by another kind's pattern; the
# e-mail comes first because an e-mail may hold digits.
_PERSONAL_DATA = re.compile(f"(?P<email>{_EMAIL})|(?P<document>{_DOCUMENT})|(?P<phone>{_PHONE})")


# A field of one of these names holds personal data whatever its value looks like: a generated
# model's repr masks it whole. scripts/generate.py renders this and ``PERSONAL_DATA_PATTERN``
# into the generated packages, which import nothing of loyaltykit.
PERSONAL_FIELD_NAME = re.compile(r"(?i)e-?mail|phone|mobile|cpf|cnpj|document|birth|(first|last|full|display)_?name")
PERSONAL_DATA_PATTERN = _PERSONAL_DATA.pattern


def replace_personal_data(text: str, replacement: Callable[[str, str], str]) -> str:
    """``text`` with each e-mail, CPF/CNPJ or phone number replaced by ``replacement(kind, found)``.

    ``kind`` is ``"email"``, ``"document"`` or ``"phone"``.
    """
    return _PERSONAL_DATA.sub(lambda match: replacement(str(match.lastgroup), match.group(0)), text)


def redact_text(text: str) -> str:
    """The text with e-mails, CPF/CNPJ and phone numbers masked."""
    return replace_personal_data(text, lambda kind, found: REDACTED)


def redact_headers(headers: Iterable[tuple[str, str]] | Mapping[str, str]) -> dict[str, str]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return {name: (REDACTED if name.lower() in SECRET_HEADERS else value) for name, value in items}


def mask_secret(value: str | None) -> str:
    """A credential as shown in reprs: present or not, never its value."""
    return "None" if value is None else REDACTED
