"""The soak rig itself: sales played at once stay independent, the reconciliation sees the
sandbox's truth over HTTP (it catches what it should), and the sandbox process survives SIGKILL."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import httpx
import pytest

from loyaltykit.journal import SQLiteJournal
from loyaltykit.sandbox import RunningSandbox
from soak.engine import Soak, run_soak
from soak.reconciliation import Reconciliation
from soak.sandbox_process import SandboxProcess
from soak.terminal import SaleResult, Terminal

SEED = 20260


def signature(result: SaleResult) -> tuple[Any, ...]:
    """What a sale did, without what the sandbox numbers freshly (codes, references)."""
    faults = sorted(result.faults.items())
    return (result.outcome, result.attempts, result.crashes, faults, result.cost_points, result.cost_cashback)


def timed_out(result: SaleResult) -> bool:
    """Whether a request of the sale outlived the clients' timeout: an injected delay, or a busy
    machine. Either makes what follows depend on timing (where the late write lands, or a timeout
    nobody injected), which no seed fixes."""
    return any(seen.kind == "APITimeoutError" for seen in result.errors)


def test_a_sale_plays_the_same_alone_and_among_others(soak_sandbox: RunningSandbox) -> None:
    indices = range(16)
    alone, _, _ = run_soak(SEED, indices, sandbox=soak_sandbox, workers=1)
    together, _, _ = run_soak(SEED, indices, sandbox=soak_sandbox, workers=16)
    assert [r.plan.index for r in together.results] == list(indices)
    pairs = [(a, t) for a, t in zip(alone.results, together.results, strict=True) if not (timed_out(a) or timed_out(t))]
    assert len(pairs) >= len(indices) // 2
    assert [signature(t) for _, t in pairs] == [signature(a) for a, _ in pairs]
    assert sum(sum(t.faults.values()) for _, t in pairs) > 0  # not a vacuous comparison


def test_the_reconciliation_reports_what_the_sandbox_does_not_hold(soak_sandbox: RunningSandbox) -> None:
    soak = Soak(SEED, soak_sandbox)
    try:
        soak.setup()
        soak.run(range(12), workers=4)
        assert Reconciliation(soak).reconcile() == []
        completed = next(r for r in soak.results if r.final == "completed" and r.plan.vendor == "bonifiq")
        abandoned = next(r for r in soak.results if r.final == "abandoned" and r.plan.vendor == "gameball")
        completed.cost_points += 7  # a client that believes it spent more than the ledger says
        order = {
            "customerId": abandoned.plan.own_customer,
            "orderId": "placed-behind-the-soak",
            "orderDate": "2026-01-01T00:00:00Z",
            "totalPaid": 10,
        }
        headers = {
            "apikey": soak_sandbox.credentials.gameball_api_key,
            "secretkey": soak_sandbox.credentials.gameball_secret_key,
        }
        httpx.post(soak_sandbox.gameball_base_url + "/orders", json=order, headers=headers).raise_for_status()
        found = [(d.plan.index if d.plan else None, d.what) for d in Reconciliation(soak).reconcile()]
    finally:
        soak.close()
    assert (completed.plan.index, "order placed-behind-the-soak belongs to no sale of this run") not in found
    assert (abandoned.plan.index, "order placed-behind-the-soak belongs to no sale of this run") in found
    assert any(index == completed.plan.index and "the clients' sales account for" in what for index, what in found)


def test_the_sandbox_process_keeps_its_state_across_sigkill(tmp_path: Any) -> None:
    with SandboxProcess(db=str(tmp_path / "sandbox.db")) as process:
        admin = httpx.Client(base_url=process.admin_url, timeout=10)
        admin.post("/reset", json={"seed": "demo"}).raise_for_status()
        admin.post("/bonifiq/customers/ana@example.com/copy", json={"to": "kept@example.com"}).raise_for_status()
        port = process.port
        process.restart()
        state = admin.get("/bonifiq/customers/kept@example.com")
        admin.close()
    assert (process.port, process.restarts) == (port, 1)
    assert state.status_code == 200 and Decimal(str(state.json()["cashback"])) > 0


def test_a_short_run_on_its_own_sandbox_process_reconciles() -> None:
    soak, discrepancies, _ = run_soak(SEED, range(16), workers=8)
    assert discrepancies == [] and len(soak.results) == 16


def test_the_sandbox_can_be_killed_and_restarted_mid_run() -> None:
    # Only that the run survives it: until the sandbox keeps Gameball hold references across a
    # restart, a reissued one may collide (why ``--kill-sandbox`` is off by default).
    soak, _, _ = run_soak(SEED, range(12), workers=6, kill_sandbox=1)
    assert soak.sandbox_restarts == 1 and len(soak.results) == 12


# -- the journal's scenarios (issue 13) ----------------------------------------------------------


@pytest.fixture(scope="module")
def journal_run(soak_sandbox: RunningSandbox) -> tuple[Soak, list[str]]:
    """One run of about 48 sales, reconciled: it holds each of the journal's scenarios."""
    soak = Soak(SEED, soak_sandbox)
    try:
        soak.setup()
        # Plus sales whose first terminal dies right after it completed or abandoned, on a journal file.
        ended = [
            p.index
            for p in soak.plans(range(40, 400))
            if p.file_journal and (p.crash_at, p.abandon_at is None) in (("complete", True), ("abandon", False))
        ]
        # And first terminals in a process of their own, SIGKILLed after a cashback redeem.
        redeemed = [
            p.index
            for p in soak.plans(range(40, 2000))
            if p.own_process and p.crash_at == "redeem" and p.reward in ("cashback", "points")
        ]
        soak.run([*range(40), *ended[:8], *redeemed[:3]], workers=12)
        found = [str(d) for d in Reconciliation(soak).reconcile(workers=8)]
    finally:
        soak.close()
    return soak, found


