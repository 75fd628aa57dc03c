from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from loyaltykit.journal import MEMORY, SQLiteJournal


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


@pytest.fixture(params=["memory", "file"])
def journal(request: pytest.FixtureRequest, tmp_path: Path, clock: FakeClock) -> Iterator[SQLiteJournal]:
    """Each behaviour on both kinds of journal: they are one implementation, checked as two."""
    path = MEMORY if request.param == "memory" else tmp_path / "journal.db"
    with SQLiteJournal(path, clock=clock) as opened:
        yield opened
