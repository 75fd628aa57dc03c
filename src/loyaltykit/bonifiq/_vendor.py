"""BonifiQ at the HTTP level: Basic auth, error bodies, idempotency keys."""

from __future__ import annotations

import base64
import re
from typing import Any

from .._patterns import LazyPattern
from .._redaction import mask_secret
from .._response import RawResponse
from ..errors import APIError, APIStatusError, BusinessError, VendorError
from ..idempotency import key_in

DEFAULT_BASE_URL = "https://api.bonifiq.com.br"
ENV_TOKEN, ENV_KEY, ENV_BASE_URL = "BONIFIQ_API_TOKEN", "BONIFIQ_API_KEY", "BONIFIQ_BASE_URL"

# BonifiQ deduplicates on OriginalKey (replays the first result); ChangeKey and CancelKey make a
# repeat fail as "already used". Either way a repeat cannot apply twice, so a call carrying one
# may be retried. (BonifiQ's pages on POS_Redeem and POS_PartialCancel: x-source in specs/bonifiq/openapi.yaml)
IDEMPOTENCY_FIELDS = ("OriginalKey", "ChangeKey", "CancelKey")


def idempotency_key_of(body: Any) -> str | None:
    return key_in(body, IDEMPOTENCY_FIELDS)


_KEY_ALREADY_USED = LazyPattern(r"(cancel|change)\s*key.*(already|used|utilizad|exist)", re.IGNORECASE)
_KEY_ALREADY_USED_NAMES = frozenset(
    {"DuplicateCancelKey", "DuplicateChangeKey", "CancelKeyAlreadyUsed", "ChangeKeyAlreadyUsed"}
)


def is_key_already_used(error: APIError) -> bool:
    """Whether BonifiQ refused a CancelKey/ChangeKey because it was used before.

    BonifiQ documents that reusing these keys "will result in error" but not the error's code,
    so this matches the code name or the message; keep it in step with what the API returns.
    """
    if not isinstance(error, APIStatusError | BusinessError) or error.status_code not in (400, 409, 422, 200):
        return False
    if error.code_name in _KEY_ALREADY_USED_NAMES:
        return True
    return bool(_KEY_ALREADY_USED.compiled.search(error.vendor.message or ""))


def vendor_error_from_body(body: Any) -> VendorError:
    """Both envelope generations, the list envelope and the legacy ErrorDescriptions shape."""
    if not isinstance(body, dict):
        return VendorError()
    messages: list[str] = []
    if isinstance(body.get("ErrorMessage"), str) and body["ErrorMessage"]:
        messages.append(body["ErrorMessage"])
    for extra in body.get("ErrorMessages") or []:
        if isinstance(extra, str) and extra and extra not in messages:
            messages.append(extra)
    code = body.get("Code") if body.get("Code") not in (None, "") else body.get("ErrorCode")
    return VendorError(
        code=None if code is None else str(code),
        code_name=body.get("CodeName") if isinstance(body.get("CodeName"), str) else None,
        messages=tuple(messages),
    )


class BonifiQVendor:
    name = "bonifiq"
    # The Public APIs (/v1/pub) take the API Token in this header instead of Basic credentials.
    own_auth_header = "X-BQ-ApiToken"

    def __init__(self, api_token: str, api_key: str) -> None:
        self._authorization = "Basic " + base64.b64encode(f"{api_token}:{api_key}".encode()).decode()

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": self._authorization}

    def rewrite_url(self, url: str) -> str:
        return url

    def decode_error(self, raw: RawResponse) -> VendorError:
        return vendor_error_from_body(raw.json())

    def idempotency_key_of(self, body: Any) -> str | None:
        return idempotency_key_of(body)

    def check(self, parsed: Any, raw: RawResponse, operation: str) -> None:
        from ._envelope import checked  # the envelope module builds on this one

        checked(parsed, raw, operation)

    def __repr__(self) -> str:
        return f"BonifiQVendor(authorization={mask_secret(self._authorization)})"
