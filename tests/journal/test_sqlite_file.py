"""The journal file: private, versioned, migrated once, and consistent after a killed writer."""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import FIXTURES

from loyaltykit.errors import JournalError
from loyaltykit.journal import SCHEMA_VERSION, OutboxState, SaleStatus, SQLiteJournal, StepOutcome

from . import workers


def _pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_a_file_journal_survives_close_and_reopen(tmp_path: Path) -> None:
    path = tmp_path / "terminal-7.db"
    with SQLiteJournal(path) as journal:
        sale, _ = journal.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("120.00"))
        sale = journal.update_sale(sale, status=SaleStatus.REDEEMED, state={"code": "EXT"})
        step = journal.begin_step("bonifiq", "PDV-1", "complete", idempotency_key="k", request={"Total": 1})
        order = journal.enqueue_order("bonifiq", "PDV-1", {"Total": Decimal("110.00")})
        created_by = journal.migrations_applied

    with SQLiteJournal(path) as again:
        assert again.migrations_applied == 0 and created_by == SCHEMA_VERSION
        assert again.sale("bonifiq", "PDV-1") == sale
        assert again.steps("bonifiq", "PDV-1") == [step]
        assert again.outbox() == [order]
    assert _pragma(path, "journal_mode") == "wal"


def test_the_file_and_its_wal_are_private(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    old_umask = os.umask(0o022)  # the usual umask would leave the file readable by everyone
    try:
        with SQLiteJournal(path) as journal:
            journal.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("1.00"))
            files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
            modes = {file.name: stat.S_IMODE(file.stat().st_mode) for file in files}
    finally:
        os.umask(old_umask)

    assert modes == {file.name: 0o600 for file in files}


