"""Retention: ``purge`` removes old finished sales with their steps and orders, and nothing
that still needs work."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from loyaltykit.errors import InvalidArgumentError
from loyaltykit.journal import Journal, OutboxState, SaleStatus, StepOutcome

from .conftest import FakeClock


def _sale(journal: Journal, order_id: str, status: SaleStatus) -> None:
    sale, _ = journal.open_sale("bonifiq", order_id, "ana@example.com", Decimal("10.00"))
    step = journal.begin_step("bonifiq", order_id, "complete", idempotency_key=f"k-{order_id}", request={})
    journal.finish_step(step.id, StepOutcome.DONE)
    if status is not SaleStatus.OPEN:
        journal.update_sale(sale, status=status)


def test_purge_removes_old_finished_sales_with_their_steps_and_orders(journal: Journal, clock: FakeClock) -> None:
    _sale(journal, "OLD-COMPLETED", SaleStatus.COMPLETED)
    delivered = journal.enqueue_order("bonifiq", "OLD-COMPLETED", {"n": 1})
    journal.record_delivery(delivered.id, delivered=True, error=None, next_attempt_at=None)
    _sale(journal, "OLD-ABANDONED", SaleStatus.ABANDONED)
    _sale(journal, "OLD-OPEN", SaleStatus.OPEN)
    _sale(journal, "OLD-REDEEMED", SaleStatus.REDEEMED)
    _sale(journal, "OLD-IN-DOUBT", SaleStatus.COMPLETED)
    doubt = journal.begin_step("bonifiq", "OLD-IN-DOUBT", "cancel_redeem", idempotency_key="d", request={})
    journal.finish_step(doubt.id, StepOutcome.IN_DOUBT)
    _sale(journal, "OLD-QUEUED", SaleStatus.COMPLETED)
    journal.enqueue_order("bonifiq", "OLD-QUEUED", {"n": 2})
    foreign = journal.begin_step("bonifiq", "OTHER-TERMINAL", "cancel_redeem", idempotency_key="f", request={})
    journal.finish_step(foreign.id, StepOutcome.DONE)
    clock.advance(timedelta(days=30))
    _sale(journal, "RECENT", SaleStatus.COMPLETED)
    clock.advance(timedelta(days=1))

    purged = journal.purge(older_than=timedelta(days=7))
    again = journal.purge(older_than=timedelta(days=7))

    kept = ["OLD-OPEN", "OLD-REDEEMED", "OLD-IN-DOUBT", "OLD-QUEUED", "RECENT"]
    assert (purged, again) == (2, 0)
    assert [sale.order_id for sale in journal.sales()] == kept
    for gone in ("OLD-COMPLETED", "OLD-ABANDONED"):
        assert journal.steps("bonifiq", gone) == []
    assert all(journal.steps("bonifiq", order) for order in [*kept, "OTHER-TERMINAL"])
    assert [entry.order_id for entry in journal.outbox(states=list(OutboxState))] == ["OLD-QUEUED"]


def test_purge_counts_age_from_the_last_change(journal: Journal, clock: FakeClock) -> None:
    sale, _ = journal.open_sale("bonifiq", "PDV-1", "ana@example.com", Decimal("10.00"))
    clock.advance(timedelta(days=10))
    journal.update_sale(sale, status=SaleStatus.COMPLETED)
    clock.advance(timedelta(days=5))

    assert journal.purge(older_than=timedelta(days=7)) == 0
    clock.advance(timedelta(days=2, microseconds=1))
    assert journal.purge(older_than=timedelta(days=7)) == 1
    assert journal.sales() == []


@pytest.mark.parametrize("value", [timedelta(seconds=-1), 7, None])
def test_purge_needs_an_age(journal: Journal, value: object) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        journal.purge(older_than=value)  # type: ignore[arg-type]

    assert caught.value.field == "older_than"
