"""Reconciliation: the sandbox's truth (orders, redeems, holds, ledger) against what the clients believe.

After the run the sandbox clock is moved past the Gameball hold lifetime (orphan holds, whose
answer was lost, are released only by expiry); ``reconcile`` lists every discrepancy.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from .plan import FUND_PREFIX, SalePlan
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
    def __init__(self, soak: Soak) -> None:
        self.soak = soak
        self.admin = soak.admin
        self.results = soak.results
        self.seed = soak.seed
        self.opening = soak.opening

    def _rows(self, sql: str) -> list[dict[str, Any]]:
        # The sandbox has no view of orders, BonifiQ redeems or Gameball holds by order: read its
        # store directly (in-process, read-only). The ledger itself comes from the admin API.
        with self.soak.sandbox.runtime.store.read() as db:
            return [dict(row) for row in db.execute(sql).fetchall()]

    def reconcile(self) -> list[Discrepancy]:
        ttl = int(self.admin.get("/gameball/settings").json()["hold_ttl_seconds"])
        self.admin.post("/clock", json={"advance_seconds": ttl + 1}).raise_for_status()
        found: list[Discrepancy] = []
        orders = {(r["vendor"], r["original_id"]): r for r in self._rows("SELECT * FROM orders")}
        redeems = {r["original_key"]: r for r in self._rows("SELECT * FROM redeems")}
        holds = {r["reference"]: r for r in self._rows("SELECT * FROM holds")}
        by_order = {(r.plan.vendor, r.plan.order_id): r for r in self.results}
        known_keys = {key for r in self.results for key in r.keys}

        for result in self.results:
            found += [Discrepancy(problem, result.plan) for problem in result.problems]
            found += [Discrepancy(problem, result.plan) for problem in self._check_errors(result)]
            if result.final not in ("completed", "abandoned"):
                found.append(Discrepancy(f"never finished after {result.attempts} attempts", result.plan))
                continue
            order = orders.get((result.plan.vendor, result.plan.order_id))
            if result.plan.vendor == "bonifiq":
                problems = self._check_bonifiq(result, order, redeems)
            else:
                problems = self._check_gameball(result, order, holds)
            found += [Discrepancy(problem, result.plan) for problem in problems]

        for vendor, order_id in orders:
            if order_id.startswith(FUND_PREFIX):
                continue
            owner = by_order.get((vendor, order_id))
            if owner is None and order_id.startswith(f"soak-{self.seed}-"):
                found.append(Discrepancy(f"{vendor} order {order_id} belongs to no sale of this run"))
        for key, redeem in redeems.items():
            if key not in known_keys and redeem["state"] == "active":
                found.append(Discrepancy(f"active BonifiQ redeem {key} ({redeem['external_code']}) of no sale"))
        for reference, hold in holds.items():
            if hold["state"] == "Active":
                found.append(Discrepancy(f"Gameball hold {reference} still active after expiry"))
            if hold["state"] == "Used":
                owner = by_order.get(("gameball", hold["order_id"] or ""))
                if owner is None or owner.final != "completed":
                    what = f"Gameball hold {reference} used by order {hold['order_id']!r}, which no sale completed"
                    found.append(Discrepancy(what))

        for (vendor, customer), (points, cashback, last_id) in self.opening.items():
            found += self._check_balance(vendor, customer, points, cashback, last_id, orders)
        return found

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

    def _check_balance(
        self, vendor: str, customer: str, points: int, cashback: Decimal, last_id: int, orders: dict[Any, Any]
    ) -> list[Discrepancy]:
        state = self.soak.state(vendor, customer)
        moves = [e for e in state["ledger"] if e["id"] > last_id]
        moved_points = sum(int(e["points"]) for e in moves)
        moved_cashback = sum((Decimal(str(e["cashback"])) for e in moves), Decimal(0))
        final_points, final_cashback = int(state["points"]), Decimal(str(state["cashback"]))
        found = []
        if (final_points, final_cashback) != (points + moved_points, cashback + moved_cashback):
            found.append(
                Discrepancy(
                    f"{vendor} {customer}: balance {final_points}/{final_cashback} != opening "
                    f"{points}/{cashback} + ledger {moved_points}/{moved_cashback}"
                )
            )
        believed_points, believed_cashback = points, cashback
        for result in self.results:
            if result.plan.vendor != vendor or result.plan.customer != customer or result.final != "completed":
                continue
            believed_points -= result.cost_points
            believed_cashback -= result.cost_cashback
            order = orders.get((vendor, result.plan.order_id))
            if vendor == "gameball" and order is not None:
                if result.already_existed and result.external_code is None:
                    # Registered by an earlier terminal of this sale, with the hold that one held
                    # (checked above to be one the clients received) and the total it sent.
                    believed_points -= result.holds.get(order["hold_reference"], 0)
                believed_points += int(Decimal(order["total"]))  # Gameball credits 1 point per unit paid
        if (final_points, final_cashback) != (believed_points, believed_cashback):
            found.append(
                Discrepancy(
                    f"{vendor} {customer}: balance {final_points}/{final_cashback}, the clients' sales account "
                    f"for {believed_points}/{believed_cashback}"
                )
            )
        return found
