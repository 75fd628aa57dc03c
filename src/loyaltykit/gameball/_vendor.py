"""Gameball at the HTTP level: apikey/secretkey headers, API version, error bodies."""

from __future__ import annotations

import hashlib
import threading
from typing import Any

from .._redaction import REDACTED
from .._response import RawResponse
from ..errors import APIError, APIStatusError, ConfigurationError, VendorError
from ..idempotency import key_in

DEFAULT_BASE_URL = "https://api.gameball.co"
ENV_API_KEY, ENV_SECRET_KEY, ENV_BASE_URL = "GAMEBALL_API_KEY", "GAMEBALL_SECRET_KEY", "GAMEBALL_BASE_URL"
API_VERSIONS = ("v4.0", "v4.1")
_GENERATED_PREFIX = "/api/v4.0/"

# Gameball rejects a second transaction with the same transactionId (legacy code 305,
# "Transaction ID Already Exists") and tracks orders by orderId, so a repeat of a call that
# carries one cannot apply twice. (https://docs.gameball.co/api-reference/overview/status-error-codes)
IDEMPOTENCY_FIELDS = ("transactionId", "orderId")


def idempotency_key_of(body: Any) -> str | None:
    return key_in(body, IDEMPOTENCY_FIELDS)


def is_duplicate(error: APIError) -> bool:
    """Gameball's refusal of a reused orderId/transactionId (code 9004, "Duplicate transaction ID")."""
    if not isinstance(error, APIStatusError) or error.status_code not in (400, 409, 422):
        return False
    return error.code == "9004" or "duplicate" in (error.vendor.message or "").lower()


def is_hold_gone(error: APIError) -> bool:
    """A hold that no longer exists: released, expired or unknown (404, code 9006)."""
    return isinstance(error, APIStatusError) and (error.status_code == 404 or error.code == "9006")


def is_hold_used(error: APIError) -> bool:
    """A hold already consumed by an order (code 9000)."""
    return isinstance(error, APIStatusError) and error.code == "9000"


def is_otp_refusal(error: APIError) -> bool:
    """A hold refused for its OTP: missing where the account requires one, wrong or expired.

    Gameball documents no OTP error code; such a refusal is a 3003 "Invalid value" (422) that
    names the OTP.
    """
    if not isinstance(error, APIStatusError) or error.status_code not in (400, 422):
        return False
    return error.code == "3003" and "otp" in (error.vendor.message or "").lower()


def vendor_error_from_body(body: Any) -> VendorError:
    """The documented body {code, type, message, documentationUrl, requestId}, or the legacy {code|error, message}."""
    if not isinstance(body, dict):
        return VendorError()
    code = body.get("code", body.get("error"))
    message = body.get("message")
    return VendorError(
        code=None if code is None else str(code),
        code_name=body.get("type") if isinstance(body.get("type"), str) else None,
        messages=(message,) if isinstance(message, str) and message else (),
        request_id=body.get("requestId") if isinstance(body.get("requestId"), str) else None,
    )


class OtpCustomers:
    """The customers a client has seen Gameball refuse a hold without an OTP, so later sales know.

    Gameball publishes no flag that says an account or a customer requires an OTP; its refusal is
    the only sign. Kept as digests (no customer id in memory dumps), at most ``LIMIT``, oldest out.
    """

    LIMIT = 10_000

    def __init__(self) -> None:
        self._seen: dict[str, None] = {}
        self._lock = threading.Lock()

    @staticmethod
    def _digest(customer_id: str) -> str:
        return hashlib.sha256(customer_id.encode()).hexdigest()

    def add(self, customer_id: str) -> None:
        with self._lock:
            self._seen[self._digest(customer_id)] = None
            while len(self._seen) > self.LIMIT:
                del self._seen[next(iter(self._seen))]

    def __contains__(self, customer_id: object) -> bool:
        return isinstance(customer_id, str) and self._digest(customer_id) in self._seen

    def __repr__(self) -> str:
        return f"<OtpCustomers {len(self._seen)}>"


class GameballVendor:
    name = "gameball"
    own_auth_header = None  # every operation takes the client's keys

    def __init__(self, api_key: str, secret_key: str, api_version: str) -> None:
        if api_version not in API_VERSIONS:
            raise ConfigurationError(f"api_version must be one of {', '.join(API_VERSIONS)}, got {api_version!r}")
        self._headers = {"apikey": api_key, "secretkey": secret_key}
        self.api_version = api_version
        # Here, not on the POS resource: a client's with_options copies share its vendor, so
        # what one of them learns about a customer's OTP the others know.
        self.otp_customers = OtpCustomers()

    def auth_headers(self) -> dict[str, str]:
        return dict(self._headers)

    def rewrite_url(self, url: str) -> str:
        # The generated paths are v4.0's; v4.1 (secure mode) serves the same paths under /api/v4.1.
        if self.api_version != "v4.0" and url.startswith(_GENERATED_PREFIX):
            return f"/api/{self.api_version}/" + url[len(_GENERATED_PREFIX) :]
        return url

    def decode_error(self, raw: RawResponse) -> VendorError:
        return vendor_error_from_body(raw.json())

    def idempotency_key_of(self, body: Any) -> str | None:
        return idempotency_key_of(body)

    def check(self, parsed: Any, raw: RawResponse, operation: str) -> None:
        """Gameball reports every error with an HTTP error status; a 2xx is a success."""

    def __repr__(self) -> str:
        return f"GameballVendor(api_version={self.api_version!r}, apikey={REDACTED}, secretkey={REDACTED})"


def otp_customers_of(client: Any) -> OtpCustomers:
    """The OTP memory of a Gameball client, shared with its ``with_options`` copies."""
    vendor = client._vendor
    assert isinstance(vendor, GameballVendor)
    return vendor.otp_customers
