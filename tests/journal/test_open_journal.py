"""``open_journal``: a Journal as is, a path, ``$LOYALTYKIT_JOURNAL``, else memory; bad values named."""

from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from loyaltykit.errors import InvalidArgumentError
from loyaltykit.journal import ENVIRONMENT_VARIABLE, MEMORY, Journal, SQLiteJournal, open_journal


@pytest.fixture(autouse=True)
def no_journal_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENVIRONMENT_VARIABLE, raising=False)


def _holds_a_sale(journal: Journal) -> bool:
    return journal.sale("bonifiq", "PDV-1") is not None


def test_a_journal_is_returned_as_is() -> None:
    with SQLiteJournal() as journal:
        assert open_journal(journal) is journal


@pytest.mark.parametrize("kind", [str, Path])
def test_a_path_opens_that_file(tmp_path: Path, kind: type[Any]) -> None:
    path = tmp_path / "terminal-7.db"
    with open_journal(kind(path)) as journal:
        journal.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("1.00"))

    assert isinstance(journal, SQLiteJournal) and journal.path == str(path)
    with SQLiteJournal(path) as again:
        assert _holds_a_sale(again)


def test_none_reads_the_environment_variable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "from-env.db"
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(path))

    with open_journal(None) as journal:
        journal.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("1.00"))

    assert isinstance(journal, SQLiteJournal) and journal.path == str(path)
    assert path.exists()


@pytest.mark.parametrize("variable", [None, "", MEMORY])
def test_otherwise_each_journal_is_a_new_one_in_memory(monkeypatch: pytest.MonkeyPatch, variable: str | None) -> None:
    if variable is not None:
        monkeypatch.setenv(ENVIRONMENT_VARIABLE, variable)

    with open_journal() as first, open_journal(None) as second:
        first.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("1.00"))

        assert isinstance(first, SQLiteJournal) and first.path == MEMORY
        assert _holds_a_sale(first) and not _holds_a_sale(second)


@pytest.mark.parametrize(
    ("value", "rule"),
    [
        (7, "must be a path, ':memory:', a postgresql:// URL, a Journal or None, got int"),
        (True, "got bool"),
        (b"journal.db", "got bytes"),
        ("", "must not be empty"),
        ("  ", "must not be empty"),
        ("jour\x00nal.db", "must not contain NUL characters"),
        ("jour\udc80nal.db", "must be valid Unicode text"),
        ("{tmp}", "must be a file, not a directory"),
        ("{tmp}/missing/journal.db", "must be in an existing folder"),
    ],
)
def test_bad_values_name_the_journal_argument(tmp_path: Path, value: Any, rule: str) -> None:
    if isinstance(value, str):
        value = value.format(tmp=tmp_path)

    with pytest.raises(InvalidArgumentError) as caught:
        open_journal(value)

    assert caught.value.field == "journal"
    assert rule in caught.value.rule
    assert os.listdir(tmp_path) == []


def test_a_bad_environment_variable_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENVIRONMENT_VARIABLE, str(tmp_path))

    with pytest.raises(InvalidArgumentError) as caught:
        open_journal()

    assert (caught.value.field, caught.value.rule) == (f"${ENVIRONMENT_VARIABLE}", "must be a file, not a directory")


def test_import_loyaltykit_does_not_load_the_journal() -> None:
    code = "import sys, loyaltykit; print(sorted(m for m in sys.modules if m.startswith('loyaltykit.journal')))"

    loaded = subprocess.run([sys.executable, "-I", "-c", code], capture_output=True, text=True, check=True).stdout

    assert loaded.strip() == "[]"
