"""A sale held by one worker at a time (issue 17): checkout() takes the sale's hold, reconcile() respects it.

Two clients on two journal objects of one file are two workers: the second ``checkout()`` of an
order the first holds waits ``hold_timeout`` and gets ``SaleInUseError``; once the first finishes
or closes its sale, the second gets it (resumed from the journal). Sale objects of one journal in
one process share the hold. ``reconcile()`` skips (``held``) a sale a live sale object holds.
"""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from journal.conftest import postgres_server, postgres_url  # noqa: F401  # the real server's fixtures

from loyaltykit import errors
from loyaltykit.checkout import SaleStatus
from loyaltykit.journal import PostgresJournal
from pos.harness import PosHarness
from pos.test_sale_journal import TERMINAL, stored_order, terminal_env

ANA = "ana@example.com"
FIXED = 1
NOW = timedelta(0)


def test_a_second_worker_waits_hold_timeout_then_gets_sale_in_use(pos: PosHarness, tmp_path: Path) -> None:
    journal = tmp_path / "shared.db"
    order_id = f"HELD-{pos.mode}"
    first, second = pos.bonifiq(journal=journal), pos.bonifiq(journal=journal)
    sale = first.pos.checkout(ANA, order_id, Decimal("80.00"))
    pos.run(sale.rewards())

    started = time.monotonic()
    with pytest.raises(errors.SaleInUseError) as raised:
        pos.run(second.pos.checkout(ANA, order_id, Decimal("80.00"), hold_timeout=0.2).rewards())
    assert 0.2 <= time.monotonic() - started < 5
    assert str(raised.value) == f"bonifiq order {order_id!r} is held open elsewhere (waited 0.2 s)"

    pos.run(sale.complete(total="80.00"))  # a final state lets the hold go
    again = second.pos.checkout(ANA, order_id, Decimal("80.00"), hold_timeout=0.2)
    pos.run(again.__aenter__() if pos.mode == "async" else again.__enter__())
    assert again.status is SaleStatus.COMPLETED


@pytest.mark.parametrize("pos", ["async"], indirect=True)  # the async wait only
def test_an_async_checkout_awaits_the_hold_without_blocking_the_loop(pos: PosHarness, tmp_path: Path) -> None:
    journal = tmp_path / "shared.db"
    order_id = "AWAITED"
    first, second = pos.bonifiq(journal=journal), pos.bonifiq(journal=journal)
    sale = first.pos.checkout(ANA, order_id, Decimal("80.00"))
    pos.run(sale.rewards())
    waiting = second.pos.checkout(ANA, order_id, Decimal("80.00"), hold_timeout=5)

    async def let_go_while_it_waits() -> float:
        async def let_go() -> None:
            await asyncio.sleep(0.1)
            await sale.close()  # runs only if the waiting checkout leaves the loop free

        started = time.monotonic()
        task = asyncio.create_task(let_go())
        async with waiting:
            await task
        return time.monotonic() - started

    assert pos.run(let_go_while_it_waits()) < 4
    order = pos.run(waiting.complete(total="80.00"))
    assert order.order_id == order_id and waiting.status is SaleStatus.COMPLETED


def test_a_closed_sale_is_resumed_by_the_next_worker(pos: PosHarness, tmp_path: Path) -> None:
    journal = tmp_path / "shared.db"
    order_id = f"CLOSED-{pos.mode}"
    first, second = pos.gameball(journal=journal), pos.gameball(journal=journal)
    sale = first.pos.checkout(ANA, order_id, Decimal("50.00"))
    pos.run(sale.rewards())
    pos.run(sale.close())
    pos.run(sale.close())  # safe twice

    resumed = second.pos.checkout(ANA, order_id, Decimal("50.00"), hold_timeout=0)
    order = pos.run(resumed.complete(total="50.00"))
    assert order.order_id == order_id and resumed.status is SaleStatus.COMPLETED


def test_sale_objects_of_one_journal_share_the_hold(pos: PosHarness) -> None:
    bq = pos.bonifiq()
    order_id = f"SHARED-{pos.mode}"
    first = bq.pos.checkout(ANA, order_id, Decimal("80.00"))
    second = bq.pos.checkout(ANA, order_id, Decimal("80.00"), hold_timeout=0)  # the screen opened twice
    pos.run(second.rewards())
    pos.run(first.close())
    pos.run(second.complete(total="80.00"))
    assert second.status is SaleStatus.COMPLETED


@pytest.mark.parametrize("value", [-1, "1", True, float("nan")])
def test_hold_timeout_is_validated(pos: PosHarness, value: object) -> None:
    with pytest.raises(errors.InvalidArgumentError) as raised:
        pos.bonifiq().pos.checkout(ANA, "BAD-TIMEOUT", Decimal("80.00"), hold_timeout=value)
    assert raised.value.field == "hold_timeout"


def test_reconcile_skips_a_held_sale_and_settles_it_once_let_go(pos: PosHarness) -> None:
    bq = pos.bonifiq(max_retries=0)
    order_id = f"RECON-HELD-{pos.mode}"
    sale = bq.pos.checkout(ANA, order_id, Decimal("50.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(FIXED))
    pos.fault("POST /v1/pvt/POS/orders", "drop_before_commit", times=1)
    with pytest.raises(errors.APIConnectionError):
        pos.run(sale.complete(total="45.00"))

    held = pos.run(bq.pos.reconcile(older_than=NOW))
    assert [(a.order_id, a.step, a.action) for a in held.actions] == [(order_id, "complete", "held")]
    assert bq.journal.sale("bonifiq", order_id).status is SaleStatus.REDEEMED  # untouched

    pos.run(sale.close())
    report = pos.run(bq.pos.reconcile(older_than=NOW))
    assert [(a.step, a.action) for a in report.actions] == [("complete", "resent_order")]
    assert bq.journal.sale("bonifiq", order_id).status is SaleStatus.COMPLETED


def test_a_worker_killed_mid_sale_on_postgres_lets_the_next_one_resume_it(
    pos: PosHarness,
    postgres_url: str,  # noqa: F811  # the fixture imported above
) -> None:
    PostgresJournal(postgres_url).close()  # the schema exists before the terminals start
    env = terminal_env(pos)
    order_id = f"PG-KILL-{pos.mode}"
    args = ["bonifiq", pos.mode, postgres_url, pos.sandbox.base_url, order_id]
    cashback_before = pos.cashback(ANA)

    holder = subprocess.Popen([sys.executable, TERMINAL, *args, "redeem"], stdout=subprocess.PIPE, text=True, env=env)
    assert holder.stdout is not None
    try:
        external_code = holder.stdout.readline().strip()
        assert external_code
        other = pos.bonifiq(journal=postgres_url)
        with pytest.raises(errors.SaleInUseError):  # alive, it holds the sale
            pos.run(other.pos.checkout(ANA, order_id, Decimal("50.00"), hold_timeout=0.2).rewards())
        pos.run(other.close())
        holder.send_signal(signal.SIGKILL)  # no __exit__, no close(): the server ends its session
        holder.wait(timeout=10)
    finally:
        holder.kill()
        holder.wait(timeout=10)
        holder.stdout.close()

    restarted = subprocess.run(
        [sys.executable, TERMINAL, *args, "complete"], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    assert json.loads(restarted.stdout) == {"restored": external_code, "external_code": external_code}
    assert stored_order(pos, "bonifiq", order_id) == [{"coupon": external_code, "hold_reference": None}]
    assert pos.cashback(ANA) == cashback_before - Decimal("5.00")  # one redeem
