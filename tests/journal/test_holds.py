"""``hold_sale``: one holder of a sale at a time; another waits up to its timeout, then gets
``SaleInUseError``; a hold ends with its block, or with its holder's death."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from loyaltykit.errors import InvalidArgumentError, JournalError, SaleInUseError
from loyaltykit.journal import Journal, PostgresJournal, SQLiteJournal

from . import workers


def _in_thread(journal: Journal, timeout: float) -> str:
    """Try to hold PDV-1 from another thread; what it got."""
    seen: list[str] = []

    def attempt() -> None:
        try:
            with journal.hold_sale("bonifiq", "PDV-1", timeout=timeout):
                seen.append("got it")
        except SaleInUseError as error:
            seen.append(str(error))

    thread = threading.Thread(target=attempt)
    thread.start()
    thread.join()
    return seen[0]


def test_a_held_sale_is_refused_to_another_holder_after_the_timeout(journal: Journal) -> None:
    with journal.hold_sale("bonifiq", "PDV-1"):
        started = time.monotonic()
        refused = _in_thread(journal, timeout=0.2)
        waited = time.monotonic() - started
        with journal.hold_sale("bonifiq", "PDV-2", timeout=0), journal.hold_sale("gameball", "PDV-1", timeout=0):
            pass  # other sales are free
    after = _in_thread(journal, timeout=0)

    assert "bonifiq order 'PDV-1' is held open elsewhere (waited 0.2 s)" in refused
    assert 0.2 <= waited < 2
    assert after == "got it"


def test_a_waiting_holder_gets_the_sale_once_it_is_let_go(journal: Journal) -> None:
    hold = journal.hold_sale("bonifiq", "PDV-1")
    hold.__enter__()
    threading.Timer(0.1, hold.__exit__, [None, None, None]).start()

    assert _in_thread(journal, timeout=5) == "got it"


def test_a_hold_ends_with_its_block_even_on_an_error(journal: Journal) -> None:
    with pytest.raises(RuntimeError), journal.hold_sale("bonifiq", "PDV-1"):
        raise RuntimeError("the sale failed")

    assert _in_thread(journal, timeout=0) == "got it"


@pytest.mark.parametrize(("timeout", "field"), [(-1, "timeout"), ("5", "timeout"), (True, "timeout")])
def test_bad_hold_arguments_name_their_field(journal: Journal, timeout: object, field: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught, journal.hold_sale("bonifiq", "PDV-1", timeout=timeout):  # type: ignore[arg-type]
        pass

    assert caught.value.field == field
    assert _in_thread(journal, timeout=0) == "got it"


def test_a_sale_held_in_another_process_is_refused_on_postgres(postgres_url: str) -> None:
    results = workers.in_processes(workers.hold_then_try, [(postgres_url, 1.0), (postgres_url, 0)])

    assert sorted(results) == ["held", "in use"]


def test_a_killed_holder_lets_the_sale_go_on_postgres(postgres_url: str) -> None:
    PostgresJournal(postgres_url).close()  # the schema exists before the holder starts
    holder = subprocess.Popen([sys.executable, "-c", workers.HOLDER, postgres_url], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None
    try:
        assert holder.stdout.readline().strip() == "held"
        with PostgresJournal(postgres_url) as journal:
            with pytest.raises(SaleInUseError), journal.hold_sale("bonifiq", "PDV-1", timeout=0.1):
                pass
            holder.send_signal(signal.SIGKILL)
            holder.wait(timeout=10)
            with journal.hold_sale("bonifiq", "PDV-1", timeout=5):  # the server ended its session
                pass
    finally:
        holder.kill()
        holder.wait(timeout=10)
        holder.stdout.close()


def test_a_hold_on_a_closed_journal_is_an_error(journal: Journal) -> None:
    journal.close()

    with pytest.raises(JournalError), journal.hold_sale("bonifiq", "PDV-1", timeout=0):
        pass


def test_a_zero_timeout_tries_once_and_never_sleeps(journal: Journal, monkeypatch: pytest.MonkeyPatch) -> None:
    """What an async caller needs: it polls with its own sleep, never blocking its loop."""
    with journal.hold_sale("bonifiq", "PDV-1"):
        monkeypatch.setattr(time, "sleep", lambda seconds: pytest.fail(f"slept {seconds} s"))
        refused = _in_thread(journal, timeout=0)

    assert "held open elsewhere (waited 0 s)" in refused


def test_closing_a_sqlite_journal_lets_its_holds_go(tmp_path: Path) -> None:
    # As a PostgreSQL session's advisory locks go with its connection (issue 17).
    first = SQLiteJournal(tmp_path / "journal.db")
    held = first.hold_sale("bonifiq", "PDV-1")
    held.__enter__()  # and never left: the holder drops it
    with SQLiteJournal(tmp_path / "journal.db") as second:
        with pytest.raises(SaleInUseError), second.hold_sale("bonifiq", "PDV-1", timeout=0):
            pass
        first.close()
        with second.hold_sale("bonifiq", "PDV-1", timeout=0):
            pass
