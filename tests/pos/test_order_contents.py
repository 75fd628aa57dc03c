"""What a completed sale leaves in the sandbox: the order's contents, and one order per sale."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from loyaltykit.bonifiq import Product
from loyaltykit.checkout import Payment
from loyaltykit.gameball._checkout import POINTS_OPTION
from pos.harness import PosHarness

ANA = "ana@example.com"


def stored_order(pos: PosHarness, vendor: str, order_id: str) -> dict[str, Any]:
    """The request the sandbox stored the order from (amounts as Decimal)."""
    with pos.sandbox.runtime.store.read() as db:
        payload = db.scalar("SELECT payload FROM orders WHERE vendor = ? AND original_id = ?", (vendor, order_id))
    assert payload is not None, f"no {vendor} order {order_id} in the sandbox"
    return dict(json.loads(payload, parse_float=Decimal))


def stored_orders(pos: PosHarness, vendor: str, order_id: str) -> int:
    with pos.sandbox.runtime.store.read() as db:
        count = db.scalar("SELECT COUNT(*) FROM orders WHERE vendor = ? AND original_id = ?", (vendor, order_id))
    return int(count)


def test_a_bonifiq_order_keeps_products_branch_sales_person_and_payments(pos: PosHarness) -> None:
    order_id = f"pdv-{pos.mode}-contents"
    sale = pos.bonifiq().pos.checkout(
        ANA,
        order_id,
        Decimal("100.00"),
        products=[Product("SKU-100", "30.00", quantity=2), Product("SKU-200", "40.00")],
        branch="LOJA-7",
        sales_person="VEND-42",
    )
    pos.run(sale.rewards())
    pos.run(sale.complete(total="100.00", payments=[Payment("DINHEIRO", "60.00"), Payment("PIX", "40.00")]))

    order = stored_order(pos, "bonifiq", order_id)
    assert order["OriginalId"] == order_id and order["Customer"]["OriginalId"] == ANA
    assert order["OrderTotal"] == Decimal("100.00")
    assert order["Branch"]["OriginalId"] == "LOJA-7"
    assert order["SalesPerson"]["OriginalId"] == "VEND-42"
    # ProductPrice is the line's total (unit price x quantity).
    assert [(p["OriginalId"], p["ProductPrice"]) for p in order["Products"]] == [
        ("SKU-100", Decimal("60.00")),
        ("SKU-200", Decimal("40.00")),
    ]
    assert [(m["OriginalId"], m["PaidAmount"]) for m in order["PaymentMethods"]] == [
        ("DINHEIRO", Decimal("60.00")),
        ("PIX", Decimal("40.00")),
    ]


def test_a_gameball_sale_completed_twice_gives_one_order(pos: PosHarness) -> None:
    order_id = f"gb-{pos.mode}-twice"
    gb = pos.gameball()
    sale = gb.pos.checkout(ANA, order_id, Decimal("50.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    first = pos.run(sale.complete(total="45.00"))
    second = pos.run(sale.complete(total="45.00"))
    assert not first.already_existed and second.already_existed
    # A restarted POS whose journal lost the sale completes again (with the journal: test_sale_journal.py).
    again = pos.gameball().pos.checkout(ANA, order_id, Decimal("50.00"))
    pos.run(again.rewards())
    third = pos.run(again.complete(total="45.00"))
    assert third.already_existed  # Gameball refused the repeated orderId as a duplicate
    assert stored_orders(pos, "gameball", order_id) == 1
    earned = [e for e in pos.state("gameball", ANA)["ledger"] if e["cause"] == "order_earn"]
    assert len(earned) == 1
