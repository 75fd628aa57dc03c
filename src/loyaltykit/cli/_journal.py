"""``loyaltykit journal purge --journal PATH|URL --older-than-days N``: the journal's retention.

Finished sales stay in the journal until removed; a daily job (cron, a systemd timer) runs this,
or calls ``journal.purge(older_than=...)`` itself. No credentials and no network: it only deletes
what the journal no longer needs (``Journal.purge`` keeps any sale with a step still pending or in
doubt, or an order still queued).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated

import typer

from ..journal import open_existing_journal
from ._context import JsonOption, console, fail_cleanly, print_json
from ._outbox import JournalOption

app = typer.Typer(help="The POS journal: its retention.", no_args_is_help=True)

DaysOption = Annotated[
    int,
    typer.Option("--older-than-days", min=0, help="Remove finished sales last changed more than this many days ago."),
]


@app.command()
@fail_cleanly
def purge(journal: JournalOption, older_than_days: DaysOption, json: JsonOption = False) -> None:
    """Remove finished sales (completed or abandoned) older than the given age, with their steps and orders."""
    with open_existing_journal(journal) as opened:
        removed = opened.purge(older_than=timedelta(days=older_than_days))
    if json:
        print_json({"removed": removed, "older_than_days": older_than_days})
    else:
        console.print(f"removed {removed} finished sale(s) older than {older_than_days} day(s)")
