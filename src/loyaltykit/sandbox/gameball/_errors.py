"""Gameball's error body, and the refusals more than one operation makes.

The body and the codes are those of https://docs.gameball.co/api-reference/overview/status-error-codes.
"""

from __future__ import annotations

from .._routing import Operation
from .._wire import ApiError, Reply

DOCS_URL = "https://docs.gameball.co/api-reference/overview/status-error-codes"


def render_error(operation: Operation, error: ApiError) -> Reply:
    """The documented error body {code, type, message, documentationUrl, requestId}.

    The one place errors become Gameball's: a Gameball ``type`` (upper case) is kept; the
    vendor-neutral names of shared helpers (``ValidationError``, ``NotFound``...) are mapped.
    """
    code = error.code if isinstance(error.code, int) else _default_code(error)
    kind = error.name if error.name.isupper() else _default_type(error)
    return Reply(
        error.status,
        {
            "code": code,
            "type": kind,
            "message": error.message,
            "documentationUrl": DOCS_URL,
            "requestId": f"sbx-{id(error):x}",
        },
    )


def _default_type(error: ApiError) -> str:
    if error.status == 400:
        return "PAYLOAD_ERROR"
    return "SERVER_ERROR" if error.status >= 500 else "REQUEST_ERROR"


def _default_code(error: ApiError) -> int:
    return {400: 3016, 401: 1000, 404: 4004, 422: 3003, 429: 4000}.get(
        error.status, 5000 if error.status >= 500 else 4000
    )


def customer_not_found(ident: str) -> ApiError:
    return ApiError(404, f"Customer {ident!r} not found.", name="CUSTOMER_ERROR", code=7000)


def duplicate(ident: str) -> ApiError:
    return ApiError(422, f"Duplicate transaction ID {ident!r}.", name="TRANSACTION_ERROR", code=9004)


def hold_not_found(reference: str) -> ApiError:
    return ApiError(404, f"Hold reference {reference!r} not found.", name="TRANSACTION_ERROR", code=9006)


def insufficient_points() -> ApiError:
    return ApiError(422, "Insufficient balance points.", name="TRANSACTION_ERROR", code=9008)


def invalid_value(message: str) -> ApiError:
    """3003 "Invalid value" (422)."""
    return ApiError(422, message, name="PAYLOAD_ERROR", code=3003)


def one_of(message: str) -> ApiError:
    """3000: fields that go together (or must not) were sent wrong."""
    return ApiError(400, message, name="PAYLOAD_ERROR", code=3000)
