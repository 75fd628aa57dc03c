"""The offline order outbox: queued once per order, listed in queue order, delivered or failed once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest

from loyaltykit.errors import InvalidArgumentError, JournalConflictError, JournalError
from loyaltykit.journal import Journal, OutboxState

from .conftest import FakeClock


def test_orders_come_out_in_queue_order(journal: Journal) -> None:
    for order in ("PDV-3", "PDV-1", "PDV-2"):
        journal.enqueue_order("bonifiq", order, {"OrderId": order})
    journal.enqueue_order("gameball", "G-1", {"orderId": "G-1"})

    assert [e.order_id for e in journal.outbox()] == ["PDV-3", "PDV-1", "PDV-2", "G-1"]
    assert [e.order_id for e in journal.outbox(vendor="bonifiq")] == ["PDV-3", "PDV-1", "PDV-2"]


def test_enqueueing_an_order_again_returns_the_first_entry(journal: Journal, clock: FakeClock) -> None:
    first = journal.enqueue_order("bonifiq", "PDV-1", {"Total": Decimal("10.00")})
    clock.advance(timedelta(seconds=30))
    again = journal.enqueue_order("bonifiq", "PDV-1", {"Total": Decimal("99.00")})
    delivered = journal.record_delivery(first.id, delivered=True, error=None, next_attempt_at=None)
    after_delivery = journal.enqueue_order("bonifiq", "PDV-1", {"Total": Decimal("10.00")})

    assert again == first
    assert after_delivery == delivered  # never queued twice, even once delivered
    assert len(journal.outbox(states=list(OutboxState))) == 1


def test_delivery_states(journal: Journal, clock: FakeClock) -> None:
    retried, delivered, failed = (journal.enqueue_order("bonifiq", f"PDV-{n}", {"n": n}) for n in range(3))
    later = clock.now + timedelta(minutes=1)

    retried = journal.record_delivery(retried.id, delivered=False, error="HTTP 503", next_attempt_at=later)
    retried = journal.record_delivery(retried.id, delivered=False, error="timeout", next_attempt_at=later)
    journal.record_delivery(delivered.id, delivered=False, error="HTTP 503", next_attempt_at=later)
    clock.advance(timedelta(minutes=1))
    delivered = journal.record_delivery(delivered.id, delivered=True, error=None, next_attempt_at=None)
    failed = journal.record_delivery(
        failed.id, delivered=False, error="HTTP 400: bad total", next_attempt_at=None, failed=True
    )

    assert (retried.state, retried.attempts, retried.last_error, retried.next_attempt_at) == (
        OutboxState.QUEUED,
        2,
        "timeout",
        later,
    )
    assert (delivered.state, delivered.attempts, delivered.delivered_at, delivered.next_attempt_at) == (
        OutboxState.DELIVERED,
        2,
        clock.now,
        None,
    )
    assert (failed.state, failed.attempts, failed.last_error, failed.delivered_at) == (
        OutboxState.FAILED,
        1,
        "HTTP 400: bad total",
        None,
    )
    assert journal.outbox() == [retried]
    assert journal.outbox(states=[OutboxState.DELIVERED, OutboxState.FAILED]) == [delivered, failed]


def test_a_delivered_or_failed_order_is_never_recorded_again(journal: Journal) -> None:
    delivered, failed = (journal.enqueue_order("bonifiq", f"PDV-{n}", {}) for n in range(2))
    delivered = journal.record_delivery(delivered.id, delivered=True, error=None, next_attempt_at=None)
    failed = journal.record_delivery(failed.id, delivered=False, error="refused", next_attempt_at=None, failed=True)

    for entry in (delivered, failed):
        with pytest.raises(JournalConflictError):  # a second deliverer got there first
            journal.record_delivery(entry.id, delivered=True, error=None, next_attempt_at=None)
    with pytest.raises(JournalError) as missing:
        journal.record_delivery(failed.id + 1, delivered=True, error=None, next_attempt_at=None)

    assert "no outbox entry" in str(missing.value)
    assert journal.outbox(states=list(OutboxState)) == [delivered, failed]


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"delivered": True, "failed": True, "error": "x"}, "failed"),
        ({"delivered": False, "failed": True, "error": None}, "error"),
        ({"delivered": 1}, "delivered"),
        ({"delivered": False, "error": 503}, "error"),
        ({"delivered": False, "next_attempt_at": datetime(2026, 3, 1, 12, 1)}, "next_attempt_at"),
        ({"delivered": False, "next_attempt_at": "2026-03-01T12:01:00Z"}, "next_attempt_at"),
        ({"delivered": True, "next_attempt_at": datetime(2026, 3, 1, 12, 1, tzinfo=UTC)}, "next_attempt_at"),
        ({"delivered": False, "already_existed": True}, "delivered"),
        ({"delivered": False, "external_code": "H-1"}, "delivered"),
        ({"delivered": True, "already_existed": 1}, "already_existed"),
        ({"delivered": True, "external_code": ""}, "external_code"),
    ],
)
def test_bad_delivery_records_are_refused(journal: Journal, arguments: dict[str, Any], field: str) -> None:
    entry = journal.enqueue_order("bonifiq", "PDV-1", {})

    with pytest.raises(InvalidArgumentError) as caught:
        journal.record_delivery(entry.id, **{"error": None, "next_attempt_at": None, **arguments})

    assert caught.value.field == field
    assert journal.outbox() == [entry]


def test_a_due_order_is_claimed_by_one_deliverer_until_its_lease_ends(journal: Journal, clock: FakeClock) -> None:
    entry = journal.enqueue_order("bonifiq", "PDV-1", {"n": 1})
    lease = clock.now + timedelta(minutes=5)

    claimed = journal.claim_order(entry.id, until=lease)
    with pytest.raises(JournalConflictError):
        journal.claim_order(entry.id, until=lease)  # another deliverer: not due until the lease ends
    clock.advance(timedelta(minutes=5))
    reclaimed = journal.claim_order(entry.id, until=clock.now + timedelta(minutes=5))

    assert (claimed.state, claimed.attempts, claimed.next_attempt_at) == (OutboxState.QUEUED, 0, lease)
    assert reclaimed.attempts == 0  # a claim is not an attempt: record_delivery counts those


def test_an_order_not_due_or_not_queued_cannot_be_claimed(journal: Journal, clock: FakeClock) -> None:
    later, delivered = (journal.enqueue_order("bonifiq", f"PDV-{n}", {"n": n}) for n in range(2))
    journal.record_delivery(later.id, delivered=False, error="HTTP 503", next_attempt_at=clock.now + timedelta(hours=1))
    journal.record_delivery(delivered.id, delivered=True, error=None, next_attempt_at=None)

    for entry in (later, delivered):
        with pytest.raises(JournalConflictError):
            journal.claim_order(entry.id, until=clock.now + timedelta(minutes=5))
    with pytest.raises(JournalError):
        journal.claim_order(999, until=clock.now)


def test_claim_next_takes_the_queue_in_order_passing_over_what_is_not_due(journal: Journal, clock: FakeClock) -> None:
    first, retried, leased, _gameball, last = (
        journal.enqueue_order("gameball" if n == 3 else "bonifiq", f"PDV-{n}", {"n": n}) for n in range(5)
    )
    later = clock.now + timedelta(hours=1)
    journal.record_delivery(retried.id, delivered=False, error="HTTP 503", next_attempt_at=later)
    journal.claim_order(leased.id, until=clock.now + timedelta(minutes=5))  # another deliverer has it
    lease = clock.now + timedelta(minutes=5)

    taken = [journal.claim_next("bonifiq", until=lease), journal.claim_next("bonifiq", until=lease)]

    assert [e.id if e else None for e in taken] == [first.id, last.id]
    assert all(e is not None and e.next_attempt_at == lease and e.attempts == 0 for e in taken)
    assert journal.claim_next("bonifiq", until=lease) is None  # the rest is claimed or not due
    assert journal.claim_next("gameball", until=lease) == journal.outbox(vendor="gameball")[0]


def test_claim_next_starts_after_the_given_entry_and_not_past_due_by(journal: Journal, clock: FakeClock) -> None:
    first, second, third = (journal.enqueue_order("bonifiq", f"PDV-{n}", {"n": n}) for n in range(3))
    # Retried and due again at once: a flush that has passed it (``after``) does not take it again.
    journal.record_delivery(first.id, delivered=False, error="HTTP 503", next_attempt_at=clock.now)
    lease = clock.now + timedelta(minutes=5)

    early = journal.claim_next("bonifiq", until=lease, due_by=clock.now - timedelta(seconds=1))
    after_first = journal.claim_next("bonifiq", until=lease, after=first.id)
    past_the_end = journal.claim_next("bonifiq", until=lease, after=third.id)
    again = journal.claim_next("bonifiq", until=lease)

    assert [e.id if e else None for e in (early, after_first, past_the_end, again)] == [
        second.id,  # the first is not due by then
        third.id,
        None,
        first.id,
    ]


@pytest.mark.parametrize(
    ("arguments", "field"),
    [
        ({"vendor": "nobody"}, "vendor"),
        ({"after": -1}, "after"),
        ({"until": datetime(2026, 1, 1)}, "until"),  # naive on purpose
        ({"due_by": datetime(2026, 1, 1)}, "due_by"),
    ],
)
def test_claim_next_checks_its_arguments(
    journal: Journal, clock: FakeClock, arguments: dict[str, Any], field: str
) -> None:
    entry = journal.enqueue_order("bonifiq", "PDV-1", {})
    call: dict[str, Any] = {"vendor": "bonifiq", "until": clock.now + timedelta(minutes=5), **arguments}

    with pytest.raises(InvalidArgumentError) as caught:
        journal.claim_next(call.pop("vendor"), **call)

    assert caught.value.field == field
    assert journal.outbox() == [entry]  # nothing claimed
