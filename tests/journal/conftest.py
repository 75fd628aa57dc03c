from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from postgres_server import PostgresServer, require_binaries

from loyaltykit.journal import MEMORY, Journal, PostgresJournal, SQLiteJournal


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """One real PostgreSQL server for the session (skipped without one, except in CI)."""
    server = PostgresServer(require_binaries())
    try:
        server.start()
        yield server
    finally:
        server.stop()


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> str:
    """The URL of a journal of its own: a new schema in the server's database."""
    return postgres_server.new_schema()


@pytest.fixture(params=["memory", "file", "postgres"])
def journal(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> Iterator[Journal]:
    """Each behaviour on every kind of journal: the stores keep one protocol, checked on each."""
    opened: Journal
    if request.param == "postgres":
        opened = PostgresJournal(request.getfixturevalue("postgres_url"), clock=clock)
    else:
        opened = SQLiteJournal(MEMORY if request.param == "memory" else tmp_path / "journal.db", clock=clock)
    with opened:
        yield opened
