"""The PostgreSQL journal: shared by processes (claims, races, migration), versioned, and
selected by a ``postgresql://`` URL wherever a journal is given."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections import Counter
from decimal import Decimal

import postgres_server
import psycopg
import pytest
from postgres_server import PostgresServer

from loyaltykit.errors import InvalidArgumentError, JournalError
from loyaltykit.journal import ENVIRONMENT_VARIABLE, OutboxState, PostgresJournal, open_journal
from loyaltykit.journal._postgres_schema import SCHEMA_VERSION as POSTGRES_SCHEMA_VERSION

from . import workers


def _sql(url: str, statement: str) -> list[tuple[object, ...]]:
    with psycopg.connect(url, autocommit=True) as conn:
        cursor = conn.execute(statement)
        return cursor.fetchall() if cursor.description else []


def test_two_claimers_never_claim_the_same_order(postgres_url: str) -> None:
    with PostgresJournal(postgres_url) as journal:
        queued = [journal.enqueue_order("bonifiq", f"PDV-{n}", {"n": n}).id for n in range(200)]

    claimed = workers.in_processes(workers.claim_all, [(postgres_url,), (postgres_url,)])

    assert all(isinstance(ids, list) for ids in claimed), claimed
    counts = Counter(entry for ids in claimed for entry in ids)
    assert sorted(counts) == queued and set(counts.values()) == {1}


def test_claimers_taking_the_next_order_share_the_queue_and_never_claim_one_twice(postgres_url: str) -> None:
    with PostgresJournal(postgres_url) as journal:
        queued = [journal.enqueue_order("bonifiq", f"PDV-{n}", {"n": n}).id for n in range(300)]

    claimed = workers.in_processes(workers.claim_in_turn, [(postgres_url,)] * 3)

    assert all(isinstance(ids, list) for ids in claimed), claimed
    counts = Counter(entry for ids in claimed for entry in ids)
    assert sorted(counts) == queued and set(counts.values()) == {1}
    assert all(ids == sorted(ids) for ids in claimed)  # each took the queue in order


def test_two_processes_racing_open_each_sale_once(postgres_url: str) -> None:
    PostgresJournal(postgres_url).close()

    results = workers.in_processes(
        workers.open_sales, [(postgres_url, "one@example.com", 300), (postgres_url, "two@example.com", 300)]
    )

    created: dict[str, list[str]] = dict(results)
    counts = Counter(order for ids in created.values() for order in ids)
    assert sorted(counts) == sorted(f"PDV-{n}" for n in range(300)) and set(counts.values()) == {1}


def test_processes_starting_at_once_migrate_the_schema_once(postgres_url: str) -> None:
    applied = workers.in_processes(workers.open_journal_file, [(postgres_url,)] * 3)

    assert sorted(applied) == [0, 0, POSTGRES_SCHEMA_VERSION]
    assert _sql(postgres_url, "SELECT version FROM loyaltykit_schema") == [(POSTGRES_SCHEMA_VERSION,)]


def test_a_schema_from_a_newer_loyaltykit_is_refused(postgres_url: str) -> None:
    PostgresJournal(postgres_url).close()
    _sql(postgres_url, f"UPDATE loyaltykit_schema SET version = {POSTGRES_SCHEMA_VERSION + 98}")

    with pytest.raises(JournalError) as caught:
        PostgresJournal(postgres_url)

    assert f"schema version is {POSTGRES_SCHEMA_VERSION + 98}, newer than this loyaltykit's" in str(caught.value)


def test_another_applications_tables_are_refused_untouched(postgres_url: str) -> None:
    _sql(postgres_url, "CREATE TABLE sales (id integer)")

    with pytest.raises(JournalError) as caught:
        PostgresJournal(postgres_url)

    assert "not a loyaltykit journal" in str(caught.value)
    assert _sql(postgres_url, "SELECT to_regclass('loyaltykit_schema') IS NULL") == [(True,)]


def test_a_reopened_journal_runs_no_migration(postgres_url: str) -> None:
    with PostgresJournal(postgres_url) as first, PostgresJournal(postgres_url) as second:
        assert (first.migrations_applied, second.migrations_applied) == (POSTGRES_SCHEMA_VERSION, 0)


def test_no_message_or_repr_shows_the_password(postgres_url: str) -> None:
    wrong = postgres_url.replace("postgres@", "postgres:s3cret-pw@").replace("/loyaltykit?", "/no_such_db?")

    with pytest.raises(JournalError) as caught:
        PostgresJournal(wrong)
    journal = PostgresJournal.__new__(PostgresJournal)
    journal.url = wrong

    assert "no_such_db" in str(caught.value) and "s3cret" not in str(caught.value)
    assert "s3cret" not in repr(journal) and "postgres:***@" in repr(journal)


def test_a_closed_journal_refuses_work(postgres_url: str) -> None:
    journal = PostgresJournal(postgres_url)
    journal.close()
    journal.close()

    with pytest.raises(JournalError) as caught:
        journal.sale("bonifiq", "PDV-1")

    assert "closed" in str(caught.value)


def test_a_url_selects_the_postgres_journal(postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    with open_journal(postgres_url) as given:
        given.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("1.00"))
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, postgres_url)
    with open_journal() as from_environment:
        held = from_environment.sale("bonifiq", "PDV-1")

    assert isinstance(given, PostgresJournal) and isinstance(from_environment, PostgresJournal)
    assert held is not None


def test_a_client_takes_a_journal_url(postgres_url: str) -> None:
    from loyaltykit import BonifiQ

    with BonifiQ("token", "key", journal=postgres_url) as client:
        assert isinstance(client.journal, PostgresJournal)
    assert client.journal._conn is None  # opened by the client from a URL: closed with it


def test_a_bad_url_names_the_url() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        PostgresJournal("sqlite:///journal.db")

    assert caught.value.field == "url"


def test_without_psycopg_a_url_names_the_extra_to_install() -> None:
    code = (
        "import sys; sys.modules['psycopg'] = None\n"
        "from loyaltykit.errors import ConfigurationError\n"
        "from loyaltykit.journal import open_journal\n"
        "try:\n"
        "    open_journal('postgresql://localhost/pos')\n"
        "except ConfigurationError as error:\n"
        "    print(error)\n"
        "import loyaltykit.journal as journal\n"
        "try:\n"
        "    journal.PostgresJournal\n"
        "except ConfigurationError as error:\n"
        "    print(error)\n"
    )

    shown = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True).stdout

    assert shown.splitlines() == ["a PostgreSQL journal needs psycopg: pip install 'loyaltykit[postgres]'"] * 2


def test_importing_the_journal_does_not_import_psycopg() -> None:
    code = "import sys, loyaltykit, loyaltykit.journal; print('psycopg' in sys.modules)"

    loaded = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True).stdout

    assert loaded.strip() == "False"


def test_connections_starting_at_once_migrate_each_schema_once(postgres_server: PostgresServer) -> None:
    """The same race as between processes, many times over: one connection per thread."""
    schemas, openers = 10, 4
    urls = [postgres_server.new_schema() for _ in range(schemas)]
    barrier = threading.Barrier(openers, timeout=30)
    applied: dict[int, list[int | str]] = {n: [] for n in range(schemas)}

    def open_each() -> None:
        for n, url in enumerate(urls):
            barrier.wait()
            try:
                with PostgresJournal(url) as journal:
                    applied[n].append(journal.migrations_applied)
            except JournalError as error:
                applied[n].append(str(error))  # keep going: the other threads wait at the barrier

    threads = [threading.Thread(target=open_each) for _ in range(openers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    expected = Counter({0: openers - 1, POSTGRES_SCHEMA_VERSION: 1})
    assert all(Counter(counts) == expected for counts in applied.values()), applied


def test_the_cli_takes_a_journal_url(postgres_url: str) -> None:
    from outbox.orders import enqueue
    from typer.testing import CliRunner

    from loyaltykit.cli._app import app

    with PostgresJournal(postgres_url) as journal:
        enqueue(journal, "bonifiq", "cli-pg-1", total="50.10")
    runner = CliRunner()

    flushed = runner.invoke(app, ["outbox", "flush", "--journal", postgres_url, "--vendor", "bonifiq", "--sandbox"])
    status = runner.invoke(app, ["outbox", "status", "--journal", postgres_url, "--vendor", "bonifiq"])
    reconciled = runner.invoke(app, ["reconcile", "--journal", postgres_url, "--sandbox"])

    assert flushed.exit_code == 0, flushed.stderr
    assert status.exit_code == 0 and "1 delivered, 0 queued, 0 failed" in status.stdout
    assert reconciled.exit_code == 0 and "nothing in doubt" in reconciled.stdout, reconciled.stderr


@pytest.mark.parametrize(("ci", "outcome"), [("true", pytest.fail.Exception), ("", pytest.skip.Exception)])
def test_without_a_server_the_postgres_tests_fail_in_ci_and_skip_elsewhere(
    monkeypatch: pytest.MonkeyPatch, ci: str, outcome: type[BaseException]
) -> None:
    monkeypatch.setattr(postgres_server, "server_binaries", lambda: None)
    monkeypatch.setenv("CI", ci)

    with pytest.raises(outcome) as caught:
        postgres_server.require_binaries()

    assert "no PostgreSQL server binaries" in str(caught.value)


def test_the_server_binaries_are_found_here() -> None:
    """This machine (and CI, once .ci/run installed them) has them: the tests above ran, not skipped."""
    if postgres_server.server_binaries() is None and not postgres_server.in_ci():
        pytest.skip("no PostgreSQL server binaries on this machine")

    assert postgres_server.server_binaries() is not None


def test_three_workers_flushing_one_postgres_outbox_post_each_order_once(postgres_url: str) -> None:
    from outbox import workers as outbox_workers
    from outbox.orders import enqueue

    from loyaltykit.sandbox import Credentials, SandboxConfig, start_in_thread

    orders = [f"PDV-{n}" for n in range(30)]
    with PostgresJournal(postgres_url) as journal:
        enqueue(journal, "bonifiq", *orders)

    with start_in_thread(SandboxConfig(credentials=Credentials())) as sandbox:
        posted = workers.in_processes(
            outbox_workers.flush_once, [("bonifiq", postgres_url, sandbox.base_url, sandbox.credentials)] * 3
        )

    assert all(isinstance(sent, list) for sent in posted), posted
    assert sorted(order for sent in posted for order in sent) == sorted(orders)
    with PostgresJournal(postgres_url) as journal:
        entries = journal.outbox(states=tuple(OutboxState))
    assert [(e.order_id, e.state, e.attempts) for e in entries] == [(o, OutboxState.DELIVERED, 1) for o in orders]