def test_a_fresh_file_gets_the_current_schema_version(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    SQLiteJournal(path).close()

    assert _pragma(path, "user_version") == SCHEMA_VERSION
    assert _pragma(path, "application_id") == 0x4C4B4A31


def test_a_file_from_a_newer_loyaltykit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    SQLiteJournal(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 98}")

    with pytest.raises(JournalError) as caught:
        SQLiteJournal(path)

    assert f"schema version is {SCHEMA_VERSION + 98}, newer than this loyaltykit's ({SCHEMA_VERSION})" in str(
        caught.value
    )
    assert "upgrade loyaltykit" in str(caught.value)
    assert _pragma(path, "user_version") == SCHEMA_VERSION + 98  # left as it was


def test_a_version_1_file_made_by_hand_opens_and_reads(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    with sqlite3.connect(path) as conn:
        conn.executescript((FIXTURES / "journal" / "version-1.sql").read_text())

    with SQLiteJournal(path, clock=lambda: datetime(2026, 1, 31, 12, 10, tzinfo=UTC)) as journal:
        sale = journal.sale("bonifiq", "PDV-7")
        steps = journal.steps("bonifiq", "PDV-7")
        unsettled = journal.unsettled(older_than=timedelta(minutes=5))
        (queued,) = journal.outbox()
        # Version 2 records what a delivery found: another terminal's order, and its redeem.
        delivered = journal.record_delivery(
            queued.id, delivered=True, error=None, next_attempt_at=None, already_existed=True, external_code="H-1"
        )
        applied = journal.migrations_applied

    assert applied == SCHEMA_VERSION - 1
    assert (queued.already_existed, queued.external_code) == (False, None)
    assert (delivered.state, delivered.already_existed, delivered.external_code) == (
        OutboxState.DELIVERED,
        True,
        "H-1",
    )

    assert sale is not None
    assert (sale.customer_id, sale.purchase_value, sale.status, sale.version) == (
        "customer-7",
        Decimal("120.00"),
        SaleStatus.REDEEMED,
        2,
    )
    assert sale.state == {"external_code": "EXT-7", "value": Decimal("10.05")}
    assert sale.updated_at == datetime(2026, 1, 31, 12, 0, 1, 500000, tzinfo=UTC)
    assert [(s.step, s.outcome) for s in steps] == [("redeem", StepOutcome.DONE), ("complete", StepOutcome.PENDING)]
    assert [s.id for s in unsettled] == [2]
    assert (queued.order_id, queued.state, queued.attempts, str(queued.body["Total"])) == (
        "PDV-6",
        OutboxState.QUEUED,
        1,
        "50.00",
    )


def test_another_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE sales (id INTEGER)")
    not_sqlite = tmp_path / "notes.txt"
    not_sqlite.write_text("not a database, but long enough to have a header........................" * 2)

    with pytest.raises(JournalError) as other:
        SQLiteJournal(path)
    with pytest.raises(JournalError) as text:
        SQLiteJournal(not_sqlite)

    assert "not a loyaltykit journal" in str(other.value)
    assert "not a database" in str(text.value)
    assert _pragma(path, "user_version") == 0
    with sqlite3.connect(path) as conn:
        assert [row[0] for row in conn.execute("SELECT name FROM sqlite_master")] == ["sales"]


def test_processes_opening_a_new_file_at_once_migrate_it_once(tmp_path: Path) -> None:
    path = str(tmp_path / "journal.db")

    applied = workers.in_processes(workers.open_journal_file, [(path,)] * 2)

    assert sorted(applied) == [0, SCHEMA_VERSION]
    assert _pragma(Path(path), "user_version") == SCHEMA_VERSION


def test_connections_opening_new_files_at_once_migrate_each_once(tmp_path: Path) -> None:
    """The same race as between processes, many times over: one connection per thread."""
    files, openers = 20, 6
    barrier = threading.Barrier(openers, timeout=10)
    applied: dict[int, list[int]] = {n: [] for n in range(files)}

    def open_each() -> None:
        for n in range(files):
            barrier.wait()
            try:
                with SQLiteJournal(tmp_path / f"{n}.db") as journal:
                    applied[n].append(journal.migrations_applied)
            except JournalError:
                applied[n].append(-1)  # keep going: the other threads wait at the barrier

    threads = [threading.Thread(target=open_each) for _ in range(openers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert all(sorted(counts) == [0] * (openers - 1) + [SCHEMA_VERSION] for counts in applied.values()), applied


def test_every_committed_step_survives_a_killed_writer(tmp_path: Path) -> None:
    """A writer killed (SIGKILL) at random points, three times: the file stays consistent and
    every step the writer saw committed is there, done."""
    path = tmp_path / "journal.db"
    committed: list[int] = []
    for stop_after in (40, 120, 7):
        writer = subprocess.Popen([sys.executable, "-c", workers.WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        assert writer.stdout is not None
        for _ in range(stop_after):
            committed.append(int(writer.stdout.readline()))
        writer.send_signal(signal.SIGKILL)
        writer.wait(timeout=10)
        writer.stdout.close()

    with SQLiteJournal(path) as journal:
        assert journal._conn is not None
        assert journal._conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        steps = journal.steps("bonifiq", "PDV-1")
    by_id = {step.id: step for step in steps}
    assert all(by_id[step_id].outcome is StepOutcome.DONE for step_id in committed)
    assert all(step.detail == step.request for step in steps if step.outcome is StepOutcome.DONE)
    # Killed between an intent and its outcome, a step is left pending: never half written.
    assert {step.outcome for step in steps} <= {StepOutcome.DONE, StepOutcome.PENDING}
    assert sum(step.outcome is StepOutcome.PENDING for step in steps) <= 3


def test_a_closed_journal_or_one_from_another_process_refuses_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed = SQLiteJournal(tmp_path / "a.db")
    closed.close()
    closed.close()  # closing twice is harmless
    forked = SQLiteJournal(tmp_path / "b.db")
    real_pid = os.getpid()

    with pytest.raises(JournalError) as after_close:
        closed.sale("bonifiq", "PDV-1")
    monkeypatch.setattr(os, "getpid", lambda: real_pid + 1)  # as in a child after fork()
    with pytest.raises(JournalError) as after_fork:
        forked.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("1.00"))
    forked.close()
    monkeypatch.undo()

    assert "closed" in str(after_close.value)
    assert "another process" in str(after_fork.value)
    with SQLiteJournal(tmp_path / "b.db") as reopened:
        assert reopened.sales() == []


def test_a_write_waits_for_another_writer_up_to_the_busy_timeout(tmp_path: Path) -> None:
    path = tmp_path / "journal.db"
    patient, impatient = SQLiteJournal(path, busy_timeout=5), SQLiteJournal(path, busy_timeout=0)
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # another process's write in progress
    release = threading.Timer(0.2, other.execute, ["COMMIT"])

    with pytest.raises(JournalError) as refused:
        impatient.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("1.00"))
    release.start()
    _, created = patient.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("1.00"))
    release.join()

    assert "database is locked" in str(refused.value) and "ana" not in str(refused.value)
    assert created
    assert patient._conn is not None
    assert [patient._conn.execute(f"PRAGMA {name}").fetchone()[0] for name in ("synchronous", "foreign_keys")] == [
        1,  # NORMAL
        1,
    ]
    for closing in (patient, impatient, other):
        closing.close()
