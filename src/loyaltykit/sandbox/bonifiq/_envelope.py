"""BonifiQ's reply shapes: the envelope, paged lists, and errors rendered in either.

https://developers.bonifiq.com.br/api/private/checkout/redeems-cashback-for-a-checkout describes
the new-generation envelope (Code, CodeName, Severity, HasWarning beside Result and HasError).
"""

from __future__ import annotations

from typing import Any

from .._routing import Operation
from .._store import Customer, Db
from .._wire import ApiError, Reply

VENDOR = "bonifiq"

SUCCESS, WARNING, ERROR = 0, 1, 2  # ExternalApiResponseSeverity


def envelope(result: Any, *, status: int = 200, **fields: Any) -> Reply:
    """BaseExternalApiResponse<T>, new generation."""
    body = {
        "ErrorMessage": None,
        "ErrorCode": None,
        "Result": result,
        "Code": None,
        "CodeName": None,
        "Severity": SUCCESS,
        "HasWarning": False,
        "HasError": False,
    }
    body.update(fields)
    return Reply(status, body)


def outcome(result: Any, code: str, name: str, severity: int, message: str | None = None) -> Reply:
    """A 200 business outcome with its documented Code; a warning is never an error."""
    return envelope(
        result, Code=code, CodeName=name, Severity=severity, HasWarning=severity == WARNING, ErrorMessage=message
    )


def page(items: list[dict[str, Any]], total: int, number: int, size: int) -> Reply:
    """BaseExternalApiListResponse<T>: a paged list."""
    return Reply(
        200,
        {
            "Items": items,
            "TotalItemCount": total,
            "PageSize": size,
            "PageNumber": number,
            "HasNextPage": number * size < total,
            "HasError": False,
            "ErrorMessages": [],
        },
    )


def render_error(operation: Operation, error: ApiError) -> Reply:
    """Errors: HTTP 4xx/5xx with HasError=true, Severity=2 (Error) and a clear ErrorMessage.

    Paged lists answer in their own shape, whose errors are ErrorMessages[], except a 401:
    authentication refuses before any operation runs, and the spec documents that 401 as the
    envelope on every operation. Only "01" CustomerNotFound and "07" RewardNotFound are
    documented codes; other CodeNames are the sandbox's own and carry no Code.
    """
    if operation.list_response and error.status != 401:
        body: dict[str, Any] = {
            "Items": None,
            "TotalItemCount": 0,
            "PageSize": 0,
            "PageNumber": 0,
            "HasNextPage": False,
            "HasError": True,
            "ErrorMessages": [error.message],
        }
        reply = Reply(error.status, body)
    else:
        code = error.code if isinstance(error.code, str) else None
        reply = envelope(
            None,
            status=error.status,
            ErrorMessage=error.message,
            Code=code,
            CodeName=error.name,
            Severity=ERROR,
            HasError=True,
        )
    if error.status == 401:
        reply.headers["WWW-Authenticate"] = 'Basic realm="BonifiQ sandbox"'
    return reply


# Not found: 400 on a write (the status each one documents for "the request failed validation
# or processing"), 404 on a read by id; the documented Code wherever BonifiQ has one. The redeem
# of an unknown reward is the exception: the vendor's fixture answers it with a 200 warning.


def customer_not_found(ident: str, status: int = 400) -> ApiError:
    return ApiError(status, f"Customer {ident!r} not found.", name="CustomerNotFound", code="01")


def reward_not_found(message: str, status: int = 400) -> ApiError:
    return ApiError(status, message, name="RewardNotFound", code="07")


def customer_or_error(db: Db, ident: str, status: int = 400) -> Customer:
    """The customer with this id or document, or CustomerNotFound (01) with ``status``."""
    return db.require_customer(VENDOR, ident, lambda missing: customer_not_found(missing, status))
