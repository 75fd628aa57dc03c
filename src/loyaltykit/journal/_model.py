"""What the journal holds: a sale, each step of it, and each order waiting in the outbox.

Every entry is a frozen snapshot: the journal returns a new one after each write. Datetimes
are timezone-aware UTC, money is ``Decimal``. The JSON parts (a sale's ``state``, a step's
``request`` and ``detail``, an order's ``body``) are the vendor flow's own; the journal stores
them as they were given (floats are refused, Decimals keep their digits) and never reads them.
A repr shows ids, states and times only: a customer id is personal data, and bodies hold it too.
"""

from __future__ import annotations

import enum
from datetime import datetime
from decimal import Decimal
from typing import Any

import attrs

from .._redaction import redact_text
from ..checkout import SaleStatus

__all__ = ["OutboxEntry", "OutboxState", "SaleEntry", "SaleStatus", "StepEntry", "StepOutcome"]

VENDORS = frozenset({"bonifiq", "gameball"})


class StepOutcome(enum.StrEnum):
    PENDING = "pending"
    """The intent is written and the request may have been sent; no answer recorded yet."""
    DONE = "done"
    REFUSED = "refused"
    """The vendor said no: the step did not happen, and sending it again would not change that."""
    IN_DOUBT = "in_doubt"
    """No usable answer (timeout, connection lost, 5xx): the step may or may not have happened."""


SETTLED = frozenset({StepOutcome.DONE, StepOutcome.REFUSED})
"""Final outcomes: a settled step is never finished again."""


class OutboxState(enum.StrEnum):
    QUEUED = "queued"
    DELIVERED = "delivered"
    FAILED = "failed"
    """Refused by the vendor for good (``last_error`` says why); it will not be sent again."""


@attrs.frozen(repr=False)
class SaleEntry:
    """One sale, keyed by (vendor, order_id). ``version`` grows by one at each update."""

    vendor: str
    order_id: str
    customer_id: str
    purchase_value: Decimal
    status: SaleStatus
    state: dict[str, Any]
    """The vendor flow's own record (its redemption, keys, hold reference...)."""
    version: int
    created_at: datetime
    updated_at: datetime

    def __repr__(self) -> str:
        return (
            f"SaleEntry(vendor={self.vendor!r}, order_id={self.order_id!r}, status={self.status.value}, "
            f"purchase_value={self.purchase_value}, version={self.version}, updated_at={self.updated_at.isoformat()})"
        )


@attrs.frozen(repr=False)
class StepEntry:
    """One request of a sale: written as an intent before it is sent, finished with its outcome."""

    id: int
    vendor: str
    order_id: str
    step: str
    idempotency_key: str | None
    request: dict[str, Any]
    """What was sent, enough to send it again or to cancel it."""
    outcome: StepOutcome
    detail: Any
    """The outcome's data (e.g. an external code, or the error's class and code), or None."""
    started_at: datetime
    finished_at: datetime | None

    @property
    def settled(self) -> bool:
        return self.outcome in SETTLED

    def __repr__(self) -> str:
        return (
            f"StepEntry(id={self.id}, vendor={self.vendor!r}, order_id={self.order_id!r}, step={self.step!r}, "
            f"idempotency_key={self.idempotency_key!r}, outcome={self.outcome.value}, "
            f"started_at={self.started_at.isoformat()})"
        )


@attrs.frozen(repr=False)
class OutboxEntry:
    """An order that could not be delivered; ``id`` is its place in the queue."""

    id: int
    vendor: str
    order_id: str
    body: dict[str, Any]
    """The order request as it will be sent."""
    state: OutboxState
    attempts: int
    last_error: str | None
    queued_at: datetime
    next_attempt_at: datetime | None
    """Not before this time (None: as soon as possible)."""
    delivered_at: datetime | None
    already_existed: bool = False
    """Delivered, but the vendor had an order with this id already: the stored order may be
    another terminal's (see ``external_code``)."""
    external_code: str | None = None
    """Once delivered: the redeem (coupon or hold reference) the stored order carries as far as
    the delivery could tell; None when it carries none, or when it is another terminal's order,
    which did not use this one (that redeem was given back)."""

    def __repr__(self) -> str:
        error = None if self.last_error is None else redact_text(self.last_error)
        return (
            f"OutboxEntry(id={self.id}, vendor={self.vendor!r}, order_id={self.order_id!r}, "
            f"state={self.state.value}, attempts={self.attempts}, last_error={error!r}, "
            f"already_existed={self.already_existed})"
        )
