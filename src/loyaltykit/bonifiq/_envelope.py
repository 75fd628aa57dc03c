"""BonifiQ's response envelopes: errors inside a 200, warnings, and paged lists.

The generated envelope models all share the attribute names used here (``has_error``,
``severity``, ``result``...), in both generations; the old one simply lacks some of them.
"""

from __future__ import annotations

from typing import Any, Protocol, TypeVar

from .._call import Call
from .._operation import Operation, generated_call
from .._pagination import Page
from .._response import RawResponse
from ..checkout import BusinessWarning
from ..errors import BusinessError
from ._vendor import vendor_error_from_body

T = TypeVar("T")

_WARNING_SEVERITY, _ERROR_SEVERITY = 1, 2


class ListEnvelope(Protocol[T]):
    """``BaseExternalApiListResponseOf...``, whatever the item type."""

    @property
    def items(self) -> list[T] | None: ...

    @property
    def has_next_page(self) -> bool | None: ...

    @property
    def page_number(self) -> int | None: ...

    @property
    def page_size(self) -> int | None: ...

    @property
    def total_item_count(self) -> int | None: ...


def _flag(envelope: object, attribute: str, key: str) -> Any:
    """An envelope field, also when the model has no such attribute and kept it as an extra.

    Some responses are documented without the envelope (POS_AvailableRewards), but the server
    can still answer with one; its ``HasError`` then lands in ``additional_properties``.
    """
    value = getattr(envelope, attribute, None)
    if value is None:
        extras = getattr(envelope, "additional_properties", None)
        value = extras.get(key) if isinstance(extras, dict) else None
    return value


def checked(envelope: T, raw: RawResponse, operation: str) -> T:
    """The envelope, unless it reports an error: then a ``BusinessError``.

    An error is ``HasError=true``, a list's ``ErrorMessages``, or ``Severity=2`` (Error) even with
    ``HasError=false``: BonifiQ's envelope conventions make Severity the outcome, and its own POS
    client fails on either flag.
    """
    messages = _flag(envelope, "error_messages", "ErrorMessages")
    severity = _flag(envelope, "severity", "Severity")
    if _flag(envelope, "has_error", "HasError") is True or messages or severity == _ERROR_SEVERITY:
        vendor = vendor_error_from_body(raw.json())
        detail = vendor.message or "the envelope reports an error (HasError or Severity=Error)"
        raise BusinessError(f"{operation} failed{vendor.label}: {detail}", response=raw, vendor=vendor)
    return envelope


def enveloped_call(
    module: Operation[T], args: dict[str, Any], *, read_only: bool = False, idempotent: bool = False
) -> Call[T]:
    """The generated operation's call, raising the error its answer's envelope may report (``checked``).

    The error names the operation by the call's own name (the spec's operationId).
    """
    call = generated_call(module, args, read_only=read_only, idempotent=idempotent)
    operation = call.operation
    return call.map(lambda envelope, raw: checked(envelope, raw, operation))


def warnings_of(envelope: object) -> tuple[BusinessWarning, ...]:
    severity = getattr(envelope, "severity", None)
    if getattr(envelope, "has_warning", None) is True or severity == _WARNING_SEVERITY:
        return (
            BusinessWarning(
                code=getattr(envelope, "code", None),
                code_name=getattr(envelope, "code_name", None),
                message=getattr(envelope, "error_message", None),
            ),
        )
    return ()


def to_page(envelope: ListEnvelope[T], raw: RawResponse, operation: str) -> Page[T]:
    checked(envelope, raw, operation)
    items: list[T] | None = envelope.items
    return Page(
        items=items or [],
        has_next=bool(envelope.has_next_page),
        number=envelope.page_number,
        page_size=envelope.page_size,
        total=envelope.total_item_count,
        raw_response=raw,
    )
