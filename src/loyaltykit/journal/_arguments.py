"""What every journal store checks before it writes, and how it reads a row back: one set of
rules, so the SQLite and the PostgreSQL store refuse and return exactly the same things."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeGuard, TypeVar

import attrs

from .._json import decode_json, encode_json
from .._validation import INT64_MAX, require_int, require_text
from ..errors import InvalidArgumentError, JournalConflictError, JournalError
from ._model import SETTLED, VENDORS, OutboxEntry, OutboxState, SaleEntry, SaleStatus, StepEntry, StepOutcome

JSON_RULE = (
    "must be JSON that reads back as written: dicts with str keys, lists, str, int, bool, None"
    " and finite Decimals (no float, tuple or other type)"
)

POSTGRES_SCHEMES = ("postgresql://", "postgres://")
"""How a journal URL names a PostgreSQL database (told apart without importing psycopg)."""

_Enum = TypeVar("_Enum", SaleStatus, StepOutcome, OutboxState)
_Entry = TypeVar("_Entry", SaleEntry, StepEntry, OutboxEntry)


def utc_now() -> datetime:
    return datetime.now(UTC)


def is_postgres_url(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and value.startswith(POSTGRES_SCHEMES)


def aware(field: str, value: object) -> datetime:
    if not isinstance(value, datetime) or value.utcoffset() is None:
        raise InvalidArgumentError(field, "must be a timezone-aware datetime")
    return value.astimezone(UTC)


def json_text(field: str, value: Any, *, top_dict: bool = True) -> str:
    """``value`` as stored: refused unless it reads back equal, so what is stored is what comes back."""
    if top_dict and not isinstance(value, dict):
        raise InvalidArgumentError(field, f"must be a dict (a JSON object), got {type(value).__name__}")
    try:
        text = encode_json(value).decode()
    except (TypeError, ValueError):
        raise InvalidArgumentError(field, JSON_RULE) from None
    if decode_json(text) != value:  # e.g. int keys that became strings, tuples that became lists
        raise InvalidArgumentError(field, JSON_RULE)
    return text


def vendor(value: object) -> str:
    name = require_text("vendor", value)
    if name not in VENDORS:
        raise InvalidArgumentError("vendor", f"must be one of {', '.join(sorted(VENDORS))}")
    return name


def optional_vendor(value: object) -> str | None:
    return None if value is None else vendor(value)


def sale_key(vendor_name: object, order_id: object) -> tuple[str, str]:
    return vendor(vendor_name), require_text("order_id", order_id)


def enum_value(field: str, kind: type[_Enum], value: object) -> _Enum:
    if isinstance(value, str) and value in kind.__members__.values():
        return kind(value)
    raise InvalidArgumentError(field, f"must be one of {', '.join(member.value for member in kind)}")


def entry_id(field: str, value: object) -> int:
    return require_int(field, value, minimum=1, maximum=INT64_MAX)


def queue_position(value: object) -> int:
    """``claim_next``'s ``after``: an entry id, or 0 for the start of the queue."""
    return require_int("after", value, minimum=0, maximum=INT64_MAX)


def due_by(now: datetime, value: object) -> datetime:
    """``claim_next``'s moment: ``due_by`` (aware) if it is earlier than now, else now."""
    return now if value is None else min(now, aware("due_by", value))


def age(value: object) -> timedelta:
    """An ``older_than``: how far back from now."""
    if not isinstance(value, timedelta) or value < timedelta(0):
        raise InvalidArgumentError("older_than", "must be a timedelta >= 0")
    return value


def outbox_states(states: object) -> list[str]:
    if isinstance(states, str) or not isinstance(states, Sequence):
        raise InvalidArgumentError("states", "must be a sequence of OutboxState")
    return [enum_value("states", OutboxState, state).value for state in states]


