"""``open_journal``: the journal a client was given, by argument or by ``$LOYALTYKIT_JOURNAL``."""

from __future__ import annotations

import os

from ..errors import InvalidArgumentError
from ._protocol import Journal
from ._sqlite import MEMORY, SQLiteJournal

__all__ = ["ENVIRONMENT_VARIABLE", "open_journal"]

ENVIRONMENT_VARIABLE = "LOYALTYKIT_JOURNAL"


def open_journal(journal: str | os.PathLike[str] | Journal | None = None) -> Journal:
    """A ``Journal`` as is; a path (or ``":memory:"``) opened as a ``SQLiteJournal``; ``None``:
    the path in ``$LOYALTYKIT_JOURNAL``, else a new in-memory journal (it protects this process
    only). A journal opened here is the caller's to close; one passed in stays its owner's.
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
            field, f"must be a path, ':memory:', a Journal or None, got {type(journal).__name__}"
        )
    try:
        return SQLiteJournal(journal)
    except InvalidArgumentError as error:
        if error.field != "path":
            raise
        raise InvalidArgumentError(field, error.rule) from None
