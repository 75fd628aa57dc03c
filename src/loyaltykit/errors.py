"""One exception hierarchy for both vendors.

::

    LoyaltyError
    ├── ConfigurationError            missing credentials or a bad client setting
    ├── InvalidArgumentError          bad input, raised before any request is sent
    ├── CheckoutError                 a POS sale step that cannot happen now (no request sent)
    │   ├── ValidationRequiredError   redeem before the required PIN validation
    │   ├── RewardNotUsableError      the reward's CanUse is false
    │   └── SaleStateError            e.g. completing an abandoned sale
    ├── ChallengeFailedError          the PIN could not be sent or was wrong
    ├── JournalError                  the sale journal cannot be opened, read or written
    │   ├── JournalConflictError      another writer changed a journal entry since it was read
    │   └── SaleInUseError            another process (or thread) holds the sale open
    ├── WebhookError                  an incoming webhook that cannot be accepted (loyaltykit.webhooks)
    │   ├── WebhookVerificationError  its signature or configured headers do not match: not from the vendor
    │   └── WebhookPayloadError       its body is not the JSON the vendor sends
    └── APIError                      something happened on the wire
        ├── APIConnectionError        transport failure
        │   └── APITimeoutError
        ├── APIStatusError            HTTP error status (one subclass per status)
        ├── BusinessError             HTTP 200 whose BonifiQ envelope reports an error
        └── ResponseValidationError   a response that cannot be parsed

Every ``APIError`` that has a response carries the HTTP status, the vendor's code, a readable
message and the raw response. Messages are redacted: no secret and no customer personal data.
A ``WebhookError``'s message is a fixed sentence: never the body, a header's value or a key.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._redaction import redact_text, secret_values

if TYPE_CHECKING:
    from ._response import RawResponse

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BusinessError",
    "ChallengeFailedError",
    "CheckoutError",
    "ConfigurationError",
    "ConflictError",
    "InternalServerError",
    "InvalidArgumentError",
    "JournalConflictError",
    "JournalError",
    "LoyaltyError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "RewardNotUsableError",
    "SaleInUseError",
    "SaleStateError",
    "UnprocessableEntityError",
    "ValidationRequiredError",
    "VendorError",
    "WebhookError",
    "WebhookPayloadError",
    "WebhookVerificationError",
]


class LoyaltyError(Exception):
    """Root of every exception loyaltykit raises."""


class ConfigurationError(LoyaltyError):
    """The client cannot be built as configured (e.g. missing credentials)."""


class InvalidArgumentError(LoyaltyError, ValueError):
    """An argument breaks a rule; raised before any request is sent.

    ``field`` names the argument (or body field) and ``rule`` the rule it breaks.
    """

    def __init__(self, field: str, rule: str) -> None:
        self.field = field
        self.rule = rule
        super().__init__(f"{field}: {rule}")


class CheckoutError(LoyaltyError):
    """A step of a POS sale that cannot happen in the sale's current state; nothing was sent."""


class ValidationRequiredError(CheckoutError):
    """The customer must be validated with a PIN (challenge, then validate) before a redeem."""


class RewardNotUsableError(CheckoutError):
    """The reward cannot be used on this purchase; ``reason`` is the vendor's CannotUseReason."""

    def __init__(self, message: str, *, reason: str | None = None) -> None:
        self.reason = reason
        super().__init__(message)


class SaleStateError(CheckoutError):
    """The sale is already completed or abandoned, or the step needs an earlier one first."""


class ChallengeFailedError(LoyaltyError):
    """The PIN could not be sent, or the code typed was not accepted. The sale can try again."""

    def __init__(self, message: str, *, needs_phone: bool = False, needs_email: bool = False) -> None:
        self.needs_phone = needs_phone
        self.needs_email = needs_email
        super().__init__(redact_text(message))


class JournalError(LoyaltyError):
    """The sale journal (``loyaltykit.journal``) cannot be opened, read or written as asked."""


class JournalConflictError(JournalError):
    """Another writer changed the journal entry since it was read: read it again, then decide."""


