"""``loyaltykit reconcile``: settle what a terminal's journal holds in doubt, on either vendor."""

from __future__ import annotations

import contextlib
from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..checkout import DEFAULT_RECONCILE_GRACE
from ._context import DebugOption, JsonOption, SandboxOption, console, fail_cleanly, print_json, target

VENDORS = ("bonifiq", "gameball")


@fail_cleanly
def reconcile(
    journal: Annotated[
        str,
        typer.Option("--journal", help="The terminal's journal file (e.g. terminal-7.db), or a postgresql:// URL."),
    ],
    older_than: Annotated[
        float,
        typer.Option(
            "--older-than",
            min=0,
            help="Seconds a step stays in doubt before it is checked (a request may still be in flight).",
        ),
    ] = DEFAULT_RECONCILE_GRACE.total_seconds(),
    vendor: Annotated[str, typer.Option("--vendor", help="bonifiq, gameball or all.")] = "all",
    json: JsonOption = False,
    sandbox: SandboxOption = False,
    debug: DebugOption = False,
) -> None:
    """Re-check every step in doubt: cancel late redeems, release holds, resend lost orders."""
    from ..journal import open_existing_journal
    from ..journal._arguments import is_postgres_url

    if vendor not in (*VENDORS, "all"):
        raise typer.BadParameter(f"{vendor!r}: use bonifiq, gameball or all", param_hint="--vendor")
    if not is_postgres_url(journal) and not Path(journal).is_file():
        raise typer.BadParameter(f"{journal!r} is not a journal file", param_hint="--journal")
    chosen = VENDORS if vendor == "all" else (vendor,)
    done: list[dict[str, str | None]] = []
    with contextlib.closing(open_existing_journal(journal)) as store, target(sandbox=sandbox, debug=debug) as where:
        for name in chosen:
            if not store.sales(vendor=name):
                continue  # no sale of this vendor: its credentials may not even be set
            client = where.bonifiq(store) if name == "bonifiq" else where.gameball(store)
            with client:
                report = client.pos.reconcile(older_than=timedelta(seconds=older_than))
            done += [
                {"vendor": name, "order_id": a.order_id, "step": a.step, "action": a.action, "detail": a.detail}
                for a in report.actions
            ]
    if json:
        print_json(done)
        return
    if not done:
        console.print(f"nothing in doubt for more than {older_than:g} s")
        return
    table = Table(title="Reconciled")
    for column in ("vendor", "order", "step", "action", "detail"):
        table.add_column(column)
    for row in done:
        table.add_row(*(row[k] or "" for k in ("vendor", "order_id", "step", "action", "detail")))
    console.print(table)
