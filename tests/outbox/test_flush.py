"""``client.outbox.flush()`` on the in-process sandbox: in queue order, each order once, sync and async."""

from __future__ import annotations

import socket
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from journal.conftest import FakeClock

import loyaltykit
from loyaltykit._outbox import flush_steps
from loyaltykit._steps import run_sync
from loyaltykit.bonifiq.resources.outbox import DELIVERY as BONIFIQ
from loyaltykit.errors import InvalidArgumentError
from loyaltykit.journal import OutboxState, SQLiteJournal
from loyaltykit.outbox import OutboxReport
from loyaltykit.sandbox import RunningSandbox

from .conftest import Terminal
from .orders import client, enqueue, order_request


def ids(items: tuple[object, ...]) -> list[str]:
    return [item.order_id for item in items]  # type: ignore[attr-defined]


def test_flush_delivers_in_queue_order_and_a_second_flush_sends_nothing(terminal: Terminal) -> None:
    enqueue(terminal.journal, terminal.vendor, "PDV-3", "PDV-1", "PDV-2")
    enqueue(terminal.journal, "gameball" if terminal.vendor == "bonifiq" else "bonifiq", "OTHER-1")
    outbox = terminal.client().outbox

    first = terminal.run(outbox.flush())
    second = terminal.run(outbox.flush())

    assert ids(first.delivered) == ["PDV-3", "PDV-1", "PDV-2"]
    assert terminal.sent.orders == ["PDV-3", "PDV-1", "PDV-2"]  # the other vendor's order is not this client's
    assert second == OutboxReport()
    assert [(i.state, i.attempts) for i in outbox.status().delivered] == [(OutboxState.DELIVERED, 1)] * 3
    assert ids(outbox.status().queued) == ids(outbox.status().failed) == []


def test_an_order_the_vendor_stored_already_is_delivered_not_failed(terminal: Terminal) -> None:
    """BonifiQ answers a known OriginalId with the stored order; Gameball refuses a known orderId with 9004."""
    sent_before = client(terminal.vendor, terminal.sandbox)
    with sent_before:
        sent_before.execute(sent_before.outbox.delivery.build(order_request(terminal.vendor, "PDV-1")))
    enqueue(terminal.journal, terminal.vendor, "PDV-1")

    report = terminal.run(terminal.client().outbox.flush())

    assert ids(report.delivered) == ["PDV-1"] and report.failed == ()
    assert terminal.sent.orders == ["PDV-1"]
    # Only Gameball's refusal tells the order was there; BonifiQ's repeat answer looks like the first.
    (item,) = report.delivered
    assert (item.already_existed, item.external_code) == (terminal.vendor == "gameball", None)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_a_vendor_out_of_reach_leaves_the_orders_queued_with_a_backoff(terminal: Terminal) -> None:
    enqueue(terminal.journal, terminal.vendor, "PDV-1", "PDV-2")
    down = terminal.client(base_url=f"http://127.0.0.1:{closed_port()}", max_retries=0)
    before = datetime.now(UTC)

    report = terminal.run(down.outbox.flush())

    first, second = report.queued
    assert report.delivered == report.failed == ()
    assert (first.order_id, first.attempts, first.state) == ("PDV-1", 1, OutboxState.QUEUED)
    assert first.last_error is not None and first.last_error.startswith("APIConnectionError:")
    assert first.next_attempt_at is not None
    assert before + timedelta(seconds=22) <= first.next_attempt_at <= datetime.now(UTC) + timedelta(seconds=31)
    # The vendor, not the order, failed: the next order waits for the next flush untouched.
    assert (second.order_id, second.attempts, second.last_error) == ("PDV-2", 0, None)
    # The vendor back: a flush right after sends the order never tried; the other waits for its time.
    after = terminal.run(terminal.client().outbox.flush())
    assert ids(after.delivered) == ["PDV-2"] and ids(after.queued) == ["PDV-1"]
    assert terminal.sent.orders == ["PDV-1", "PDV-2"]  # PDV-1 once: the attempt that found no vendor


def test_the_backoff_doubles_and_an_order_is_sent_again_once_due(sandbox: RunningSandbox, tmp_path: Path) -> None:
    clock = FakeClock()
    down_url = f"http://127.0.0.1:{closed_port()}"
    with SQLiteJournal(tmp_path / "t.db", clock=clock) as journal:
        enqueue(journal, "bonifiq", "PDV-1")
        with client("bonifiq", sandbox, base_url=down_url, max_retries=0, journal=journal) as down:
            waits = []
            for _ in range(3):
                started = clock.now
                (item,) = run_sync(down, flush_steps(journal, BONIFIQ, clock=clock)).queued
                assert item.next_attempt_at is not None
                waits.append(item.next_attempt_at - started)
                clock.now = item.next_attempt_at - timedelta(seconds=1)
                # Not due yet: not even tried.
                assert run_sync(down, flush_steps(journal, BONIFIQ, clock=clock)).queued == (item,)
                clock.now = item.next_attempt_at
        with client("bonifiq", sandbox, journal=journal) as up:
            report = run_sync(up, flush_steps(journal, BONIFIQ, clock=clock))

    # 30 s, 60 s, 120 s, each shortened by a jitter of at most 25%.
    for wait, full in zip(waits, (30, 60, 120), strict=True):
        assert timedelta(seconds=full * 0.75) <= wait <= timedelta(seconds=full)
    assert [(i.order_id, i.attempts) for i in report.delivered] == [("PDV-1", 4)]


