"""``loyaltykit outbox worker`` and ``loyaltykit reconcile --watch``: a status line per batch when not
on a terminal, exit 0 on SIGTERM after the item in hand, one line and exit 1 on a configuration error."""

from __future__ import annotations

import io
import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from outbox.orders import enqueue
from rich.console import Console
from typer.testing import CliRunner

from loyaltykit.cli._app import app
from loyaltykit.journal import OutboxState, SQLiteJournal
from loyaltykit.sandbox import RunningSandbox

from .test_outbox_worker import claimed, states, wait_until
from .test_reconcile_worker import lose_an_order

CREDENTIALS = ("BONIFIQ_API_TOKEN", "BONIFIQ_API_KEY", "GAMEBALL_API_KEY", "GAMEBALL_SECRET_KEY")


def environment(sandbox: RunningSandbox) -> dict[str, str]:
    """The environment a worker service would have: credentials and base URLs (the test's sandbox)."""
    credentials = sandbox.credentials
    return {
        **os.environ,
        "BONIFIQ_API_TOKEN": credentials.bonifiq_api_token,
        "BONIFIQ_API_KEY": credentials.bonifiq_api_key,
        "BONIFIQ_BASE_URL": sandbox.base_url,
        "GAMEBALL_API_KEY": credentials.gameball_api_key,
        "GAMEBALL_SECRET_KEY": credentials.gameball_secret_key,
        "GAMEBALL_BASE_URL": sandbox.base_url,
    }


