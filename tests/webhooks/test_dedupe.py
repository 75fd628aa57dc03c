"""``SQLiteDeduplicator``: once per event within the retention, durable across a restart, shared with the journal."""

from __future__ import annotations

import sqlite3
import threading
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from loyaltykit.errors import InvalidArgumentError, JournalError, WebhookError
from loyaltykit.journal import SQLiteJournal
from loyaltykit.webhooks import DEFAULT_RETENTION, SQLiteDeduplicator, WebhookDeduplicator

from .conftest import FakeClock


@pytest.fixture(params=["memory", "file"])
def store(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> SQLiteDeduplicator:
    path = ":memory:" if request.param == "memory" else str(tmp_path / "webhooks.db")
    deduplicator = SQLiteDeduplicator(path, clock=clock)
    request.addfinalizer(deduplicator.close)
    return deduplicator


def test_is_a_deduplicator(store: SQLiteDeduplicator) -> None:
    assert isinstance(store, WebhookDeduplicator)


def test_same_event_twice_is_handled_once(store: SQLiteDeduplicator) -> None:
    assert store.claim("gameball:a")
    store.complete("gameball:a")
    assert not store.claim("gameball:a")
    assert store.claim("gameball:b")


def test_retention_longer_than_gameballs_retries(store: SQLiteDeduplicator, clock: FakeClock) -> None:
    assert timedelta(minutes=5 + 20 + 60) < DEFAULT_RETENTION
    assert store.claim("k")
    store.complete("k")
    clock.advance(timedelta(minutes=85))  # Gameball's third retry
    assert not store.claim("k")
    clock.advance(DEFAULT_RETENTION)  # forgotten after the retention: handled again
    assert store.claim("k")


def test_configurable_retention(tmp_path: Path, clock: FakeClock) -> None:
    with SQLiteDeduplicator(retention=timedelta(minutes=10), clock=clock) as store:
        assert store.claim("k")
        store.complete("k")
        clock.advance(timedelta(minutes=9))
        assert not store.claim("k")
        clock.advance(timedelta(minutes=1))
        assert store.claim("k")
    for bad in (timedelta(0), 60, None):
        with pytest.raises(InvalidArgumentError) as caught:
            SQLiteDeduplicator(retention=bad)  # type: ignore[arg-type]
        assert caught.value.field == "retention"


def test_released_claim_is_handled_again(store: SQLiteDeduplicator) -> None:
    assert store.claim("k")
    assert not store.claim("k")  # being handled: a concurrent redelivery is acknowledged
    store.release("k")
    assert store.claim("k")
    store.complete("k")
    store.release("k")  # a completed event is not forgotten by a stray release
    assert not store.claim("k")


def test_claim_of_a_dead_process_lapses(store: SQLiteDeduplicator, clock: FakeClock) -> None:
    assert store.claim("k")
    clock.advance(store.processing_timeout - timedelta(seconds=1))
    assert not store.claim("k")
    clock.advance(timedelta(seconds=1))
    assert store.claim("k")
    assert store.processing_timeout < timedelta(minutes=5)  # before Gameball's first retry


def test_restart_on_the_same_file_remembers(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "webhooks.db"
    with SQLiteDeduplicator(path, clock=clock) as store:
        assert store.claim("bonifiq:u-1")
        store.complete("bonifiq:u-1")
    with SQLiteDeduplicator(path, clock=clock) as store:
        assert not store.claim("bonifiq:u-1")
        assert store.claim("bonifiq:u-2")
    assert (path.stat().st_mode & 0o777) == 0o600


def test_shares_the_journals_file_without_touching_its_schema(tmp_path: Path, clock: FakeClock) -> None:
    path = tmp_path / "terminal.db"
    with SQLiteJournal(path) as journal:
        journal.open_sale("bonifiq", "PDV-1", "c-1", Decimal("10.00"))
    with SQLiteDeduplicator(path, clock=clock) as store:
        assert store.claim("k")
        store.complete("k")
    with SQLiteJournal(path) as journal:
        assert journal.migrations_applied == 0
        assert journal.sale("bonifiq", "PDV-1") is not None
    # Opened first by the de-duplicator, the file is still one a journal opens.
    fresh = tmp_path / "fresh.db"
    SQLiteDeduplicator(fresh).close()
    with SQLiteJournal(fresh) as journal:
        assert journal.migrations_applied == 0 and journal.sales() == []


def test_refuses_another_applications_database(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (id INTEGER)")
    conn.close()
    with pytest.raises(JournalError, match="another application"):
        SQLiteDeduplicator(path)


def test_concurrent_claims_one_wins(tmp_path: Path) -> None:
    with SQLiteDeduplicator(tmp_path / "webhooks.db") as store:
        wins: list[bool] = []
        barrier = threading.Barrier(8)

        def claim() -> None:
            barrier.wait()
            wins.append(store.claim("same"))

        threads = [threading.Thread(target=claim) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(wins) == [False] * 7 + [True]


def test_two_connections_to_one_file_one_wins(tmp_path: Path) -> None:
    path = tmp_path / "webhooks.db"
    with SQLiteDeduplicator(path) as first, SQLiteDeduplicator(path) as second:
        assert first.claim("k")
        assert not second.claim("k")


def test_closed_and_bad_keys(store: SQLiteDeduplicator) -> None:
    for bad in ("", 3, None):
        with pytest.raises(InvalidArgumentError):
            store.claim(bad)  # type: ignore[arg-type]
    store.close()
    with pytest.raises(WebhookError, match="closed"):
        store.claim("k")
