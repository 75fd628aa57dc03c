"""Credentials checked the way the real APIs check them.

BonifiQ: HTTP Basic, username = API token, password = API key (the spec's security scheme).
Gameball: ``apikey`` header, plus ``secretkey`` where the spec's security asks for it, and on
every v4.1 call (https://docs.gameball.co/api-reference/overview/authentication). v4.1's extra
signing is not emulated.
"""

from __future__ import annotations

import base64
import contextlib
import hmac
from collections.abc import Mapping

from ._config import Credentials
from ._wire import ApiError


def _same(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def check_bonifiq(headers: Mapping[str, str], credentials: Credentials) -> None:
    scheme, _, token = headers.get("authorization", "").partition(" ")
    user = password = None
    if scheme.lower() == "basic":
        # ValueError covers binascii.Error and UnicodeDecodeError, and the one b64decode raises
        # for a str with non-ASCII characters (header bytes arrive decoded as latin-1).
        with contextlib.suppress(ValueError):
            user, _, password = base64.b64decode(token, validate=True).decode().partition(":")
    if not (_same(user, credentials.bonifiq_api_token) and _same(password, credentials.bonifiq_api_key)):
        raise ApiError(
            401, "Unauthorized: invalid or missing Basic credentials (API Token / API Key).", name="Unauthorized"
        )


def check_gameball(headers: Mapping[str, str], credentials: Credentials, *, needs_secret: bool) -> None:
    # Codes 1000/1001: https://docs.gameball.co/api-reference/overview/status-error-codes (1000 observed live).
    if not _same(headers.get("apikey"), credentials.gameball_api_key):
        raise ApiError(
            401, "Unauthorized access. Please authenticate to proceed.", name="AUTHENTICATION_ERROR", code=1000
        )
    if needs_secret and not _same(headers.get("secretkey"), credentials.gameball_secret_key):
        raise ApiError(401, "Missing or invalid secret key.", name="AUTHENTICATION_ERROR", code=1001)
