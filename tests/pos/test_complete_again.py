"""``complete()`` again on a completed sale: the same total is a repeat, another total is refused (issue 15)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from loyaltykit.errors import SaleStateError
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
