"""The ``loyaltykit`` command line (the ``cli`` extra: typer and rich)."""

from __future__ import annotations


def main() -> None:
    try:
        from ._app import app
    except ImportError as error:  # the cli extra is missing
        print(f"loyaltykit: the command line needs the cli extra ({error.name}): pip install 'loyaltykit[cli]'")
        raise SystemExit(2) from None
    app()