class Command:
    """``loyaltykit <args>`` in a process of its own, its stdout read line by line as it comes."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "loyaltykit.cli", *args],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        assert self.process.stdout is not None
        stdout = self.process.stdout
        threading.Thread(target=lambda: [self.lines.put(line) for line in stdout], daemon=True).start()

    def line(self, timeout: float = 20.0) -> str:
        return self.lines.get(timeout=timeout)

    def terminate(self) -> tuple[int, str]:
        self.process.send_signal(signal.SIGTERM)
        code = self.process.wait(timeout=20)
        assert self.process.stderr is not None
        return code, self.process.stderr.read()

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def commands() -> Iterator[list[Command]]:
    started: list[Command] = []
    yield started
    for command in started:
        command.kill()


def test_sigterm_mid_send_finishes_that_order_exits_0_and_leaves_nothing_claimed(
    sandbox: RunningSandbox, tmp_path: Path, commands: list[Command]
) -> None:
    path = tmp_path / "service.db"
    with SQLiteJournal(path) as journal:
        enqueue(journal, "bonifiq", "T-1", "T-2", "T-3")
    # Each order post answered after 1 s: the signal comes while the first is in flight.
    fault = {"kind": "delay", "route": "POS_AddOrder", "seconds": 1}
    httpx.post(sandbox.admin_url + "/faults", json=fault).raise_for_status()
    worker = Command(
        ["outbox", "worker", "--journal", str(path), "--vendor", "bonifiq", "--poll", "0.05"], environment(sandbox)
    )
    commands.append(worker)

    with SQLiteJournal(path) as journal:
        wait_until(lambda: claimed(journal) == ["T-1"], timeout=20)
        code, err = worker.terminate()

        assert code == 0, err
        assert claimed(journal) == []
        assert states(journal) == {"T-1": OutboxState.DELIVERED, "T-2": OutboxState.QUEUED, "T-3": OutboxState.QUEUED}
        assert [e.attempts for e in journal.outbox()] == [0, 0]
    line = worker.line()
    assert "bonifiq: 1 delivered, 0 failed, 2 queued" in line and "Traceback" not in err


def test_reconcile_watch_reconciles_repeatedly_and_stops_on_sigterm(
    sandbox: RunningSandbox, tmp_path: Path, commands: list[Command]
) -> None:
    path = tmp_path / "terminal-7.db"
    with SQLiteJournal(path) as journal:
        lose_an_order("bonifiq", sandbox, journal, "T-9")
    watch = Command(
        ["reconcile", "--watch", "--every", "0.05", "--older-than", "0", "--journal", str(path), "--vendor", "bonifiq"],
        environment(sandbox),
    )
    commands.append(watch)

    lines = [watch.line() for _ in range(3)]
    code, err = watch.terminate()

    assert code == 0, err
    assert "bonifiq: 1 resent_order" in lines[0]
    assert all("bonifiq: nothing in doubt" in line for line in lines[1:]), lines


def invoke(*args: str, env: dict[str, Any] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


def test_worker_once_on_the_sandbox_prints_one_status_line(tmp_path: Path) -> None:
    with SQLiteJournal(tmp_path / "pos.db") as journal:
        enqueue(journal, "gameball", "T-4", "T-5")

    code, out, err = invoke("outbox", "worker", "--journal", str(tmp_path / "pos.db"), "--once", "--sandbox")

    assert code == 0, err
    [line] = out.splitlines()
    assert "bonifiq: 0 delivered, 0 failed, 0 queued | gameball: 2 delivered, 0 failed, 0 queued" in line


def test_worker_without_credentials_says_so_in_one_line(tmp_path: Path) -> None:
    SQLiteJournal(tmp_path / "pos.db").close()
    unset = dict.fromkeys(CREDENTIALS)

    for vendor in ("gameball", "all"):
        code, _, err = invoke("outbox", "worker", "--journal", str(tmp_path / "pos.db"), "--vendor", vendor, env=unset)
        lines = [line for line in err.splitlines() if line.strip()]
        assert code == 1 and len(lines) == 1 and "ConfigurationError" in lines[0], err


def test_worker_and_watch_refuse_a_journal_that_is_not_there(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.db"
    code, _, err = invoke("outbox", "worker", "--journal", str(missing), "--sandbox")
    assert code == 1 and "JournalError: no journal at" in err and not missing.exists()
    code, _, err = invoke("reconcile", "--watch", "--journal", str(missing))
    assert code == 2 and "--journal" in err and not missing.exists()
    code, _, err = invoke("outbox", "worker", "--journal", str(missing), "--poll", "-1")
    assert code == 2 and "--poll" in err


def test_on_a_terminal_the_worker_shows_a_live_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from loyaltykit.cli import _watch

    screen = io.StringIO()
    monkeypatch.setattr(_watch, "console", Console(file=screen, force_terminal=True, width=120))
    with SQLiteJournal(tmp_path / "pos.db") as journal:
        enqueue(journal, "bonifiq", "T-6")

    code, out, err = invoke("outbox", "worker", "--journal", str(tmp_path / "pos.db"), "--once", "--sandbox")

    shown = screen.getvalue()
    assert code == 0 and out == "", err
    assert "outbox worker" in shown and "next attempt" in shown
    assert re.search(r"bonifiq\W+1\W+0\W+0", shown), shown  # delivered, failed, queued


def test_worker_of_all_vendors_runs_those_whose_credentials_are_set(sandbox: RunningSandbox, tmp_path: Path) -> None:
    with SQLiteJournal(tmp_path / "pos.db") as journal:
        enqueue(journal, "gameball", "T-7")
    only_gameball = {
        **{name: value for name, value in environment(sandbox).items() if name.startswith("GAMEBALL_")},
        "BONIFIQ_API_TOKEN": None,
        "BONIFIQ_API_KEY": None,
    }

    code, out, err = invoke("outbox", "worker", "--journal", str(tmp_path / "pos.db"), "--once", env=only_gameball)

    assert code == 0, err
    assert "gameball: 1 delivered" in out and "bonifiq" not in out
    # Half a vendor's credentials is a mistake to show, not a vendor to skip.
    code, _, err = invoke(
        "outbox", "worker", "--journal", str(tmp_path / "pos.db"), "--once",
        env={**only_gameball, "BONIFIQ_API_TOKEN": "token-only"},
    )  # fmt: skip
    assert code == 1 and "ConfigurationError" in err and "BONIFIQ_API_KEY" in err


def test_the_first_signal_asks_to_stop_and_a_second_interrupts() -> None:
    from loyaltykit.cli._watch import stop_on_signals

    before = signal.getsignal(signal.SIGTERM)
    with pytest.raises(KeyboardInterrupt), stop_on_signals() as stop:
        os.kill(os.getpid(), signal.SIGTERM)
        wait_until(stop.is_set)
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(5)  # interrupted long before
    assert signal.getsignal(signal.SIGTERM) is before