def test_reused_order_ids_are_given_back_or_refused_and_nothing_moves(journal_run: tuple[Soak, list[str]]) -> None:
    soak, found = journal_run
    assert found == []
    reused = {(r.plan.reuse, r.final): r for r in soak.results if r.plan.reuse is not None}
    other = next(r for r in soak.results if r.plan.reuse == "other_value")
    assert set(reused) >= {("same", "completed"), ("same", "abandoned")}
    given_back = reused["same", "completed"]
    assert given_back.reuse == ["checkout: completed", "redeem: SaleStateError", "complete: already_existed=True"]
    assert reused["same", "abandoned"].reuse == other.reuse == ["checkout: SaleStateError"]
    # The checks catch a reuse that sent something, or that moved the vendor's state.
    assert given_back.reuse_footprints is not None
    before, after = given_back.reuse_footprints
    given_back.reuse = ["checkout: completed", "redeem: already_existed=False", "complete: already_existed=False"]
    given_back.reuse_footprints = (before, {**after, "ledger": [*after["ledger"], {"id": 0, "points": -5}]})
    caught = Reconciliation._check_reuse(given_back)
    assert len(caught) == 2 and "not ['checkout: completed'" in caught[0] and "the vendor's state moved" in caught[1]


def test_a_redeem_tapped_twice_at_once_makes_one_redeem(journal_run: tuple[Soak, list[str]]) -> None:
    soak, found = journal_run
    assert found == []
    tapped = [r for r in soak.results if r.plan.double_tap and r.tap_spends is not None]
    both = [r for r in tapped if [outcome for a, outcome, _ in r.double_taps if a == 0] == ["redeemed", "redeemed"]]
    assert any(r.tap_spends == 1 for r in both) and all((r.tap_spends or 0) <= 1 for r in tapped)
    assert {r.plan.mode for r in tapped} == {"sync", "async"}  # two threads, and two tasks
    # The check catches two redeems (or holds), and two redemptions given to the two taps.
    sale = both[0]
    sale.tap_spends = 2
    sale.double_taps = [(0, "redeemed", "HOLD-A"), (0, "redeemed", "HOLD-B"), (1, "redeemed", "HOLD-C")]
    assert Reconciliation._check_double_tap(sale) == [
        "a double tap made 2 redeems/holds",
        "a double tap (attempt 0) got two redemptions: ['HOLD-A', 'HOLD-B']",
    ]


