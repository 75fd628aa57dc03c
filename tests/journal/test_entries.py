"""Every entry type round-trips exactly (Decimals, JSON parts, UTC times), and no repr shows
a customer id or a body."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

import pytest

from loyaltykit.errors import InvalidArgumentError
from loyaltykit.journal import Journal, OutboxState, PostgresJournal, SaleStatus, SQLiteJournal, StepOutcome

from .conftest import FakeClock

CUSTOMER = "ana.souza@example.com"
STATE: dict[str, Any] = {
    "redemption": {"external_code": "EXT-1", "value": Decimal("10.05"), "points": 1005, "rate": Decimal("0.001")},
    "keys": ["lk-r-1", None],
    "validated": True,
    "cashback": Decimal("0.10"),
    "customer": CUSTOMER,
}
BODY: dict[str, Any] = {"OrderId": "PDV-1", "Total": Decimal("110.00"), "Customer": {"Email": CUSTOMER}}


def _is_utc(moment: datetime | None) -> bool:
    return moment is not None and moment.utcoffset() == timedelta(0)


def _reopened(journal: Journal, clock: FakeClock) -> Journal:
    """The same journal read back from its file or database, or itself when it lives in memory."""
    if isinstance(journal, PostgresJournal):
        journal.close()
        return PostgresJournal(journal.url, clock=clock)
    assert isinstance(journal, SQLiteJournal)
    if journal.path == ":memory:":
        return journal
    journal.close()
    return SQLiteJournal(journal.path, clock=clock)


def test_a_sale_round_trips_exactly(journal: Journal, clock: FakeClock) -> None:
    opened, created = journal.open_sale("bonifiq", "PDV-1", CUSTOMER, Decimal("120.10"))
    clock.advance(timedelta(seconds=5))
    updated = journal.update_sale(opened, status=SaleStatus.REDEEMED, state=STATE)

    with _reopened(journal, clock) as again:
        read = again.sale("bonifiq", "PDV-1")

    assert created and opened.status is SaleStatus.OPEN and opened.state == {} and opened.version == 1
    assert read == updated
    assert read is not None
    assert (read.customer_id, read.status, read.version) == (CUSTOMER, SaleStatus.REDEEMED, 2)
    assert str(read.purchase_value) == "120.10"
    assert read.state == STATE
    assert [type(v) for v in read.state["redemption"].values()] == [str, Decimal, int, Decimal]
    assert str(read.state["redemption"]["value"]) == "10.05" and str(read.state["cashback"]) == "0.10"
    assert _is_utc(read.created_at) and _is_utc(read.updated_at)
    assert read.updated_at - read.created_at == timedelta(seconds=5)


def test_a_step_round_trips_exactly(journal: Journal, clock: FakeClock) -> None:
    begun = journal.begin_step("gameball", "G-1", "redeem", idempotency_key="lk-g-1", request=BODY)
    clock.advance(timedelta(milliseconds=250))
    detail = {"hold_reference": "H-9", "amount": Decimal("7.50")}
    finished = journal.finish_step(begun.id, StepOutcome.DONE, detail)

    with _reopened(journal, clock) as again:
        (read,) = again.steps("gameball", "G-1")

    assert begun.outcome is StepOutcome.PENDING and begun.finished_at is None and not begun.settled
    assert read == finished
    assert (read.step, read.idempotency_key, read.outcome, read.settled) == ("redeem", "lk-g-1", StepOutcome.DONE, True)
    assert read.request == BODY and str(read.request["Total"]) == "110.00"
    assert read.detail == detail and str(read.detail["amount"]) == "7.50"
    assert _is_utc(read.started_at) and _is_utc(read.finished_at)
    assert read.finished_at is not None and read.finished_at - read.started_at == timedelta(milliseconds=250)


def test_an_outbox_entry_round_trips_exactly(journal: Journal, clock: FakeClock) -> None:
    queued = journal.enqueue_order("bonifiq", "PDV-1", BODY)
    retry_at = datetime(2026, 3, 1, 9, 1, tzinfo=timezone(timedelta(hours=-3)))  # read back in UTC
    journal.record_delivery(queued.id, delivered=False, error="HTTP 503", next_attempt_at=retry_at)

    with _reopened(journal, clock) as again:
        (read,) = again.outbox()

    assert (queued.state, queued.attempts, queued.next_attempt_at, queued.delivered_at) == (
        OutboxState.QUEUED,
        0,
        None,
        None,
    )
    assert read.body == BODY and str(read.body["Total"]) == "110.00"
    assert (read.state, read.attempts, read.last_error) == (OutboxState.QUEUED, 1, "HTTP 503")
    assert read.next_attempt_at == retry_at and _is_utc(read.next_attempt_at) and _is_utc(read.queued_at)


def test_no_repr_shows_a_customer_id_or_a_body(journal: Journal) -> None:
    sale, _ = journal.open_sale("bonifiq", "PDV-1", CUSTOMER, Decimal("120.00"))
    sale = journal.update_sale(sale, state=STATE)
    step = journal.begin_step("bonifiq", "PDV-1", "redeem", idempotency_key="k", request=BODY)
    step = journal.finish_step(step.id, StepOutcome.REFUSED, {"error": f"no customer {CUSTOMER}"})
    order = journal.enqueue_order("bonifiq", "PDV-1", BODY)
    order = journal.record_delivery(order.id, delivered=False, error=f"customer {CUSTOMER}", next_attempt_at=None)

    for entry in (sale, step, order):
        text = repr(entry)
        assert "PDV-1" in text
        for hidden in ("ana.souza", "EXT-1", "110.00", "Customer", "no customer"):
            assert hidden not in text, (hidden, text)


@pytest.mark.parametrize(
    ("value", "field"),
    [
        ({"amount": 10.5}, "state"),  # a float never touches an amount
        ({"amount": Decimal("NaN")}, "state"),
        ({1: "int key"}, "state"),  # would come back as "1"
        ({"items": ("a", "b")}, "state"),  # would come back as a list
        ({"when": datetime(2026, 1, 1, tzinfo=UTC)}, "state"),
        (["not", "a", "dict"], "state"),
    ],
)
def test_json_that_would_not_read_back_as_written_is_refused(journal: Journal, value: Any, field: str) -> None:
    sale, _ = journal.open_sale("bonifiq", "PDV-1", CUSTOMER, Decimal("1.00"))

    with pytest.raises(InvalidArgumentError) as caught:
        journal.update_sale(sale, state=value)

    assert caught.value.field == field
    assert journal.sale("bonifiq", "PDV-1") == sale  # nothing written


def test_each_json_part_is_checked_before_writing(journal: Journal) -> None:
    step = journal.begin_step("bonifiq", "PDV-1", "redeem", idempotency_key=None, request={})
    calls = {
        "request": lambda: journal.begin_step("bonifiq", "PDV-1", "redeem", idempotency_key=None, request={"v": 1.0}),
        "detail": lambda: journal.finish_step(step.id, StepOutcome.DONE, [1.5]),
        "body": lambda: journal.enqueue_order("bonifiq", "PDV-1", {"Total": 1.5}),
    }
    for field, call in calls.items():
        with pytest.raises(InvalidArgumentError) as caught:
            call()
        assert caught.value.field == field

    assert journal.steps("bonifiq", "PDV-1") == [step] and journal.outbox() == []


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda j: j.open_sale("shopify", "PDV-1", CUSTOMER, Decimal("1.00")), "vendor"),
        (lambda j: j.open_sale("bonifiq", "", CUSTOMER, Decimal("1.00")), "order_id"),
        (lambda j: j.open_sale("bonifiq", "PDV\n1", CUSTOMER, Decimal("1.00")), "order_id"),
        (lambda j: j.open_sale("bonifiq", "PDV-1", None, Decimal("1.00")), "customer_id"),
        (lambda j: j.open_sale("bonifiq", "PDV-1", CUSTOMER, 1.0), "purchase_value"),
        (lambda j: j.open_sale("bonifiq", "PDV-1", CUSTOMER, Decimal("1.001")), "purchase_value"),
        (lambda j: j.sales(status="closed"), "status"),
        (lambda j: j.begin_step("bonifiq", "PDV-1", "", idempotency_key=None, request={}), "step"),
        (lambda j: j.begin_step("bonifiq", "PDV-1", "redeem", idempotency_key=7, request={}), "idempotency_key"),
        (lambda j: j.finish_step(0, StepOutcome.DONE), "step_id"),
        (lambda j: j.finish_step(True, StepOutcome.DONE), "step_id"),
        (lambda j: j.unsettled(older_than=timedelta(seconds=-1)), "older_than"),
        (lambda j: j.unsettled(older_than=60), "older_than"),
        (lambda j: j.outbox(states="queued"), "states"),
        (lambda j: j.outbox(states=["lost"]), "states"),
    ],
)
def test_bad_arguments_name_their_field(journal: Journal, call: Any, field: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        call(journal)

    assert caught.value.field == field
    assert CUSTOMER not in str(caught.value)
    assert journal.sales() == []


def test_a_clock_without_a_timezone_is_refused() -> None:
    with SQLiteJournal(clock=lambda: datetime(2026, 1, 1)) as journal, pytest.raises(InvalidArgumentError) as caught:
        journal.open_sale("bonifiq", "PDV-1", CUSTOMER, Decimal("1.00"))

    assert caught.value.field == "clock()"
