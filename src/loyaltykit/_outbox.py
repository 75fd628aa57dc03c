"""Delivering the offline order outbox: one engine for both vendors and both clients.

A sale completed offline (``sale.complete(..., offline=True)``) leaves its order in the
journal's outbox as ``{"request": <the vendor's order request>.to_dict()}``. ``flush_steps``
delivers the due ones in queue order, as a generator of ``Call``s (``loyaltykit._steps``), so
``bq.outbox.flush()`` and ``await abq.outbox.flush()`` are one line each.

Exactly once:
- a deliverer first claims the order in the journal (``Journal.claim_next``: the next due
  order no other deliverer holds, kept from every other thread or process for ``LEASE`` in the
  same atomic step), so two flushes at once never send the same order; a flush that dies leaves
  it due again once the lease ends. It needs no sale hold (``hold_sale``): an order is queued
  only by ``complete()``, so its sale is finished and no worker runs its steps any more; the
  claim alone keeps deliverers apart;
- resending is safe anyway: BonifiQ stores an order's ``OriginalId`` once and answers a repeat
  with the stored order, and Gameball refuses a repeated ``orderId`` with 9004, which here
  means "delivered", ``already_existed``. That order may be another terminal's (one that sent
  the same order id and died, its answer lost): the vendor's delivery checks whether the stored
  order used this order's redeem and gives it back if not, and the item says which redeem the
  stored order carries (``external_code``);
- the outcome is recorded with ``record_delivery``, which refuses to record an order twice.

Orders are independent: one refused for good (a 4xx that is not transient) is marked failed
and the flush goes on to the next. A failure that is the vendor's, not the order's (no
connection, a timeout, 429, 5xx, refused credentials) keeps the order queued with an
exponential backoff with jitter (a longer ``Retry-After`` wins) and ends the flush: the orders
after it keep their place for the next flush rather than each waiting for the same timeout.

A redeem is never made offline: it spends a balance that only the vendor knows at that moment.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

import attrs

from ._call import Call
from ._redaction import redact_text
from ._resource import AsyncResource, SyncResource
from ._retry import RETRYABLE_STATUSES, RetryPolicy, parse_retry_after
from ._steps import Steps, run_async, run_sync
from ._validation import require_int
from ._workers import (
    DEFAULT_JITTER,
    DEFAULT_POLL,
    StopHandle,
    outbox_worker,
    outbox_worker_async,
    run_steps,
    run_steps_async,
)
from .errors import (
    APIConnectionError,
    APIError,
    APIStatusError,
    AuthenticationError,
    InvalidArgumentError,
    JournalConflictError,
    JournalError,
    PermissionDeniedError,
    ResponseValidationError,
)
from .journal._model import OutboxEntry, OutboxState

if TYPE_CHECKING:
    from .journal import Journal

__all__ = ["OrderDelivery", "OutboxItem", "OutboxReport"]

LEASE = timedelta(minutes=5)
"""How long a claimed order is kept from other deliverers: longer than a send with its retries."""

BACKOFF = RetryPolicy(initial_delay=30.0, max_delay=3600.0, jitter=0.25)
"""Between flushes: 30 s after the first failed attempt, doubling up to an hour, jittered so that
terminals that lost the network together do not all come back at once."""

_ERROR_LENGTH = 300

INTERRUPTED = "interrupted before its answer was recorded (safe to send again)"


@attrs.frozen(repr=False)
class OutboxItem:
    """One queued order as a report shows it: ids, state and times, never the order's body."""

    order_id: str
    state: OutboxState
    attempts: int
    last_error: str | None
    """Why the last attempt did not deliver it (the vendor's status and code), or None."""
    next_attempt_at: datetime | None
    """Not sent before this time (None: at the next flush)."""
    already_existed: bool = False
    """Delivered, but the vendor had an order with this id already: sent before by this sale (an
    answer lost) or by another terminal with the same order id. ``external_code`` tells which."""
    external_code: str | None = None
    """Once delivered: the redeem (BonifiQ coupon, Gameball hold reference) the stored order
    carries as far as loyaltykit can tell. None when the order carries none, or when the stored
    order is another terminal's and did not use this one's redeem, which was then given back:
    the customer got no reward from this order."""

    @classmethod
    def of(cls, entry: OutboxEntry) -> OutboxItem:
        return cls(
            entry.order_id,
            entry.state,
            entry.attempts,
            entry.last_error,
            entry.next_attempt_at,
            entry.already_existed,
            entry.external_code,
        )

    def __repr__(self) -> str:
        error = None if self.last_error is None else redact_text(self.last_error)
        when = None if self.next_attempt_at is None else self.next_attempt_at.isoformat()
        settled = (
            f", already_existed={self.already_existed}, external_code={self.external_code!r}"
            if self.state is OutboxState.DELIVERED
            else ""
        )
        return (
            f"OutboxItem(order_id={self.order_id!r}, state={self.state.value}, attempts={self.attempts}, "
            f"last_error={error!r}, next_attempt_at={when!r}{settled})"
        )


