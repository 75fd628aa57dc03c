"""``open_journal``: the journal a client was given, by argument or by ``$LOYALTYKIT_JOURNAL``."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..errors import ConfigurationError, InvalidArgumentError, JournalError
from ._arguments import is_postgres_url
from ._protocol import Journal
from ._sqlite import MEMORY, SQLiteJournal

if TYPE_CHECKING:
    from ._postgres import PostgresJournal

__all__ = [
    "ENVIRONMENT_VARIABLE",
    "POSTGRES_EXTRA",
    "open_existing_journal",
    "open_journal",
    "open_postgres",
    "postgres_store",
]

ENVIRONMENT_VARIABLE = "LOYALTYKIT_JOURNAL"
POSTGRES_EXTRA = "pip install 'loyaltykit[postgres]'"


def postgres_store() -> type[PostgresJournal]:
    """``PostgresJournal``, imported now; ``ConfigurationError`` when psycopg is not installed."""
    try:
        from ._postgres import PostgresJournal
    except ImportError as error:
        if error.name is None or error.name.partition(".")[0] != "psycopg":
            raise
        raise ConfigurationError(f"a PostgreSQL journal needs psycopg: {POSTGRES_EXTRA}") from None
    return PostgresJournal


def open_postgres(url: str) -> PostgresJournal:
    return postgres_store()(url)


def open_journal(journal: str | os.PathLike[str] | Journal | None = None) -> Journal:
    """A ``Journal`` as is; a ``postgresql://`` URL opened as a ``PostgresJournal``; a path (or
    ``":memory:"``) as a ``SQLiteJournal``; ``None``: the URL or path in ``$LOYALTYKIT_JOURNAL``,
    else a new in-memory journal (it protects this process only). A journal opened here is the
    caller's to close; one passed in stays its owner's.
    """
    if isinstance(journal, Journal):
        return journal
    field = "journal"
    if journal is None:
        journal = os.environ.get(ENVIRONMENT_VARIABLE) or MEMORY
        if journal != MEMORY:
            field = f"${ENVIRONMENT_VARIABLE}"
    elif not isinstance(journal, str | os.PathLike):
        raise InvalidArgumentError(
            field, f"must be a path, ':memory:', a postgresql:// URL, a Journal or None, got {type(journal).__name__}"
        )
    if is_postgres_url(journal):
        return open_postgres(journal)
    try:
        return SQLiteJournal(journal)
    except InvalidArgumentError as error:
        if error.field != "path":
            raise
        raise InvalidArgumentError(field, error.rule) from None


def open_existing_journal(journal: str | os.PathLike[str]) -> Journal:
    """A journal that must already hold something: a ``postgresql://`` URL, or the path of an
    existing file (never created, since a wrong path would look like an empty journal)."""
    if is_postgres_url(journal):
        return open_postgres(journal)
    if not os.path.isfile(journal):
        raise JournalError(f"no journal at {os.fspath(journal)}")
    return SQLiteJournal(journal)
