"""``loyaltykit outbox status|flush --journal PATH|URL``: the orders sales completed offline left in a journal.

``status`` reads the journal only (no credentials, no network); ``flush`` delivers the due
orders with each vendor's client (``client.outbox.flush()``), on the real API or ``--sandbox``;
``worker`` flushes in a loop until SIGTERM (``client.outbox.run_worker()``, ``loyaltykit._workers``).
"""

from __future__ import annotations

import contextlib
import enum
from decimal import Decimal
from typing import Annotated, Any

import typer
from rich.markup import escape
from rich.table import Table

from .._outbox import OutboxItem, OutboxReport, status
from .._workers import DEFAULT_JITTER, DEFAULT_POLL, Pacing, run_loop
from ..journal import Journal, OutboxState, open_existing_journal
from ._context import DebugOption, JsonOption, SandboxOption, console, fail_cleanly, plain, print_json, target
from ._context import money as shown
from ._watch import clients, status_display, stop_on_signals, when

NOT_OFFLINE = "A redeem is never made offline (it spends a balance only the vendor knows): only orders wait here."

app = typer.Typer(help=f"The offline order outbox of a POS journal. {NOT_OFFLINE}", no_args_is_help=True)


class VendorChoice(enum.StrEnum):
    BONIFIQ = "bonifiq"
    GAMEBALL = "gameball"
    ALL = "all"


JournalOption = Annotated[
    str,
    typer.Option("--journal", help="The POS's journal file, or a postgresql:// URL (its $LOYALTYKIT_JOURNAL)."),
]
VendorOption = Annotated[VendorChoice, typer.Option("--vendor", help="Whose orders.")]

# Where each vendor's order request keeps its total, to show what is waiting.
_TOTAL_FIELD = {"bonifiq": "OrderTotal", "gameball": "totalPaid"}
_PARTS = ("delivered", "queued", "failed")
_WORKER_COLUMNS = ("vendor", "delivered", "failed", "queued", "next attempt")


def _vendors(choice: VendorChoice) -> list[str]:
    return ["bonifiq", "gameball"] if choice is VendorChoice.ALL else [choice.value]


def _open(journal: str) -> Journal:
    # A journal file is never created here: a wrong path would otherwise show an empty outbox.
    return open_existing_journal(journal)


def _totals(journal: Journal) -> dict[tuple[str, str], Any]:
    totals = {}
    for entry in journal.outbox(states=tuple(OutboxState)):
        request = entry.body.get("request")
        total = request.get(_TOTAL_FIELD[entry.vendor]) if isinstance(request, dict) else None
        totals[entry.vendor, entry.order_id] = total
    return totals


def _show(reports: dict[str, OutboxReport], journal: Journal, *, as_json: bool) -> None:
    totals = _totals(journal)

    def view(vendor: str, item: OutboxItem) -> dict[str, Any]:
        return {**plain(item), "total": totals.get((vendor, item.order_id))}

    if as_json:
        print_json(
            {
                vendor: {part: [view(vendor, item) for item in getattr(report, part)] for part in _PARTS}
                for vendor, report in reports.items()
            }
        )
        return
    for vendor, report in reports.items():
        table = Table(title=f"{vendor}: {len(report.delivered)} delivered, {len(report.queued)} queued, "
                      f"{len(report.failed)} failed")  # fmt: skip
        for column in ("order", "state", "total", "attempts", "next attempt", "why"):
            table.add_column(column)
        for item in (*report.delivered, *report.queued, *report.failed):
            when = item.next_attempt_at.isoformat(timespec="seconds") if item.next_attempt_at else "-"
            total = totals.get((vendor, item.order_id))
            table.add_row(
                escape(item.order_id),
                item.state.value,
                shown(Decimal(total) if isinstance(total, int) else total),
                str(item.attempts),
                when,
                escape(item.last_error or ("already at the vendor" if item.already_existed else "-")),
            )
        console.print(table)


@app.command("status")
@fail_cleanly
def show_status(journal: JournalOption, vendor: VendorOption = VendorChoice.ALL, json: JsonOption = False) -> None:
    """Every order in the journal's outbox: delivered, queued (why, and when next) and failed. No network."""
    with _open(journal) as opened:
        _show({name: status(opened, name) for name in _vendors(vendor)}, opened, as_json=json)


@app.command()
@fail_cleanly
def flush(
    journal: JournalOption,
    vendor: VendorOption = VendorChoice.ALL,
    json: JsonOption = False,
    sandbox: SandboxOption = False,
    debug: DebugOption = False,
) -> None:
    """Deliver the due queued orders, in queue order, each once; show what was sent and what still waits."""
    with _open(journal) as opened, target(sandbox=sandbox, debug=debug) as where:
        reports = {}
        for name in _vendors(vendor):
            if vendor is VendorChoice.ALL and not opened.outbox(vendor=name):
                reports[name] = OutboxReport()  # nothing queued: no client, so no credentials needed
                continue
            with where.bonifiq(journal=opened) if name == "bonifiq" else where.gameball(journal=opened) as client:
                reports[name] = client.outbox.flush()
        _show(reports, opened, as_json=json)


@app.command()
@fail_cleanly
def worker(
    journal: Annotated[str, typer.Option("--journal", help="The journal: a file, or a database URL.")],
    vendor: VendorOption = VendorChoice.ALL,
    poll: Annotated[
        float, typer.Option("--poll", min=0, help="Seconds between flushes when no queued order says when it is due.")
    ] = DEFAULT_POLL,
    once: Annotated[bool, typer.Option("--once", help="One flush, then exit.")] = False,
    sandbox: SandboxOption = False,
    debug: DebugOption = False,
) -> None:
    """Deliver queued orders in a loop until SIGTERM or Ctrl-C, which finish the order in hand. Several
    workers may share one journal: each order is sent by one of them."""
    with (
        contextlib.closing(open_existing_journal(journal)) as opened,
        target(sandbox=sandbox, debug=debug) as where,
        contextlib.ExitStack() as stack,
    ):
        made = clients(where, opened, tuple(_vendors(vendor)), stack)
        pacing = Pacing.checked(poll, DEFAULT_JITTER, "poll")
        totals = {name: [0, 0] for name in made}  # delivered, failed since the start

        with stop_on_signals() as stop, status_display("outbox worker", _WORKER_COLUMNS) as show:

            def flush() -> dict[str, OutboxReport]:
                return {name: client.outbox._flush_batch(stop) for name, client in made.items()}

            def report(reports: dict[str, OutboxReport]) -> None:
                rows, parts = [], []
                for name, batch in reports.items():
                    totals[name][0] += len(batch.delivered)
                    totals[name][1] += len(batch.failed)
                    due = [i.next_attempt_at for i in batch.queued if i.next_attempt_at is not None]
                    rows.append((name, *map(str, (*totals[name], len(batch.queued))), when(min(due, default=None))))
                    parts.append(f"{name}: {len(batch.delivered)} delivered, {len(batch.failed)} failed, "
                                 f"{len(batch.queued)} queued")  # fmt: skip
                show(rows, " | ".join(parts) + f" | next flush in {pacing.after_flush(reports.values()):.1f} s")

            run_loop(flush, lambda reports: pacing.after_flush(reports.values()), stop=stop, on_batch=report, once=once)