@attrs.frozen
class OutboxReport:
    """What a flush sent, refused for good and left queued (``status()``: the whole outbox).

    After ``flush()``, ``delivered`` and ``failed`` are the orders this flush settled and
    ``queued`` every order of the vendor still waiting, with why and until when.
    """

    delivered: tuple[OutboxItem, ...] = ()
    queued: tuple[OutboxItem, ...] = ()
    failed: tuple[OutboxItem, ...] = ()


@attrs.frozen
class OrderDelivery:
    """What the engine needs from a vendor: how a stored order becomes a call, and its "already there"."""

    vendor: str
    build: Callable[[Mapping[str, Any]], Call[Any]]
    """The order request (the stored body's ``"request"``) -> the call that delivers it."""
    delivered_before: Callable[[APIError], bool]
    """Whether a refusal says the order is stored already (Gameball's 9004)."""
    redemption_of: Callable[[Mapping[str, Any]], str | None]
    """The redeem (coupon, hold reference) an order request carries, if any."""
    used_by_existing_order: Callable[[str], Steps[bool]] | None = None
    """After ``delivered_before``: whether the stored order used this redeem; one it did not
    is given back. None: the vendor cannot be asked, and the redeem is taken as used."""


def stored_request(body: Mapping[str, Any]) -> Mapping[str, Any]:
    """The order request inside an outbox entry's body ``{"request": {...}}``."""
    request = body.get("request") if isinstance(body, Mapping) else None
    if not isinstance(request, Mapping):
        raise InvalidArgumentError("body", 'must be {"request": <the order request as a dict>}')
    return request


def status(journal: Journal, vendor: str) -> OutboxReport:
    """Every order of ``vendor`` in the outbox, by state, in queue order; no network."""
    entries = journal.outbox(vendor=vendor, states=tuple(OutboxState))
    by_state = {state: tuple(OutboxItem.of(e) for e in entries if e.state is state) for state in OutboxState}
    return OutboxReport(
        delivered=by_state[OutboxState.DELIVERED],
        queued=by_state[OutboxState.QUEUED],
        failed=by_state[OutboxState.FAILED],
    )


def _now() -> datetime:
    return datetime.now(UTC)


def _describe(error: BaseException) -> str:
    """The error as stored and reported: its class, status and vendor code; personal data redacted."""
    return redact_text(f"{type(error).__name__}: {error}")[:_ERROR_LENGTH]


def _vendor_wide(error: APIError) -> bool:
    """A failure that says nothing about this order, and would hit the next one the same way."""
    if isinstance(error, APIConnectionError | AuthenticationError | PermissionDeniedError):
        return True
    return isinstance(error, APIStatusError) and error.status_code in RETRYABLE_STATUSES


