"""Partial refunds named by the POS's own refund id (e.g. the return's id), on both vendors (issue 13).

A refund the POS names is applied once per name: a second, identical refund with another id is
applied too, the same id again is reported as ``already_applied``. Without an id the key is
derived from the refund itself, so an identical second refund counts as a repeat.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from loyaltykit import errors
from loyaltykit.checkout import Refund
from pos.harness import PosHarness

ANA = "ana@example.com"


def bonifiq_order(pos: PosHarness, bq: object, order_id: str) -> str:
    sale = bq.pos.checkout(ANA, order_id, Decimal("100.00"))  # type: ignore[attr-defined]
    pos.run(sale.rewards())
    pos.run(sale.complete(total="100.00"))
    return order_id


def gameball_order(pos: PosHarness, gb: object, order_id: str) -> str:
    sale = gb.pos.checkout(ANA, order_id, Decimal("100.00"))  # type: ignore[attr-defined]
    pos.run(sale.rewards())
    pos.run(sale.complete(total="100.00"))
    return order_id


def applied(refunds: list[Refund]) -> list[bool]:
    return [not refund.already_applied for refund in refunds]


def test_bonifiq_a_second_identical_refund_with_its_own_id_is_applied(pos: PosHarness) -> None:
    bq = pos.bonifiq()
    order = bonifiq_order(pos, bq, f"ret-bq-{pos.mode}")
    refunds = [
        pos.run(bq.pos.partial_cancel(order, "10.00", refund_id=refund_id)) for refund_id in ("RET-1", "RET-2", "RET-1")
    ]
    assert applied(refunds) == [True, True, False]
    assert refunds[0].key == refunds[2].key != refunds[1].key
    # Without an id, the identical refund is taken for a repeat of the first.
    derived = [pos.run(bq.pos.partial_cancel(order, "5.00")) for _ in range(2)]
    assert applied(derived) == [True, False]


def test_gameball_a_second_identical_refund_with_its_own_id_is_applied(pos: PosHarness) -> None:
    gb = pos.gameball()
    order = gameball_order(pos, gb, f"ret-gb-{pos.mode}")
    refunds = [pos.run(gb.pos.refund(ANA, order, "2.00", refund_id=refund_id)) for refund_id in ("1", "2", "1")]
    assert applied(refunds) == [True, True, False]
    keys = {refund.key for refund in refunds}
    assert len([e for e in pos.state("gameball", ANA)["ledger"] if e["ref"] in keys]) == 2


def test_gameball_refund_ids_are_the_orders_own(pos: PosHarness) -> None:
    # Returns numbered per order: return "1" of one order is not return "1" of another, although
    # Gameball's refundTransactionId is unique across the account.
    gb = pos.gameball()
    first, second = (gameball_order(pos, gb, f"ret-gb-{pos.mode}-{n}") for n in (1, 2))
    refunds = [pos.run(gb.pos.refund(ANA, order, "2.00", refund_id="1")) for order in (first, second)]
    assert applied(refunds) == [True, True]


def test_bonifiq_refund_id_and_cancel_key_are_one_or_the_other(pos: PosHarness) -> None:
    with pytest.raises(errors.InvalidArgumentError, match="cancel_key"):
        pos.run(pos.bonifiq().pos.partial_cancel("o-1", "10.00", refund_id="RET-1", cancel_key="mine"))
