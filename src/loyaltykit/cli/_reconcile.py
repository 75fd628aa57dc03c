"""``loyaltykit reconcile``: settle what a terminal's journal holds in doubt, on either vendor."""

from __future__ import annotations

import collections
import contextlib
from datetime import timedelta
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from ..checkout import DEFAULT_RECONCILE_GRACE
from ..journal import open_existing_journal
from ..journal._arguments import is_postgres_url
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
    watch: Annotated[
        bool, typer.Option("--watch", help="Reconcile again every --every seconds until SIGTERM or Ctrl-C.")
    ] = False,
    every: Annotated[
        float | None,
        typer.Option("--every", min=0, help="With --watch: seconds between reconciles (default: --older-than / 2)."),
    ] = None,
    json: JsonOption = False,
    sandbox: SandboxOption = False,
    debug: DebugOption = False,
) -> None:
    """Re-check every step in doubt: cancel late redeems, release holds, resend lost orders."""
    if vendor not in (*VENDORS, "all"):
        raise typer.BadParameter(f"{vendor!r}: use bonifiq, gameball or all", param_hint="--vendor")
    if not is_postgres_url(journal) and not Path(journal).is_file():
        raise typer.BadParameter(f"{journal!r} is not a journal file", param_hint="--journal")
    chosen = VENDORS if vendor == "all" else (vendor,)
    if watch:
        _watch(journal, chosen, timedelta(seconds=older_than), every, sandbox=sandbox, debug=debug)
        return
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


def _watch(
    journal: str, chosen: tuple[str, ...], older_than: timedelta, every: float | None, *, sandbox: bool, debug: bool
) -> None:
    """``client.pos.reconcile()`` of each vendor (whose credentials are set) on a timer until a signal."""
    from .._workers import DEFAULT_JITTER, reconcile_pacing, run_loop
    from ..checkout import ReconcileReport
    from ._watch import clients, status_display, stop_on_signals

    pacing = reconcile_pacing(every, older_than, DEFAULT_JITTER)
    with (
        contextlib.closing(open_existing_journal(journal)) as store,
        target(sandbox=sandbox, debug=debug) as where,
        contextlib.ExitStack() as stack,
    ):
        made = clients(where, store, chosen, stack)
        counts: dict[tuple[str, str], int] = {}

        def reconcile_all() -> dict[str, ReconcileReport]:
            return {name: client.pos.reconcile(older_than=older_than) for name, client in made.items()}

        columns = ("vendor", "action", "since start")
        with stop_on_signals() as stop, status_display("reconcile --watch", columns) as show:

            def report(reports: dict[str, ReconcileReport]) -> None:
                parts = []
                for name, batch in reports.items():
                    actions = collections.Counter(action.action for action in batch.actions)
                    for action, number in actions.items():
                        counts[name, action] = counts.get((name, action), 0) + number
                    found = ", ".join(f"{number} {action}" for action, number in sorted(actions.items()))
                    parts.append(f"{name}: {found or 'nothing in doubt'}")
                rows = [(name, action, str(number)) for (name, action), number in sorted(counts.items())]
                show(rows, " | ".join(parts) + f" | next in {pacing.every:g} s")

            run_loop(reconcile_all, lambda _: pacing.wait(), stop=stop, on_batch=report)
