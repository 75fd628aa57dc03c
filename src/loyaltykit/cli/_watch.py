"""What the long-running commands share (``outbox worker``, ``reconcile --watch``): the journal
by path or URL, a client per vendor, a stop handle set by SIGTERM or Ctrl-C, and the status of
each batch: a live table on a terminal, one line per batch otherwise (logs, systemd, pipes)."""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from types import FrameType
from typing import Any

from rich.live import Live
from rich.markup import escape
from rich.table import Table

from ..journal import Journal
from ._context import Target, console

# The environment variables of each vendor's credentials (README, "Settings and the environment").
_CREDENTIALS = {
    "bonifiq": ("BONIFIQ_API_TOKEN", "BONIFIQ_API_KEY"),
    "gameball": ("GAMEBALL_API_KEY", "GAMEBALL_SECRET_KEY"),
}


def clients(where: Target, journal: Journal, vendors: tuple[str, ...], stack: contextlib.ExitStack) -> dict[str, Any]:
    """A client of each of ``vendors`` on ``journal``, closed with ``stack``. Of several, only those
    with a credential in the environment (a service may work for one vendor only); with none,
    the first one's ``ConfigurationError`` says what is missing."""
    if where.sandbox is None and len(vendors) > 1:
        vendors = tuple(name for name in vendors if any(os.environ.get(v) for v in _CREDENTIALS[name])) or vendors[:1]
    made: dict[str, Any] = {}
    for name in vendors:
        client = where.bonifiq(journal) if name == "bonifiq" else where.gameball(journal)
        made[name] = stack.enter_context(client)
    return made


@contextlib.contextmanager
def stop_on_signals() -> Iterator[threading.Event]:
    """An event that SIGTERM and SIGINT set (rather than kill the process mid-request); the
    previous handlers are restored after. Outside the main thread no handler can be installed.

    A second signal, for a send that hangs, raises ``KeyboardInterrupt`` at once: the flush's
    generator is closed on the way out, which releases the order it had claimed."""
    stop = threading.Event()

    def handle(signum: int, frame: FrameType | None) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()

    if threading.current_thread() is not threading.main_thread():
        yield stop
        return
    previous = {number: signal.signal(number, handle) for number in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield stop
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def when(moment: datetime | None) -> str:
    return "-" if moment is None else moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


@contextlib.contextmanager
def status_display(title: str, columns: tuple[str, ...]) -> Iterator[Callable[[Sequence[tuple[str, ...]], str], None]]:
    """``show(rows, line)`` per batch: on a terminal a live table of ``rows`` under ``title``, else
    ``line`` printed on its own (flushed, so a log or a pipe sees each batch as it ends)."""
    if not console.is_terminal:

        def print_line(rows: Sequence[tuple[str, ...]], line: str) -> None:
            print(f"{when(datetime.now(UTC))} {line}", flush=True)

        yield print_line
        return

    def table(rows: Sequence[tuple[str, ...]], caption: str) -> Table:
        shown = Table(title=f"{title} (Ctrl-C or SIGTERM: stop after the item in hand)", caption=escape(caption))
        for column in columns:
            shown.add_column(column)
        for row in rows:
            shown.add_row(*(escape(cell) for cell in row))
        return shown

    with Live(table([], "starting"), console=console, auto_refresh=False) as live:

        def update(rows: Sequence[tuple[str, ...]], line: str) -> None:
            live.update(table(rows, f"{when(datetime.now(UTC))} {line}"), refresh=True)

        yield update
