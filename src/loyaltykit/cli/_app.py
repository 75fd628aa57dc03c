"""The ``loyaltykit`` command: vendors' groups, the sandbox and the demo."""

from __future__ import annotations

import typer

from . import _bonifiq, _gameball, _journal, _outbox, _reconcile, _webhooks
from ._context import missing_extra

app = typer.Typer(
    help="loyaltykit: BonifiQ and Gameball from the command line. Tables for people, --json for scripts.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
app.add_typer(_bonifiq.app, name="bonifiq")
app.add_typer(_gameball.app, name="gameball")
app.add_typer(_outbox.app, name="outbox")
app.add_typer(_journal.app, name="journal")
app.add_typer(_webhooks.app, name="webhooks")
app.command()(_reconcile.reconcile)


@app.command(context_settings={"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []})
def sandbox(ctx: typer.Context) -> None:
    """Run the local sandbox: loyaltykit sandbox --port 8080 [--db FILE] [--seed demo] [--fault ...] (--help)."""
    try:
        from ..sandbox.__main__ import main as sandbox_main
    except ImportError as error:
        typer.echo(f"loyaltykit sandbox needs {missing_extra('sandbox', error)}", err=True)
        raise typer.Exit(2) from None
    raise typer.Exit(sandbox_main(ctx.args))


@app.command()
def demo() -> None:
    """A full POS sale on an embedded sandbox, on BonifiQ then on Gameball, each step shown."""
    try:
        from ._demo import run_demo
    except ImportError as error:  # the demo runs on the embedded sandbox
        typer.echo(f"loyaltykit demo needs {missing_extra('sandbox', error)}", err=True)
        raise typer.Exit(2) from None
    raise typer.Exit(run_demo())
