"""Retention: which sales ``purge`` removes, the same rule on every store.

A sale is removed, with its steps and its outbox order, once it is finished (completed or
abandoned) and was last changed before the cutoff, unless something of it still needs work:
a step pending or in doubt (reconciliation checks it) or an order still queued (the outbox
delivers it). Steps of orders the journal never sold (a cancel of another terminal's order)
are kept: they have no sale to age with.
"""

from __future__ import annotations

from datetime import datetime

from ._model import OutboxState, SaleStatus, StepOutcome

TABLES = ("steps", "outbox", "sales")
"""The tables a purged sale leaves, in the order they are emptied of it."""


def purgeable(placeholder: str) -> str:
    """The query for the (vendor, order_id) of each sale to purge, in the store's parameter style."""
    p = placeholder
    return (
        f"SELECT vendor, order_id FROM sales AS s WHERE s.status IN ({p}, {p}) AND s.updated_at < {p}"
        " AND NOT EXISTS (SELECT 1 FROM steps AS t WHERE t.vendor = s.vendor AND t.order_id = s.order_id"
        f" AND t.outcome IN ({p}, {p}))"
        " AND NOT EXISTS (SELECT 1 FROM outbox AS o WHERE o.vendor = s.vendor AND o.order_id = s.order_id"
        f" AND o.state = {p})"
    )


def purgeable_parameters(cutoff: str | datetime) -> tuple[str | datetime, ...]:
    return (
        SaleStatus.COMPLETED.value,
        SaleStatus.ABANDONED.value,
        cutoff,
        StepOutcome.PENDING.value,
        StepOutcome.IN_DOUBT.value,
        OutboxState.QUEUED.value,
    )