def test_a_refused_order_fails_with_the_vendors_code_and_the_others_go_on(terminal: Terminal) -> None:
    broken, refusal = {
        "bonifiq": ({"customer": None}, "HTTP 400 [ValidationError]"),
        "gameball": ({"total": "-1.00"}, "HTTP 422 [PAYLOAD_ERROR]"),
    }[terminal.vendor]
    enqueue(terminal.journal, terminal.vendor, "PDV-1", **broken)
    enqueue(terminal.journal, terminal.vendor, "PDV-2")

    report = terminal.run(terminal.client().outbox.flush())

    (failed,) = report.failed
    assert ids(report.delivered) == ["PDV-2"] and report.queued == ()
    assert (failed.order_id, failed.state, failed.attempts, failed.next_attempt_at) == (
        "PDV-1",
        OutboxState.FAILED,
        1,
        None,
    )
    assert failed.last_error is not None and refusal in failed.last_error
    assert ANA_NOT_IN(failed.last_error)
    # Failed for good: never sent again.
    assert terminal.run(terminal.client().outbox.flush()) == OutboxReport()
    assert terminal.sent.orders == ["PDV-1", "PDV-2"]


def ANA_NOT_IN(text: str) -> bool:
    return "ana@example.com" not in text


def test_a_429_waits_for_the_vendors_retry_after(terminal: Terminal) -> None:
    enqueue(terminal.journal, terminal.vendor, "PDV-1", "PDV-2")
    terminal.harness.fault(
        "POS_AddOrder" if terminal.vendor == "bonifiq" else "trackOrder", "status_429", times=1, retry_after=3600
    )
    before = datetime.now(UTC)

    report = terminal.run(terminal.client().outbox.flush())

    first, second = report.queued
    assert first.last_error is not None and first.last_error.startswith("RateLimitError:")
    assert first.next_attempt_at is not None and first.next_attempt_at >= before + timedelta(seconds=3600)
    assert (second.attempts, terminal.sent.orders) == (0, ["PDV-1"])  # 429: the vendor asks everyone to wait


def test_a_stored_body_no_order_can_be_built_from_fails_without_a_request(terminal: Terminal) -> None:
    terminal.journal.enqueue_order(terminal.vendor, "PDV-1", {"order": "not the shape"})

    report = terminal.run(terminal.client().outbox.flush())

    (failed,) = report.failed
    assert failed.last_error is not None and failed.last_error.startswith("the stored order cannot be sent")
    assert terminal.sent.orders == []


def test_limit_sends_at_most_that_many(terminal: Terminal) -> None:
    enqueue(terminal.journal, terminal.vendor, "PDV-1", "PDV-2", "PDV-3")
    outbox = terminal.client().outbox

    report = terminal.run(outbox.flush(limit=2))

    assert ids(report.delivered) == ["PDV-1", "PDV-2"] and ids(report.queued) == ["PDV-3"]
    with pytest.raises(InvalidArgumentError) as refused:
        terminal.run(outbox.flush(limit=0))
    assert refused.value.field == "limit"


def test_amounts_stay_decimal_in_the_stored_order(journal: SQLiteJournal) -> None:
    enqueue(journal, "bonifiq", "PDV-1", total="10.10")
    assert journal.outbox()[0].body["request"]["OrderTotal"] == Decimal("10.10")


def test_reprs_show_no_personal_data(terminal: Terminal) -> None:
    enqueue(terminal.journal, terminal.vendor, "PDV-1", customer="cliente@example.com")
    report = terminal.run(terminal.client().outbox.flush())
    assert "example.com" not in repr(report) and "PDV-1" in repr(report)


def test_status_reads_the_journal_only(vendor: str, sandbox: object, journal: SQLiteJournal) -> None:
    enqueue(journal, vendor, "PDV-1")

    def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("status() must not send anything")

    with client(vendor, sandbox, journal=journal, http_client=httpx.Client(transport=httpx.MockTransport(refuse))) as c:  # type: ignore[arg-type]
        report = c.outbox.status()
    assert ids(report.queued) == ["PDV-1"] and report.delivered == report.failed == ()


def test_refused_credentials_keep_every_order_queued(journal: SQLiteJournal) -> None:
    """A 401 says nothing about the order: it is not failed for good, and the flush stops there."""
    enqueue(journal, "bonifiq", "PDV-1", "PDV-2")
    refuse = httpx.MockTransport(lambda request: httpx.Response(401, json={"ErrorMessage": "invalid token"}))

    with (
        httpx.Client(transport=refuse) as http,
        loyaltykit.BonifiQ("token", "key", base_url="https://bonifiq.test", journal=journal, http_client=http) as bq,
    ):
        report = bq.outbox.flush()

    first, second = report.queued
    assert report.failed == report.delivered == ()
    assert first.last_error is not None and first.last_error.startswith("AuthenticationError:")
    assert first.next_attempt_at is not None and (second.attempts, second.last_error) == (0, None)


def test_an_answer_that_cannot_be_read_keeps_the_order_queued(journal: SQLiteJournal) -> None:
    """The order may be stored: it is neither failed nor delivered, and resending it later is safe."""
    enqueue(journal, "bonifiq", "PDV-1")
    garbled = httpx.MockTransport(lambda request: httpx.Response(200, content=b"<html>proxy</html>"))

    with (
        httpx.Client(transport=garbled) as http,
        loyaltykit.BonifiQ(
            "token", "key", base_url="https://bonifiq.test", journal=journal, http_client=http, max_retries=0
        ) as bq,
    ):
        report = bq.outbox.flush()

    (item,) = report.queued
    assert report.failed == report.delivered == ()
    assert item.attempts == 1 and item.next_attempt_at is not None
    assert item.last_error is not None and item.last_error.startswith("ResponseValidationError:")
