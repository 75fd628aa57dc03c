"""What a sale keeps in its journal (issue 13): enough to send its order again, and no more.

The order's request names the customer (BonifiQ sends their e-mail, phone and document with it):
it stays in the sale's state only while the order is being sent or its answer is lost, what
``reconcile`` resends. A refused order is gone from the state.
"""

from __future__ import annotations

import pytest

from facade.fakes import FakeServer, Harness, json_response
from loyaltykit import errors

ANA = "ana@example.com"


def test_a_refused_order_leaves_no_request_in_the_journal(harness: Harness) -> None:
    refused = json_response(400, {"Severity": "Error", "Code": "01", "Message": "bad order"})
    server = FakeServer().reply(refused)
    bq = harness.bonifiq(server, max_retries=0)
    sale = bq.pos.checkout(ANA, "order-refused", "50.00")
    with pytest.raises(errors.APIStatusError):
        harness.run(sale.complete(total="50.00"))
    state = bq.journal.sale("bonifiq", "order-refused").state
    assert state["order_request"] is None and not state["order_pending"]


def test_an_order_whose_answer_was_lost_keeps_its_request_to_send_again(harness: Harness) -> None:
    server = FakeServer().reply(json_response(503, {}))
    bq = harness.bonifiq(server, max_retries=0)
    sale = bq.pos.checkout(ANA, "order-lost", "50.00")
    with pytest.raises(errors.InternalServerError):
        harness.run(sale.complete(total="50.00"))
    state = bq.journal.sale("bonifiq", "order-lost").state
    assert state["order_pending"] and state["order_request"]["OriginalId"] == "order-lost"


def test_a_reconcile_action_is_one_of_the_documented_ones() -> None:
    from loyaltykit.checkout import ReconcileAction

    assert ReconcileAction("PDV-1", "redeem", "cancelled_late_redeem").detail is None
    with pytest.raises(ValueError, match="action"):
        ReconcileAction("PDV-1", "redeem", "cancelled")