def test_an_order_completed_offline_is_flushed_after_the_sale_and_stored_once(
    journal_run: tuple[Soak, list[str]],
) -> None:
    soak, found = journal_run
    assert found == []
    queued = [r for r in soak.results if r.queued]
    assert queued and all(r.plan.offline and r.final == "completed" and r.flushed for r in queued)
    # The check catches an order never delivered, and one stored twice.
    queued[0].flushed = 0
    assert Reconciliation._check_offline(queued[0], 2) == [
        "the order is stored 2 times",
        "1 order(s) queued offline, none delivered by the flush",
    ]


def test_a_terminal_whose_journal_is_a_file_is_resumed_from_it(journal_run: tuple[Soak, list[str]]) -> None:
    soak, found = journal_run
    assert found == []
    resumed = [r for r in soak.results if r.plan.file_journal and r.attempts > 1]
    seen = {restored for r in resumed for restored in r.restored}
    # The successor checks out without resume=: the file gives it the sale as the dead terminal left it.
    assert {"completed", "abandoned (refused)"} <= {s.split(" with")[0] for s in seen}
    assert any(s.endswith("with its redemption") for s in seen)
    # The check catches a successor that found the sale ended one way and saw it end another.
    sale = next(r for r in resumed if r.restored == ["abandoned (refused)"])
    sale.final = "completed"
    assert Reconciliation._check_file_journal(sale) == ["the journal file said abandoned, the sale ended completed"]


def test_a_terminal_killed_in_its_own_process_is_resumed_from_its_journal_file(
    journal_run: tuple[Soak, list[str]],
) -> None:
    soak, found = journal_run
    assert found == []
    killed = [r for r in soak.results if r.plan.own_process and r.sigkilled]
    after_redeem = [r for r in killed if r.plan.crash_at == "redeem" and r.restored[0].endswith("with its redemption")]
    # Its successor found the redeem in the file (no resume=) and the sale reconciles (found == []).
    assert after_redeem and all(r.crashes >= 1 and r.final in ("completed", "abandoned") for r in after_redeem)


def test_a_successor_goes_on_from_the_redeem_its_journal_file_restored(soak_sandbox: RunningSandbox) -> None:
    # Seed 692790, sale 398 (BonifiQ, PIN, fixed reward): the first terminal dies after its order's
    # answer was lost; the file restores the redeemed sale, on which BonifiQ offers no rewards():
    # the successor must complete from its record, not start the sale's steps over.
    soak, discrepancies, _ = run_soak(692790, [398], sandbox=soak_sandbox)
    assert [str(d) for d in discrepancies] == []
    (sale,) = soak.results
    assert sale.restored == ["redeemed with its redemption"] and sale.outcome == "completed, reward redeemed"


def test_an_offline_order_is_flushed_again_when_the_sandbox_went_away_during_the_flush(
    soak_sandbox: RunningSandbox,
) -> None:
    # Seed 692790, sale 386: a flush during the sandbox's SIGKILL restart left the order queued
    # (for the outbox's 30 s backoff). Here the order's route stays down for the first flush.
    soak = Soak(SEED, soak_sandbox)
    try:
        soak.setup()
        soak.sandbox_may_restart = True
        plan = next(p for p in soak.plans(range(400)) if p.vendor == "bonifiq" and p.mode == "sync" and not p.pin)
        soak.open_customer(plan)
        terminal = Terminal(soak, plan)
        journal = SQLiteJournal()
        terminal.result.journals.append(journal)
        client, http = terminal.client(journal)
        sale = client.pos.checkout(
            plan.own_customer, plan.order_id, plan.value, products=[plan.product] if plan.product else None
        )
        down = {"route": "POST /v1/pvt/POS/orders", "kind": "status_503", "scope": plan.order_id}
        soak.admin.post("/faults", json={"faults": [{**down, "times": 2 * (plan.max_retries + 1)}]}).raise_for_status()
        assert sale.complete(total=plan.value, offline=True).queued
        client.close()
        http.close()
        asyncio.run(terminal._flush_outboxes())
        journal.close()
    finally:
        soak.close()
    assert terminal.result.flushed == 1
