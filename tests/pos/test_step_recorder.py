"""The points where a sale's steps are recorded (issue 13): intent -> calls -> outcome.

A journal of sales implements ``StepRecorder``; these tests pin what it is told: each writing
step's intent (step, key, summary) before its first call, then done, refused or in doubt. Nothing
personal is in an intent.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from loyaltykit import errors
from loyaltykit._sale_journal import SaleJournal
from loyaltykit._sale_machine import Intent, Outcome
from loyaltykit.gameball._checkout import POINTS_OPTION
from pos.harness import PosHarness

ANA = "ana@example.com"
FIXED = 1


class Recording:
    def __init__(self) -> None:
        self.events: list[tuple[str, str, Any]] = []
        self.intents: list[Intent] = []

    def intent(self, intent: Intent) -> None:
        self.intents.append(intent)
        self.events.append(("intent", intent.step, intent.key))

    def outcome(self, intent: Intent, outcome: Outcome) -> None:
        self.events.append(("outcome", intent.step, outcome.value))


def recorded(sale: Any) -> Recording:
    recording = Recording()
    # The default is the client's journal (test_sale_journal.py); these tests watch the points themselves.
    assert isinstance(sale._flow.recorder, SaleJournal)
    sale._flow.recorder = recording
    return recording


def test_bonifiq_steps_are_recorded_with_their_keys(pos: PosHarness) -> None:
    sale = pos.bonifiq().pos.checkout(ANA, f"rec-bq-{pos.mode}", Decimal("80.00"))
    recording = recorded(sale)
    pos.run(sale.rewards())
    redemption = pos.run(sale.redeem(FIXED))
    pos.run(sale.complete(total="70.00"))
    assert recording.events == [
        ("intent", "redeem", redemption.original_key),
        ("outcome", "redeem", "done"),
        ("intent", "complete", f"rec-bq-{pos.mode}"),
        ("outcome", "complete", "done"),
    ]
    assert recording.intents[0].summary == {"reward": "1"}
    assert recording.intents[1].summary == {"total": "70.00"}
    assert all(ANA not in repr(intent) for intent in recording.intents)


def test_a_lost_answer_is_recorded_in_doubt_and_a_refusal_as_refused(pos: PosHarness) -> None:
    pos.fault("trackOrder", "drop_after_commit", times=1)
    sale = pos.gameball(max_retries=0).pos.checkout(ANA, f"rec-gb-{pos.mode}", Decimal("50.00"))
    recording = recorded(sale)
    pos.run(sale.rewards())
    pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    with pytest.raises(errors.APIConnectionError):
        pos.run(sale.complete(total="45.00"))
    with pytest.raises(errors.SaleStateError):
        pos.run(sale.abandon())  # refused before anything is sent: not a step that ran
    pos.run(sale.complete(total="45.00"))
    assert recording.events == [
        ("intent", "redeem", None),  # a Gameball hold takes no key
        ("outcome", "redeem", "done"),
        ("intent", "complete", f"rec-gb-{pos.mode}"),
        ("outcome", "complete", "in_doubt"),
        ("intent", "complete", f"rec-gb-{pos.mode}"),
        ("outcome", "complete", "done"),
    ]
    assert recording.intents[0].summary == {"reward": POINTS_OPTION, "amount": "5.00"}


def test_a_refused_redeem_is_recorded_as_refused(pos: PosHarness) -> None:
    # Gameball refuses the hold: this customer's account requires an OTP.
    pos.admin.post(f"/gameball/customers/{ANA}/flags", json={"otp_required": True}).raise_for_status()
    sale = pos.gameball().pos.checkout(ANA, f"rec-gb-refused-{pos.mode}", Decimal("50.00"))
    recording = recorded(sale)
    pos.run(sale.rewards())
    with pytest.raises(errors.ValidationRequiredError):
        pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    pos.run(sale.abandon())
    assert recording.events == [
        ("intent", "redeem", None),
        ("outcome", "redeem", "refused"),
        ("intent", "abandon", None),
        ("outcome", "abandon", "done"),
    ]
