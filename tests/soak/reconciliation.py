"""Reconciliation: the sandbox's truth (orders, redeems, holds, ledger) against what the clients believe.

After the run the sandbox clock is moved past the Gameball hold lifetime (orphan holds, whose
answer was lost, are released only by expiry); ``reconcile`` lists every discrepancy.
"""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from loyaltykit.checkout import SaleStatus

from .plan import SalePlan
from .terminal import SaleResult

if TYPE_CHECKING:
    from .engine import Soak


@dataclass(frozen=True)
class Discrepancy:
    what: str
    plan: SalePlan | None = None

    def __str__(self) -> str:
        return f"{self.plan.describe()}: {self.what}" if self.plan else self.what


class Reconciliation:
    """Each sale against its own customer, as the sandbox's admin API shows it (over HTTP: the
    sandbox may be another process, and its database file is not the soak's business)."""

    def __init__(self, soak: Soak) -> None:
        self.admin = soak.admin
        self.results = soak.results

    def reconcile(self, *, workers: int = 1) -> list[Discrepancy]:
        ttl = int(self._get("/gameball/settings")["hold_ttl_seconds"])
        self.admin.post("/clock", json={"advance_seconds": ttl + 1}).raise_for_status()
        with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="reconcile") as pool:
            found = list(pool.map(self._sale, self.results))
        return [discrepancy for sale in found for discrepancy in sale]

    def _get(self, path: str) -> Any:
        response = self.admin.get(path)
        response.raise_for_status()
        return json.loads(response.content, parse_float=Decimal)  # amounts stay exact

    def _sale(self, result: SaleResult) -> list[Discrepancy]:
        plan = result.plan
        customer = f"/{plan.vendor}/customers/{plan.own_customer}"
        state = self._get(customer)
        listed = self._get(customer + "/orders")["orders"]
        orders = {order["order_id"]: order for order in listed}
        order = orders.get(plan.order_id)
        problems = [*result.problems, *self._check_errors(result)]
        if result.final not in ("completed", "abandoned"):
            problems.append(f"never finished after {result.attempts} attempts")
        problems += [f"order {other} belongs to no sale of this run" for other in orders if other != plan.order_id]
        if plan.vendor == "bonifiq":
            redeems = {redeem["original_key"]: redeem for redeem in self._get(customer + "/redeems")["redeems"]}
            if result.final in ("completed", "abandoned"):
                problems += self._check_bonifiq(result, order, redeems)
            for key, redeem in redeems.items():
                if key not in result.keys and redeem["state"] == "active":
                    problems.append(f"active BonifiQ redeem {key} ({redeem['external_code']}) of no sale")
        else:
            holds = {hold["reference"]: hold for hold in self._get(customer + "/holds")["holds"]}
            if result.final in ("completed", "abandoned"):
                problems += self._check_gameball(result, order, holds)
            for reference, hold in holds.items():
                if hold["state"] == "Active":
                    problems.append(f"Gameball hold {reference} still active after expiry")
                if hold["state"] == "Used" and (hold["order_id"] != plan.order_id or result.final != "completed"):
                    problems.append(
                        f"Gameball hold {reference} used by order {hold['order_id']!r}, which no sale completed"
                    )
        problems += self._check_balance(result, state, order)
        stored = sum(1 for listed_order in listed if listed_order["order_id"] == plan.order_id)
        problems += [*self._check_reuse(result), *self._check_double_tap(result), *self._check_offline(result, stored)]
        problems += self._check_file_journal(result)
        return [Discrepancy(problem, plan) for problem in problems]

    @staticmethod
    def _check_errors(result: SaleResult) -> list[str]:
        problems = []
        for seen in result.errors:
            where = f"attempt {seen.attempt}, {seen.step}"
            if not seen.typed:
                problems.append(f"{where}: not a loyaltykit.errors exception: {seen.kind}: {seen.message}")
            elif len(seen.message.strip()) < 10:
                problems.append(f"{where}: unclear message {seen.kind}({seen.message!r})")
        return problems

    @staticmethod
    def _check_bonifiq(result: SaleResult, order: dict[str, Any] | None, redeems: dict[str, Any]) -> list[str]:
        problems = []
        mine = [redeems[key] for key in sorted(result.keys) if key in redeems]
        active = [r for r in mine if r["state"] == "active"]
        if len(active) > 1:
            problems.append(f"redeemed twice: {[r['external_code'] for r in active]}")
        if result.final == "completed":
            if order is None:
                return [*problems, "completed, but BonifiQ has no such order"]
            if result.external_code is None:
                if order["redeem_id"] is not None or active:
                    problems.append(f"completed without a reward, but a redeem is spent: {active or order['coupon']}")
                return problems
            linked = next((r for r in mine if r["external_code"] == result.external_code), None)
            if order["coupon"] != result.external_code:
                problems.append(f"the order carries coupon {order['coupon']!r}, the client {result.external_code!r}")
            if linked is None:
                problems.append(f"no redeem {result.external_code} among the sale's keys")
            elif linked["state"] != "active" or linked["order_id"] != order["id"]:
                problems.append(
                    f"redeem {result.external_code} is {linked['state']}, linked to order {linked['order_id']}, "
                    f"not to {order['id']}: the sale has no live redeem"
                )
            stray = [r["external_code"] for r in active if r["external_code"] != result.external_code]
            if stray:
                problems.append(f"other redeems still spent: {stray}")
            return problems
        if order is not None:
            problems.append(f"abandoned, but BonifiQ has the order (coupon {order['coupon']!r})")
        for redeem in mine:
            back = Decimal(redeem["restored_cashback"]) == Decimal(redeem["cashback"])
            if redeem["state"] != "canceled" or redeem["restored_points"] != redeem["points"] or not back:
                problems.append(f"abandoned, but redeem {redeem['external_code']} is {redeem['state']}, not given back")
        return problems

    @staticmethod
    def _check_gameball(result: SaleResult, order: dict[str, Any] | None, holds: dict[str, Any]) -> list[str]:
        problems = []
        mine = {reference: holds[reference] for reference in sorted(result.holds) if reference in holds}
        missing = set(result.holds) - set(mine)
        if missing:
            problems.append(f"holds the client received are unknown to Gameball: {sorted(missing)}")
        used = [reference for reference, hold in mine.items() if hold["state"] == "Used"]
        if result.final == "completed":
            if order is None:
                return [*problems, "completed, but Gameball has no such order"]
            if Decimal(order["total"]) not in result.sent_totals:
                problems.append(f"the order's total {order['total']} is none the clients sent: {result.sent_totals}")
            if result.external_code is not None and order["hold_reference"] != result.external_code:
                problems.append(f"the order used hold {order['hold_reference']!r}, the client {result.external_code!r}")
            # Only an order an earlier terminal registered may carry a hold the last one does not know.
            earlier = result.already_existed and order["hold_reference"] in result.holds
            if result.external_code is None and order["hold_reference"] is not None and not earlier:
                problems.append(f"completed without a reward, but the order used hold {order['hold_reference']}")
            if len(used) > 1:
                problems.append(f"redeemed twice: holds {used} used")
            return problems
        if order is not None:
            problems.append(f"abandoned, but Gameball has the order (hold {order['hold_reference']!r})")
        if used:
            problems.append(f"abandoned, but holds {used} were used")
        return problems

    @staticmethod
    def _check_reuse(result: SaleResult) -> list[str]:
        """A reused order id: a completed sale comes back completed and sends nothing; an abandoned
        one, or another purchase value, is refused. Either way nothing moves at the vendor."""
        plan = result.plan
        if plan.reuse is None or result.final is None:
            return []
        if plan.reuse == "same" and result.final == "completed":
            expected = ["checkout: completed", "redeem: SaleStateError", "complete: already_existed=True"]
        else:
            expected = ["checkout: SaleStateError"]
        problems = (
            [] if result.reuse == expected else [f"order id reused ({plan.reuse}): {result.reuse}, not {expected}"]
        )
        before, after = result.reuse_footprints or (None, None)
        if before != after:
            problems.append(f"order id reused ({plan.reuse}): the vendor's state moved: {before} -> {after}")
        return problems

    @staticmethod
    def _check_double_tap(result: SaleResult) -> list[str]:
        """A redeem tapped twice at once makes one redeem (one hold), which both taps get."""
        problems = []
        if result.tap_spends is not None and result.tap_spends > 1:
            problems.append(f"a double tap made {result.tap_spends} redeems/holds")
        # Per terminal: a restarted one, on a fresh journal, cannot find an earlier terminal's hold.
        for attempt in sorted({attempt for attempt, _, _ in result.double_taps}):
            codes = {code for a, outcome, code in result.double_taps if a == attempt and outcome == "redeemed"}
            if len(codes) > 1:
                problems.append(f"a double tap (attempt {attempt}) got two redemptions: {sorted(codes)}")
        return problems

    @staticmethod
    def _check_offline(result: SaleResult, stored: int) -> list[str]:
        """An order queued offline is delivered by the flush after the sale, and stored once."""
        problems = [f"the order is stored {stored} times"] if stored > 1 else []
        if result.queued and not result.flushed:
            problems.append(f"{result.queued} order(s) queued offline, none delivered by the flush")
        return problems

    @staticmethod
    def _check_file_journal(result: SaleResult) -> list[str]:
        """A successor opening the dead terminal's journal file finds the sale as it ended, if it did."""
        # "completed[ with its redemption]", "abandoned (refused)"; an unfinished one is the successor's to finish.
        ended = (SaleStatus.COMPLETED.value, SaleStatus.ABANDONED.value)
        wrong = [end for seen in result.restored if (end := seen.split(" ")[0]) in ended and end != result.final]
        return [f"the journal file said {wrong[0]}, the sale ended {result.final}"] if wrong else []

    @staticmethod
    def _check_balance(result: SaleResult, state: dict[str, Any], order: dict[str, Any] | None) -> list[str]:
        """The balance adds up to the opening plus the ledger, and to what the clients believe."""
        vendor = result.plan.vendor
        points, cashback, last_id = result.opening
        moves = [e for e in state["ledger"] if e["id"] > last_id]
        moved_points = sum(int(e["points"]) for e in moves)
        moved_cashback = sum((Decimal(e["cashback"]) for e in moves), Decimal(0))
        final_points, final_cashback = int(state["points"]), Decimal(state["cashback"])
        found = []
        if (final_points, final_cashback) != (points + moved_points, cashback + moved_cashback):
            found.append(
                f"balance {final_points}/{final_cashback} != opening "
                f"{points}/{cashback} + ledger {moved_points}/{moved_cashback}"
            )
        believed_points, believed_cashback = points, cashback
        if result.final == "completed":
            believed_points -= result.cost_points
            believed_cashback -= result.cost_cashback
            if vendor == "gameball" and order is not None:
                if result.already_existed and result.external_code is None:
                    # Registered by an earlier terminal of this sale, with the hold that one held
                    # (checked above to be one the clients received) and the total it sent.
                    believed_points -= result.holds.get(order["hold_reference"], 0)
                believed_points += int(Decimal(order["total"]))  # Gameball credits 1 point per unit paid
        if (final_points, final_cashback) != (believed_points, believed_cashback):
            found.append(
                f"balance {final_points}/{final_cashback}, the clients' sales account "
                f"for {believed_points}/{believed_cashback}"
            )
        return found
