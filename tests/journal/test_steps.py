"""Steps: an intent before each request, its outcome after; what is left unsettled, by age."""

from __future__ import annotations

from datetime import timedelta

import pytest

from loyaltykit.errors import InvalidArgumentError, JournalConflictError, JournalError
from loyaltykit.journal import Journal, StepOutcome

from .conftest import FakeClock


def test_steps_are_kept_in_the_order_they_were_begun(journal: Journal) -> None:
    names = ["rewards", "challenge", "validate", "redeem", "complete"]
    begun = [journal.begin_step("bonifiq", "PDV-1", name, idempotency_key=None, request={}) for name in names]
    journal.begin_step("bonifiq", "PDV-2", "rewards", idempotency_key=None, request={})
    journal.begin_step("gameball", "PDV-1", "rewards", idempotency_key=None, request={})

    assert [step.step for step in journal.steps("bonifiq", "PDV-1")] == names
    assert [step.id for step in begun] == sorted(step.id for step in begun)
    assert journal.steps("bonifiq", "PDV-3") == []


def test_done_and_refused_are_final_in_doubt_is_not(journal: Journal) -> None:
    redeem = journal.begin_step("bonifiq", "PDV-1", "redeem", idempotency_key="k1", request={"n": 1})
    cancel = journal.begin_step("bonifiq", "PDV-1", "cancel_redeem", idempotency_key="k2", request={"n": 2})

    doubtful = journal.finish_step(redeem.id, StepOutcome.IN_DOUBT, {"error": "APITimeoutError"})
    resolved = journal.finish_step(redeem.id, StepOutcome.DONE, {"external_code": "X"})  # reconciliation found it
    refused = journal.finish_step(cancel.id, StepOutcome.REFUSED, {"code": "404"})

    for step, outcome in ((redeem, StepOutcome.DONE), (redeem, StepOutcome.IN_DOUBT), (cancel, StepOutcome.DONE)):
        with pytest.raises(JournalConflictError):
            journal.finish_step(step.id, outcome)
    assert (doubtful.outcome, doubtful.settled, resolved.outcome) == (StepOutcome.IN_DOUBT, False, StepOutcome.DONE)
    assert journal.steps("bonifiq", "PDV-1") == [resolved, refused]


def test_pending_is_not_an_outcome_and_an_unknown_step_is_an_error(journal: Journal) -> None:
    step = journal.begin_step("bonifiq", "PDV-1", "redeem", idempotency_key=None, request={})

    with pytest.raises(InvalidArgumentError) as pending:
        journal.finish_step(step.id, StepOutcome.PENDING)
    with pytest.raises(InvalidArgumentError) as unknown_outcome:
        journal.finish_step(step.id, "ok")  # type: ignore[arg-type]
    with pytest.raises(JournalError) as missing:
        journal.finish_step(step.id + 1, StepOutcome.DONE)

    assert pending.value.field == unknown_outcome.value.field == "outcome"
    assert "no step" in str(missing.value)
    assert journal.steps("bonifiq", "PDV-1") == [step]


def test_unsettled_lists_pending_and_in_doubt_steps_older_than_the_grace(journal: Journal, clock: FakeClock) -> None:
    died = journal.begin_step("bonifiq", "PDV-1", "redeem", idempotency_key="a", request={})
    doubtful = journal.finish_step(
        journal.begin_step("gameball", "PDV-2", "redeem", idempotency_key="b", request={}).id, StepOutcome.IN_DOUBT
    )
    journal.finish_step(journal.begin_step("bonifiq", "PDV-3", "redeem", idempotency_key="c", request={}).id, "done")
    journal.finish_step(journal.begin_step("bonifiq", "PDV-4", "redeem", idempotency_key="d", request={}).id, "refused")
    clock.advance(timedelta(minutes=5))
    recent = journal.begin_step("bonifiq", "PDV-5", "complete", idempotency_key="e", request={})
    clock.advance(timedelta(minutes=1))

    def keys(**filters: object) -> list[str | None]:
        return [step.idempotency_key for step in journal.unsettled(**filters)]  # type: ignore[arg-type]

    assert keys(older_than=timedelta(minutes=2)) == [died.idempotency_key, doubtful.idempotency_key]
    assert keys(older_than=timedelta(minutes=2), vendor="gameball") == ["b"]
    assert keys(older_than=timedelta(0)) == ["a", "b", recent.idempotency_key]
    assert keys(older_than=timedelta(minutes=6)) == []  # begun exactly 6 minutes ago: not older