def step_outcome(outcome: object, detail: Any) -> tuple[StepOutcome, str | None]:
    """A ``finish_step``'s outcome and its detail as stored."""
    final = enum_value("outcome", StepOutcome, outcome)
    if final is StepOutcome.PENDING:
        raise InvalidArgumentError("outcome", "must be done, refused or in_doubt (pending is begin_step's)")
    return final, None if detail is None else json_text("detail", detail, top_dict=False)


# What a store found, checked the same way on every store. ``row`` is the row read (a
# sqlite3.Row or a dict), or None when there was none.


def found_sale(entry: SaleEntry, row: Any, changed: bool) -> Any:
    """The row of a sale ``update_sale`` wrote (``changed``), else why it could not."""
    if row is None:
        raise JournalError(f"no sale for {entry.vendor} order {entry.order_id!r} in this journal")
    if not changed:
        raise JournalConflictError(
            f"{entry.vendor} order {entry.order_id!r} changed since it was read (version {row['version']},"
            f" not {entry.version}): read it again"
        )
    return row


def found_unsettled_step(step_id: int, row: Any) -> None:
    """A step ``finish_step`` may finish: there, and neither done nor refused."""
    if row is None:
        raise JournalError(f"no step {step_id} in this journal")
    if StepOutcome(row["outcome"]) in SETTLED:
        raise JournalConflictError(f"step {step_id} is already settled ({row['outcome']})")


def found_queued_order(entry_id: int, row: Any) -> Any:
    """An outbox row still queued: else a delivered or failed order is another deliverer's."""
    if row is None:
        raise JournalError(f"no outbox entry {entry_id} in this journal")
    if row["state"] != OutboxState.QUEUED.value:
        raise JournalConflictError(f"outbox entry {entry_id} is already {row['state']}")
    return row


@attrs.frozen
class Delivery:
    """A ``record_delivery``, checked: the columns it writes (times still to be stamped)."""

    state: OutboxState
    error: str | None
    next_attempt_at: datetime | None
    already_existed: bool
    external_code: str | None


def delivery(
    *,
    delivered: object,
    error: object,
    next_attempt_at: object,
    failed: object,
    already_existed: object,
    external_code: object,
) -> Delivery:
    for field, flag in (("delivered", delivered), ("failed", failed), ("already_existed", already_existed)):
        if not isinstance(flag, bool):
            raise InvalidArgumentError(field, f"must be a bool, got {type(flag).__name__}")
    if error is not None and not isinstance(error, str):
        raise InvalidArgumentError("error", f"must be a string or None, got {type(error).__name__}")
    code = None if external_code is None else require_text("external_code", external_code)
    if delivered and failed:
        raise InvalidArgumentError("failed", "must be False when delivered is True")
    if failed and not error:
        raise InvalidArgumentError("error", "must say why the order failed")
    if (delivered or failed) and next_attempt_at is not None:
        raise InvalidArgumentError("next_attempt_at", "must be None when the order is delivered or failed")
    if not delivered and (already_existed or code is not None):
        raise InvalidArgumentError("delivered", "must be True to record already_existed or external_code")
    return Delivery(
        state=OutboxState.DELIVERED if delivered else OutboxState.FAILED if failed else OutboxState.QUEUED,
        error=error,
        next_attempt_at=None if next_attempt_at is None else aware("next_attempt_at", next_attempt_at),
        already_existed=bool(already_existed),
        external_code=code,
    )


def reader(entry: type[_Entry], **decoders: Callable[[Any], Any]) -> Callable[[Any], _Entry]:
    """A row to ``entry``: each column by its field's name, through its decoder if it has one
    (columns are named after the fields; a NULL stays None; other columns are ignored)."""
    names = [field.name for field in attrs.fields(entry)]

    def read(row: Any) -> _Entry:  # a sqlite3.Row or a dict: columns by name
        values: dict[str, Any] = {
            name: None if row[name] is None else decoders.get(name, _same)(row[name]) for name in names
        }
        return entry(**values)

    return read


def _same(value: Any) -> Any:
    return value