class SaleInUseError(JournalError):
    """Another process or thread holds the sale open (``Journal.hold_sale``) and did not let it
    go in time: the sale is being worked on elsewhere; try again once it is finished there.

    ``checkout()`` raises it after its ``hold_timeout`` (the async sale at its first await); the
    message names the vendor and the order id, nothing of the customer."""


class WebhookError(LoyaltyError):
    """An incoming webhook cannot be accepted; the message never holds its body, a header or a key."""


class WebhookVerificationError(WebhookError):
    """The webhook's signature (Gameball) or configured headers (BonifiQ) do not match: answer 401."""


class WebhookPayloadError(WebhookError):
    """The webhook's body is not the JSON object the vendor sends: answer 400."""


class VendorError:
    """What the vendor said about an error, in one shape for both vendors.

    BonifiQ: ``code`` = ``Code`` or ``ErrorCode``, ``code_name`` = ``CodeName``.
    Gameball: ``code`` = ``code``, ``code_name`` = ``type``, ``request_id`` = ``requestId``.
    """

    __slots__ = ("_secrets", "code", "code_name", "messages", "request_id")

    def __init__(
        self,
        *,
        code: str | None = None,
        code_name: str | None = None,
        messages: tuple[str, ...] = (),
        request_id: str | None = None,
    ) -> None:
        self.code = code
        self.code_name = code_name
        self.messages = messages
        self.request_id = request_id
        self._secrets: frozenset[str] = frozenset()  # the credentials of the request, set by its APIError

    @property
    def message(self) -> str | None:
        return "; ".join(self.messages) if self.messages else None

    @property
    def label(self) -> str:
        """`` [CodeName]`` (or `` [code]``) for an error message, or nothing when the vendor gave neither."""
        name = self.code_name or self.code
        return f" [{name}]" if name else ""

    def __repr__(self) -> str:
        return (
            f"VendorError(code={self.code!r}, code_name={self.code_name!r}, "
            f"message={redact_text(self.message or '', self._secrets)!r}, request_id={self.request_id!r})"
        )


class APIError(LoyaltyError):
    """Base of the errors that come from talking to the API."""

    def __init__(self, message: str, *, response: RawResponse | None = None, vendor: VendorError | None = None) -> None:
        self.response = response
        self.vendor = vendor or VendorError()
        # The credentials the request carried: a body that echoes them (a proxy quoting the
        # Authorization header) must not put them in the message, whoever built it.
        self.vendor._secrets = _sent_secrets(response)
        super().__init__(redact_text(message, self.vendor._secrets))

    @property
    def message(self) -> str:
        return str(self)

    @property
    def status_code(self) -> int | None:
        return self.response.status_code if self.response is not None else None

    @property
    def code(self) -> str | None:
        return self.vendor.code

    @property
    def code_name(self) -> str | None:
        return self.vendor.code_name

    @property
    def request_id(self) -> str | None:
        return self.vendor.request_id


def _sent_secrets(response: RawResponse | None) -> frozenset[str]:
    if response is None:
        return frozenset()
    try:
        headers = response.http_response.request.headers
    except RuntimeError:  # a response built without its request (tests, hand-made responses)
        return frozenset()
    return secret_values(headers)


class APIConnectionError(APIError):
    """The request did not get a response: DNS, connection refused or reset, protocol error."""


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class APIStatusError(APIError):
    """The server answered with an HTTP error status."""

    response: RawResponse

    def __init__(self, message: str, *, response: RawResponse, vendor: VendorError | None = None) -> None:
        super().__init__(message, response=response, vendor=vendor)

    @property
    def status_code(self) -> int:
        return self.response.status_code


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the credentials were refused."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


class BusinessError(APIError):
    """HTTP 200 whose BonifiQ envelope says ``HasError`` or whose list carries ``ErrorMessages``."""

    response: RawResponse


class ResponseValidationError(APIError):
    """The response could not be parsed into the documented shape; ``response`` has the raw body."""

    response: RawResponse


_STATUS_ERRORS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _STATUS_ERRORS.get(status_code, APIStatusError)
