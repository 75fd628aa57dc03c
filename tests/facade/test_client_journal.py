"""Clients take a journal (``journal=``, ``$LOYALTYKIT_JOURNAL``) and close the one they opened."""

from __future__ import annotations

from pathlib import Path

import pytest

from loyaltykit import AsyncBonifiQ, AsyncGameball, BonifiQ, Gameball
from loyaltykit.errors import InvalidArgumentError, JournalError
from loyaltykit.journal import SQLiteJournal

CREDENTIALS = {BonifiQ: ("t", "k"), AsyncBonifiQ: ("t", "k"), Gameball: ("a", "s"), AsyncGameball: ("a", "s")}
CLIENTS = list(CREDENTIALS)


def _sale_count(journal: SQLiteJournal) -> int:
    return len(journal.sales())


@pytest.mark.parametrize("client_type", CLIENTS)
def test_a_path_opens_a_file_journal_the_client_closes(client_type: type, tmp_path: Path) -> None:
    path = tmp_path / "terminal-7.db"
    client = client_type(*CREDENTIALS[client_type], journal=str(path))
    assert path.exists()
    journal = client.journal
    journal.open_sale("bonifiq", "PDV-1", "ana@example.com", "10.00")
    if client_type in (AsyncBonifiQ, AsyncGameball):
        import asyncio

        asyncio.run(client.close())
    else:
        client.close()
    with pytest.raises(JournalError):
        journal.sales()
    with SQLiteJournal(str(path)) as reopened:
        assert _sale_count(reopened) == 1


@pytest.mark.parametrize("client_type", CLIENTS)
def test_the_environment_names_the_journal(client_type: type, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "from-env.db"
    monkeypatch.setenv("LOYALTYKIT_JOURNAL", str(path))
    client = client_type(*CREDENTIALS[client_type])
    client.journal.open_sale("gameball", "GB-1", "c1", "5.00")
    assert path.exists()


def test_without_one_each_client_has_its_own_memory_journal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LOYALTYKIT_JOURNAL", raising=False)
    with BonifiQ("t", "k") as first, BonifiQ("t", "k") as second:
        first.journal.open_sale("bonifiq", "PDV-1", "ana@example.com", "10.00")
        assert second.journal.sale("bonifiq", "PDV-1") is None
        assert first.journal.sale("bonifiq", "PDV-1") is not None


def test_a_journal_handed_in_stays_open_after_close() -> None:
    shared = SQLiteJournal()
    with BonifiQ("t", "k", journal=shared), Gameball("a", "s", journal=shared):
        pass
    assert shared.sales() == []
    shared.close()


def test_a_bad_journal_is_refused_by_name() -> None:
    with pytest.raises(InvalidArgumentError) as raised:
        BonifiQ("t", "k", journal=42)  # type: ignore[arg-type]
    assert raised.value.field == "journal"