def _retry_at(error: APIError, attempts: int, now: datetime, backoff: RetryPolicy) -> datetime:
    delay = backoff.backoff(attempts)
    if isinstance(error, APIStatusError):
        retry_after = parse_retry_after(error.response.headers)
        if retry_after is not None:
            delay = max(delay, retry_after)
    return now + timedelta(seconds=delay)


def flush_steps(
    journal: Journal,
    delivery: OrderDelivery,
    *,
    limit: int | None = None,
    clock: Callable[[], datetime] = _now,
    backoff: RetryPolicy = BACKOFF,
    stop: Callable[[], bool] | None = None,
) -> Steps[OutboxReport]:
    """Deliver the due orders of ``delivery.vendor``, in queue order, at most ``limit`` sends.

    ``stop`` (a worker's stop handle) is asked before each order is claimed: once it says so the
    flush ends after the order in hand, which is always recorded. An order whose send is cut
    short (the generator closed, a task cancelled, an unexpected error) has its claim released,
    due again at once: resending it is safe, and no deliverer waits out the lease for it.
    """
    if limit is not None:
        limit = require_int("limit", limit, minimum=1)
    delivered: list[OutboxItem] = []
    failed: list[OutboxItem] = []
    sent = 0
    last = 0  # the queue is walked once: an order retried here is not sent again by this flush
    while not ((limit is not None and sent >= limit) or (stop is not None and stop())):
        now = clock()
        # One step claims the next due order no other flush holds: N workers on one journal
        # spread over the queue instead of all reaching for its head.
        entry = journal.claim_next(delivery.vendor, until=now + LEASE, due_by=now, after=last)
        if entry is None:
            break
        last = entry.id
        try:
            call = delivery.build(stored_request(entry.body))
        except Exception as error:  # a body no call can be built from will never be sent
            reason = f"the stored order cannot be sent: {_describe(error)}"
            failed.extend(_record(journal, entry, failed=True, error=reason))
            continue
        sent += 1
        existed = False
        try:
            yield call
        except APIError as error:
            if delivery.delivered_before(error):
                existed = True
            elif _vendor_wide(error) or isinstance(error, ResponseValidationError):
                # An unreadable answer may hide a stored order: resending it is safe, so it waits too.
                retry_at = _retry_at(error, entry.attempts, clock(), backoff)
                _record(journal, entry, error=_describe(error), next_attempt_at=retry_at)
                if _vendor_wide(error):
                    break
                continue
            else:
                failed.extend(_record(journal, entry, failed=True, error=_describe(error)))
                continue
        except BaseException:
            _release(journal, entry)
            raise
        code = delivery.redemption_of(stored_request(entry.body))
        check = delivery.used_by_existing_order
        try:
            if existed and code is not None and check is not None and not (yield from check(code)):
                code = None
        except BaseException:
            _release(journal, entry)
            raise
        delivered.extend(_record(journal, entry, delivered=True, already_existed=existed, external_code=code))
    queued = tuple(OutboxItem.of(e) for e in journal.outbox(vendor=delivery.vendor))
    return OutboxReport(delivered=tuple(delivered), queued=queued, failed=tuple(failed))


def _release(journal: Journal, entry: OutboxEntry) -> None:
    """Give up a claimed order whose send was cut short: queued and due now (its answer may be
    lost, so the attempt counts). Nothing if it cannot be written: the lease ends by itself."""
    with contextlib.suppress(JournalError):
        journal.record_delivery(entry.id, delivered=False, error=INTERRUPTED, next_attempt_at=None)


