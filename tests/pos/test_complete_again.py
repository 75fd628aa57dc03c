"""``complete()`` again on a completed sale: the same total is a repeat, another total is refused (issue 15)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from loyaltykit.errors import APIConnectionError, SaleStateError
from pos.harness import PosHarness

ANA = "ana@example.com"


@pytest.mark.parametrize("vendor", ["bonifiq", "gameball"])
def test_complete_again_with_another_total_is_refused(pos: PosHarness, vendor: str) -> None:
    client = pos.bonifiq() if vendor == "bonifiq" else pos.gameball()
    sale = client.pos.checkout(ANA, f"again-{vendor}-{pos.mode}", Decimal("80.00"))
    pos.run(sale.rewards())
    first = pos.run(sale.complete(total="80.00"))
    assert pos.run(sale.complete(total=Decimal("80"))).already_existed  # the same total: a repeat
    with pytest.raises(SaleStateError, match=r"completed with total 80\.00, not 70\.00") as caught:
        pos.run(sale.complete(total="70.00"))
    assert first.order_id in str(caught.value)
    pos.run(client.close())


def test_a_restarted_terminal_is_refused_another_total_too(pos: PosHarness, tmp_path: Path) -> None:
    journal = tmp_path / "terminal.db"
    order_id = f"again-restart-{pos.mode}"
    bq = pos.bonifiq(journal=journal)
    sale = bq.pos.checkout(ANA, order_id, Decimal("80.00"))
    pos.run(sale.rewards())
    pos.run(sale.complete(total="75.00"))
    pos.run(bq.close())

    again = pos.bonifiq(journal=journal)  # a new process on the same journal file
    restored = again.pos.checkout(ANA, order_id, Decimal("80.00"))
    assert pos.run(restored.complete(total="75.00")).already_existed
    with pytest.raises(SaleStateError, match=r"completed with total 75\.00, not 80\.00"):
        pos.run(restored.complete(total="80.00"))
    pos.run(again.close())


@pytest.mark.parametrize("vendor", ["bonifiq", "gameball"])
def test_complete_again_after_a_lost_answer_with_another_total_is_refused(pos: PosHarness, vendor: str) -> None:
    # The order landed and its answer was lost: it exists with the first total, which a resend
    # under the same order id would not change.
    route = "POST /v1/pvt/POS/orders" if vendor == "bonifiq" else "POST /api/v4.0/integrations/orders"
    client = pos.bonifiq(max_retries=0) if vendor == "bonifiq" else pos.gameball(max_retries=0)
    sale = client.pos.checkout(ANA, f"again-lost-{vendor}-{pos.mode}", Decimal("80.00"))
    pos.run(sale.rewards())
    pos.fault(route, "drop_after_commit", times=1)
    with pytest.raises(APIConnectionError):
        pos.run(sale.complete(total="80.00"))
    with pytest.raises(SaleStateError, match=r"sent \(its answer lost\) with total 80\.00, not 79\.00"):
        pos.run(sale.complete(total="79.00"))
    order = pos.run(sale.complete(total="80.00"))  # the same total: sent again, one order
    assert order.order_id == f"again-lost-{vendor}-{pos.mode}" and sale.status.value == "completed"
    pos.run(client.close())
