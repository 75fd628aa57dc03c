"""POS sales on the client's journal (issue 13): checkout() consults it, reconcile() settles what is in doubt.

An order id names one sale: reused after an abandon it is refused, after a completion it gives the
sale back completed, and a restarted terminal (another process, the same journal file) resumes an
unfinished sale with checkout() alone. A redeem that lands after abandon() found nothing is
cancelled by reconcile(); so is a lost release of a Gameball hold, and a lost order is sent again.
complete(offline=True) queues an order that cannot be delivered.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from loyaltykit import errors
from loyaltykit.bonifiq import Product
from loyaltykit.checkout import ReconcileAction, SaleStatus
from loyaltykit.gameball._checkout import POINTS_OPTION
from loyaltykit.journal import SQLiteJournal, StepOutcome
from pos.harness import PosHarness

ANA = "ana@example.com"  # BonifiQ: no PIN, 1500 points, 25.00 cashback; Gameball: 1500 points at 0.10
BETO = "beto@example.com"
FIXED, PERCENT, CASHBACK, PRODUCT = 1, 2, 3, 4
GB = "/api/v4.0/integrations"
NOW = timedelta(0)  # reconcile without a grace period: the test waited for the late request itself


def stored_order(pos: PosHarness, vendor: str, order_id: str) -> list[dict[str, Any]]:
    with pos.sandbox.runtime.store.read() as db:
        rows = db.execute(
            "SELECT coupon, hold_reference FROM orders WHERE vendor = ? AND original_id = ?", (vendor, order_id)
        ).fetchall()
    return [{"coupon": row[0], "hold_reference": row[1]} for row in rows]


def redeems_with_key(pos: PosHarness, key: str) -> list[str]:
    with pos.sandbox.runtime.store.read() as db:
        rows = db.execute("SELECT state FROM redeems WHERE original_key = ?", (key,)).fetchall()
    return [str(row[0]) for row in rows]


def hold_states(pos: PosHarness) -> list[str]:
    return [str(h["state"]) for h in pos.state("gameball", ANA)["holds"]]


TERMINAL = str(Path(__file__).with_name("terminal.py"))


def terminal_env(pos: PosHarness) -> dict[str, str]:
    credentials = pos.sandbox.credentials
    return {
        **os.environ,
        "BQ_TOKEN": credentials.bonifiq_api_token,
        "BQ_KEY": credentials.bonifiq_api_key,
        "GB_KEY": credentials.gameball_api_key,
        "GB_SECRET": credentials.gameball_secret_key,
    }


def fail(_: Any) -> None:
    raise RuntimeError("the POS failed mid-sale")


# -- item 2: an order id reused after an abandoned sale --------------------------------------


def test_an_abandoned_order_id_is_refused_so_a_cancelled_redeem_is_never_replayed(pos: PosHarness) -> None:
    bq = pos.bonifiq()
    order_id = f"EXC-1-{pos.mode}"
    before = pos.points("bonifiq", ANA)
    sale = bq.pos.checkout(ANA, order_id, Decimal("80.00"))

    def redeem_then_fail(sale: Any) -> Any:
        async def body() -> None:
            await sale.rewards()
            await sale.redeem(FIXED)
            fail(sale)

        if pos.is_async:
            return body()
        sale.rewards()
        sale.redeem(FIXED)
        fail(sale)

    with pytest.raises(RuntimeError):
        pos.in_sale(sale, redeem_then_fail)
    assert sale.status is SaleStatus.ABANDONED and pos.points("bonifiq", ANA) == before
    with pytest.raises(errors.SaleStateError, match=order_id):
        bq.pos.checkout(ANA, order_id, Decimal("80.00"))
    assert pos.points("bonifiq", ANA) == before and stored_order(pos, "bonifiq", order_id) == []


def test_an_abandoned_gameball_order_id_is_refused(pos: PosHarness) -> None:
    gb = pos.gameball()
    order_id = f"EXC-gb-{pos.mode}"
    sale = gb.pos.checkout(ANA, order_id, Decimal("50.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    pos.run(sale.abandon())
    with pytest.raises(errors.SaleStateError, match=order_id):
        gb.pos.checkout(ANA, order_id, Decimal("50.00"))


# -- item 3: an order id reused after a completed sale -----------------------------------------


def test_a_completed_order_id_gives_the_sale_back_completed(pos: PosHarness) -> None:
    bq = pos.bonifiq()
    order_id = f"TW-1-{pos.mode}"
    first = bq.pos.checkout(ANA, order_id, Decimal("80.00"))
    pos.run(first.rewards())
    redemption = pos.run(first.redeem(FIXED))
    pos.run(first.complete(total="70.00"))
    points = pos.points("bonifiq", ANA)

    again = bq.pos.checkout(ANA, order_id, Decimal("80.00"))
    assert again.status is SaleStatus.COMPLETED
    with pytest.raises(errors.SaleStateError):
        pos.run(again.redeem(PERCENT))
    order = pos.run(again.complete(total="70.00"))
    assert order.already_existed and order.external_code == redemption.external_code
    assert pos.points("bonifiq", ANA) == points  # nothing debited a second time
    assert stored_order(pos, "bonifiq", order_id) == [{"coupon": redemption.external_code, "hold_reference": None}]
    # The customer id is the sale entry's: not in its state (once the order is sent) nor in its steps.
    kept = [bq.journal.sale("bonifiq", order_id).state] + [
        (s.request, s.detail) for s in bq.journal.steps("bonifiq", order_id)
    ]
    assert ANA not in json.dumps(kept, default=str)


def test_a_completed_gameball_order_id_gives_the_sale_back_completed(pos: PosHarness) -> None:
    gb = pos.gameball()
    order_id = f"TW-gb-{pos.mode}"
    first = gb.pos.checkout(ANA, order_id, Decimal("50.00"))
    pos.run(first.rewards())
    redemption = pos.run(first.redeem(POINTS_OPTION, cashback="5.00"))
    pos.run(first.complete(total="45.00"))
    points = pos.points("gameball", ANA)

    again = gb.pos.checkout(ANA, order_id, Decimal("50.00"))
    with pytest.raises(errors.SaleStateError):
        pos.run(again.redeem(POINTS_OPTION, cashback="3.00"))
    order = pos.run(again.complete(total="45.00"))
    assert order.already_existed and order.external_code == redemption.external_code
    assert pos.points("gameball", ANA) == points and hold_states(pos) == ["Used"]


@pytest.mark.parametrize("vendor", ["bonifiq", "gameball"])
def test_another_customer_or_value_for_a_known_order_id_is_refused(pos: PosHarness, vendor: str) -> None:
    client = pos.bonifiq() if vendor == "bonifiq" else pos.gameball()
    order_id = f"MM-{vendor}-{pos.mode}"
    client.pos.checkout(ANA, order_id, Decimal("50.00"))
    with pytest.raises(errors.SaleStateError, match=order_id) as other_value:
        client.pos.checkout(ANA, order_id, Decimal("60.00"))
    with pytest.raises(errors.SaleStateError, match=order_id) as other_customer:
        client.pos.checkout(BETO, order_id, Decimal("50.00"))
    assert ANA not in str(other_value.value) and BETO not in str(other_customer.value)
    assert client.pos.checkout(ANA, order_id, Decimal("50.00")).status is SaleStatus.OPEN  # the same sale


# -- item 4: a terminal killed after a cashback redeem, restarted on the same journal ----------


@pytest.mark.parametrize("vendor", ["bonifiq", "gameball"])
def test_a_terminal_killed_after_a_redeem_resumes_with_checkout_alone(
    pos: PosHarness, vendor: str, tmp_path: Path
) -> None:
    env = terminal_env(pos)
    script = TERMINAL
    journal = str(tmp_path / "terminal-7.db")
    order_id = f"KILL-{vendor}-{pos.mode}"
    args = [vendor, pos.mode, journal, pos.sandbox.base_url, order_id]
    balance_before = pos.state(vendor, ANA)

    terminal = subprocess.Popen([sys.executable, script, *args, "redeem"], stdout=subprocess.PIPE, text=True, env=env)
    assert terminal.stdout is not None
    external_code = terminal.stdout.readline().strip()
    terminal.send_signal(signal.SIGKILL)  # dies mid-sale: no __exit__, no abandon
    terminal.wait(timeout=10)
    terminal.stdout.close()
    assert external_code

    restarted = subprocess.run(
        [sys.executable, script, *args, "complete"], capture_output=True, text=True, env=env, timeout=60, check=True
    )
    seen = json.loads(restarted.stdout)
    assert seen == {"restored": external_code, "external_code": external_code}
    order = stored_order(pos, vendor, order_id)
    assert order == [
        {"coupon": external_code, "hold_reference": None}
        if vendor == "bonifiq"
        else {"coupon": None, "hold_reference": external_code}
    ]
    if vendor == "bonifiq":
        assert pos.cashback(ANA) == Decimal(str(balance_before["cashback"])) - Decimal("5.00")


def test_a_terminal_killed_while_its_redeem_is_in_flight_leaves_it_in_doubt_for_the_next(
    pos: PosHarness, tmp_path: Path
) -> None:
    journal = tmp_path / "terminal-9.db"
    order_id = f"INFLIGHT-{pos.mode}"
    before = pos.cashback(ANA)
    pos.fault("POST /v1/pvt/POS/rewards/{id}/redeem", "delay", seconds=1.5, times=1)
    terminal = subprocess.Popen(
        [sys.executable, TERMINAL, "bonifiq", pos.mode, str(journal), pos.sandbox.base_url, order_id, "redeem"],
        stdout=subprocess.DEVNULL,
        env=terminal_env(pos),
    )
    key = None
    deadline = time.monotonic() + 20
    # The intent is written before the request is sent: wait for the sandbox to hold the request too.
    while (key is None or not pos.fault_log()) and time.monotonic() < deadline:
        time.sleep(0.05)
        if key is None and journal.exists():
            with SQLiteJournal(journal) as store:
                key = next((s.idempotency_key for s in store.steps("bonifiq", order_id) if s.step == "redeem"), None)
    terminal.send_signal(signal.SIGKILL)  # dies waiting for the redeem's answer
    terminal.wait(timeout=10)
    assert key is not None
    deadline = time.monotonic() + 20  # a loaded machine may take a while to run the delayed request
    while not redeems_with_key(pos, key) and time.monotonic() < deadline:
        time.sleep(0.05)  # the redeem lands after its terminal died
    assert pos.cashback(ANA) == before - Decimal("5.00")

    bq = pos.bonifiq(journal=journal)
    sale = bq.pos.checkout(ANA, order_id, Decimal("50.00"))
    with pytest.raises(errors.SaleStateError, match="unknown"):
        pos.run(sale.complete(total="45.00"))  # the redeem may exist: not an order without it
    pos.run(sale.abandon())  # cancels it by its key
    assert pos.cashback(ANA) == before


# -- item 1: the in-flight race, and reconcile ---------------------------------------------


def test_a_redeem_landing_after_abandon_is_cancelled_by_reconcile(pos: PosHarness) -> None:
    bq = pos.bonifiq(timeout=0.4, max_retries=0)
    order_id = f"RACE-{pos.mode}"
    before = pos.points("bonifiq", ANA)
    sale = bq.pos.checkout(ANA, order_id, Decimal("80.00"))
    pos.run(sale.rewards())
    pos.fault("POST /v1/pvt/POS/rewards/{id}/redeem", "delay", seconds=1.0, times=1)
    with pytest.raises(errors.APITimeoutError):
        pos.run(sale.redeem(FIXED))
    pos.run(sale.abandon())  # cancels by OriginalKey: nothing there yet
    assert sale.status is SaleStatus.ABANDONED
    [step] = [s for s in bq.journal.steps("bonifiq", order_id) if s.step == "redeem"]
    assert step.outcome is StepOutcome.IN_DOUBT  # "abandoned, redeem in doubt"
    assert bq.journal.sale("bonifiq", order_id).state["redeem_in_doubt"] == step.idempotency_key

    assert pos.run(bq.pos.reconcile()).actions == ()  # within the grace period: left alone
    deadline = time.monotonic() + 10
    while not redeems_with_key(pos, step.idempotency_key or "") and time.monotonic() < deadline:
        time.sleep(0.05)  # the late redeem commits
    assert pos.points("bonifiq", ANA) < before

    report = pos.run(bq.pos.reconcile(older_than=NOW))
    assert [(a.order_id, a.step, a.action) for a in report.actions] == [(order_id, "redeem", "cancelled_late_redeem")]
    assert isinstance(report.actions[0], ReconcileAction)
    assert pos.points("bonifiq", ANA) == before  # whole again
    assert bq.journal.unsettled(vendor="bonifiq", older_than=NOW) == []
    assert pos.run(bq.pos.reconcile(older_than=NOW)).actions == ()  # settled: nothing more to do


@pytest.mark.parametrize("vendor", ["bonifiq", "gameball"])
def test_reconcile_sends_nothing_for_an_order_left_pending_by_a_dead_terminal_once_the_sale_is_completed(
    pos: PosHarness, vendor: str, tmp_path: Path
) -> None:
    journal = tmp_path / "terminal.db"
    order_id = f"DONE-{vendor}-{pos.mode}"
    client = pos.bonifiq(journal=journal) if vendor == "bonifiq" else pos.gameball(journal=journal)
    pos.run(client.pos.checkout(ANA, order_id, Decimal("50.00")).complete(total="50.00"))
    # A terminal on the same journal file that died between its order's intent and its outcome.
    client.journal.begin_step(vendor, order_id, "complete", idempotency_key=None, request={"total": "50.00"})
    pos.admin.delete("/faults/log").raise_for_status()

    report = pos.run(client.pos.reconcile(older_than=NOW))

    assert [(a.step, a.action) for a in report.actions] == [("complete", "already_completed")]
    assert len(stored_order(pos, vendor, order_id)) == 1
    assert client.journal.unsettled(vendor=vendor, older_than=NOW) == []


@pytest.mark.parametrize(
    ("vendor", "route"), [("bonifiq", "POST /v1/pvt/POS/orders"), ("gameball", f"POST {GB}/orders")]
)
def test_reconcile_resends_an_order_whose_answer_was_lost(pos: PosHarness, vendor: str, route: str) -> None:
    client = pos.bonifiq(max_retries=0) if vendor == "bonifiq" else pos.gameball(max_retries=0)
    order_id = f"LOST-{vendor}-{pos.mode}"
    sale = client.pos.checkout(ANA, order_id, Decimal("50.00"))
    pos.run(sale.rewards())
    redemption = pos.run(
        sale.redeem(FIXED if vendor == "bonifiq" else POINTS_OPTION, cashback=None if vendor == "bonifiq" else "5.00")
    )
    pos.fault(route, "drop_before_commit", times=1)
    with pytest.raises(errors.APIConnectionError):
        pos.run(sale.complete(total="45.00"))
    assert stored_order(pos, vendor, order_id) == []
    pos.run(sale.close())  # the terminal goes away here: reconcile leaves a sale alone while it is held (issue 17)

    report = pos.run(client.pos.reconcile(older_than=NOW))
    assert [(a.step, a.action) for a in report.actions] == [("complete", "resent_order")]
    [order] = stored_order(pos, vendor, order_id)
    assert redemption.external_code in (order["coupon"], order["hold_reference"])
    assert client.journal.sale(vendor, order_id).status is SaleStatus.COMPLETED
    again = pos.run(client.pos.checkout(ANA, order_id, Decimal("50.00")).complete(total="45.00"))
    assert again.already_existed and again.external_code == redemption.external_code


def test_reconcile_releases_the_hold_of_an_abandoned_gameball_sale(pos: PosHarness) -> None:
    gb = pos.gameball(max_retries=0)
    order_id = f"HOLD-{pos.mode}"
    before = pos.points("gameball", ANA)
    sale = gb.pos.checkout(ANA, order_id, Decimal("50.00"))
    pos.run(sale.rewards())
    pos.run(sale.redeem(POINTS_OPTION, cashback="5.00"))
    pos.fault(f"DELETE {GB}/transactions/hold/{{holdReferenceId}}", "drop_before_commit", times=1)
    with pytest.raises(errors.APIConnectionError):
        pos.run(sale.abandon())
    assert hold_states(pos) == ["Active"]
    pos.run(sale.close())  # the terminal gives up: reconcile leaves a sale alone while it is held (issue 17)

    report = pos.run(gb.pos.reconcile(older_than=NOW))
    assert [(a.order_id, a.step, a.action) for a in report.actions] == [(order_id, "abandon", "released_hold")]
    assert hold_states(pos) != ["Active"] and pos.points("gameball", ANA) == before
    assert gb.journal.sale("gameball", order_id).status is SaleStatus.ABANDONED


# -- offline: the order outbox -----------------------------------------------------------------


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])  # closed again when the socket is


@pytest.mark.parametrize("vendor", ["bonifiq", "gameball"])
def test_offline_complete_with_loyalty_down_queues_the_order(pos: PosHarness, vendor: str) -> None:
    down = f"http://127.0.0.1:{closed_port()}"
    client = (pos.bonifiq if vendor == "bonifiq" else pos.gameball)(base_url=down, max_retries=0)
    sale = client.pos.checkout(ANA, f"OFF-{vendor}-{pos.mode}", Decimal("50.00"))
    with pytest.raises(errors.APIConnectionError):
        pos.run(sale.complete(total="50.00"))  # without offline=True: the error, as before
    order = pos.run(sale.complete(total="50.00", offline=True))  # never reached the API: no rewards()
    assert order.queued and order.external_code is None and sale.status is SaleStatus.COMPLETED
    [queued] = client.journal.outbox(vendor=vendor)
    assert queued.order_id == sale.order_id and set(queued.body) == {"request"}
    key = "OriginalId" if vendor == "bonifiq" else "orderId"
    assert queued.body["request"][key] == sale.order_id
    assert client.journal.sale(vendor, sale.order_id).status is SaleStatus.COMPLETED
    assert client.journal.sale(vendor, sale.order_id).state["order"]["queued"] is True


def test_offline_complete_after_a_redeem_queues_the_order_with_its_coupon(pos: PosHarness) -> None:
    bq = pos.bonifiq(max_retries=0)
    sale = bq.pos.checkout(ANA, f"OFF-redeem-{pos.mode}", Decimal("80.00"))
    pos.run(sale.rewards())
    redemption = pos.run(sale.redeem(FIXED))
    pos.fault("POST /v1/pvt/POS/orders", "status_503", times=1)
    order = pos.run(sale.complete(total="70.00", offline=True))
    assert order.queued and order.external_code == redemption.external_code
    [queued] = bq.journal.outbox(vendor="bonifiq")
    assert queued.body["request"]["Coupon"] == redemption.external_code
    assert bq.journal.unsettled(vendor="bonifiq", older_than=NOW) == []  # the outbox delivers it, not reconcile


def test_a_product_reward_is_priced_after_a_restart_from_the_terms_kept_in_the_journal(
    pos: PosHarness, tmp_path: Path
) -> None:
    journal = tmp_path / "terminal-3.db"
    order_id = f"PROD-{pos.mode}"
    cart = [Product("SKU-100", "60.00", quantity=2)]
    first = pos.bonifiq(journal=journal)
    sale = first.pos.checkout(ANA, order_id, Decimal("120.00"), products=cart)
    pos.run(sale.rewards())
    redemption = pos.run(sale.redeem(PRODUCT))
    pos.run(first.close())  # the terminal stops; another process takes the journal file

    restarted = pos.bonifiq(journal=journal).pos.checkout(ANA, order_id, Decimal("120.00"), products=cart)
    assert restarted.status is SaleStatus.REDEEMED and restarted.redemption == redemption
    order = pos.run(restarted.complete(total="100.00"))  # no reward_price: the reward's terms were kept
    assert order.external_code == redemption.external_code
    stored = pos.run(pos.bonifiq().orders.get(order_id))
    assert [p.original_id for p in stored.products] == ["SKU-100", "SKU-100"]


def test_two_sale_objects_of_one_order_both_write_their_state(pos: PosHarness) -> None:
    bq = pos.bonifiq()
    order_id = f"TWICE-{pos.mode}"
    first = bq.pos.checkout(ANA, order_id, Decimal("80.00"))
    second = bq.pos.checkout(ANA, order_id, Decimal("80.00"))  # e.g. the POS's screen opened twice
    pos.run(first.rewards())
    redemption = pos.run(first.redeem(FIXED))
    pos.run(second.rewards())
    assert pos.run(second.redeem(FIXED)) == redemption  # same key: the same redeem, its state written over
    order = pos.run(second.complete(total="70.00"))
    assert order.external_code == redemption.external_code
    assert bq.journal.sale("bonifiq", order_id).status is SaleStatus.COMPLETED