def _record(
    journal: Journal,
    entry: OutboxEntry,
    *,
    delivered: bool = False,
    failed: bool = False,
    error: str | None = None,
    next_attempt_at: datetime | None = None,
    already_existed: bool = False,
    external_code: str | None = None,
) -> tuple[OutboxItem, ...]:
    """The attempt's outcome, as the report's item; none if another deliverer settled it first
    (a send that outlived its lease: the vendor stored the order once all the same)."""
    try:
        recorded = journal.record_delivery(
            entry.id,
            delivered=delivered,
            failed=failed,
            error=error,
            next_attempt_at=next_attempt_at,
            already_existed=already_existed,
            external_code=external_code,
        )
    except JournalConflictError:
        return ()
    return (OutboxItem.of(recorded),)


class OutboxResource(SyncResource):
    """``client.outbox``: the orders a sale completed offline left in the client's journal."""

    delivery: ClassVar[OrderDelivery]

    def run_worker(
        self,
        *,
        stop: StopHandle | None = None,
        poll: float = DEFAULT_POLL,
        jitter: float = DEFAULT_JITTER,
        once: bool = False,
        on_batch: Callable[[OutboxReport], Any] | None = None,
    ) -> int:
        """Flush in a loop until ``stop`` is set: each due order once, the next flush at the earliest
        ``next_attempt_at`` or after ``poll`` seconds (jittered by up to ``jitter``), each flush's
        report to ``on_batch``. ``stop``: anything with ``is_set()``, e.g. a ``threading.Event`` or,
        on an async client, an ``asyncio.Event`` (cancelling the task stops it too). Stopping
        finishes the order in hand, or releases its claim: none is half-sent. ``once``: one flush.
        Returns how many flushes ran (``loyaltykit._workers``)."""
        return outbox_worker(self._flush_batch, poll, jitter, stop=stop, on_batch=on_batch, once=once)

    def _flush_batch(self, stop: StopHandle) -> OutboxReport:
        """One flush that ends after the order in hand once ``stop`` is set."""
        return run_steps(self._client, flush_steps(self._client.journal, self.delivery, stop=stop.is_set))

    def flush(self, *, limit: int | None = None) -> OutboxReport:
        """Send the due queued orders in queue order, each once; what was sent, refused and still queued."""
        return run_sync(self._client, flush_steps(self._client.journal, self.delivery, limit=limit))

    def status(self) -> OutboxReport:
        """The outbox as it is: delivered, queued (why, until when) and failed orders; no network."""
        return status(self._client.journal, self.delivery.vendor)


class AsyncOutboxResource(AsyncResource):
    """The async twin of ``OutboxResource``; ``status()`` reads only the local journal, so it is not awaited."""

    delivery: ClassVar[OrderDelivery]

    async def run_worker(
        self,
        *,
        stop: StopHandle | None = None,
        poll: float = DEFAULT_POLL,
        jitter: float = DEFAULT_JITTER,
        once: bool = False,
        on_batch: Callable[[OutboxReport], Any] | None = None,
    ) -> int:
        """Flush in a loop until ``stop`` is set: each due order once, the next flush at the earliest
        ``next_attempt_at`` or after ``poll`` seconds (jittered by up to ``jitter``), each flush's
        report to ``on_batch``. ``stop``: anything with ``is_set()``, e.g. a ``threading.Event`` or,
        on an async client, an ``asyncio.Event`` (cancelling the task stops it too). Stopping
        finishes the order in hand, or releases its claim: none is half-sent. ``once``: one flush.
        Returns how many flushes ran (``loyaltykit._workers``)."""
        return await outbox_worker_async(self._flush_batch, poll, jitter, stop=stop, on_batch=on_batch, once=once)

    async def _flush_batch(self, stop: StopHandle) -> OutboxReport:
        return await run_steps_async(self._client, flush_steps(self._client.journal, self.delivery, stop=stop.is_set))

    async def flush(self, *, limit: int | None = None) -> OutboxReport:
        """Send the due queued orders in queue order, each once (see the sync ``flush``)."""
        return await run_async(self._client, flush_steps(self._client.journal, self.delivery, limit=limit))

    def status(self) -> OutboxReport:
        """The outbox as it is; no network."""
        return status(self._client.journal, self.delivery.vendor)
