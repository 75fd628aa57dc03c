"""The POS soak (issue 8): randomized sales under faults and terminal crashes, then reconciled.

The orchestrator: it sets the sandbox up, plays every sale (``plan`` draws it, ``terminal`` plays
it), reconciles (``reconciliation``) and hands the numbers to ``report``. Sales run one after the
other against one in-process sandbox: the faults of a step are installed just before it (rules
with ``times``, on that step's routes) and cleared just after, so every fault belongs to exactly
one step of one sale, and the fault log says which fired.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any

import httpx

import loyaltykit
from loyaltykit.sandbox import Credentials, RunningSandbox, SandboxConfig, start_in_thread

from .plan import CREATED, DELAY, FUND_PREFIX, GB, RETRY_AFTER, SEEDED, VENDORS, FaultDraws, SalePlan, make_plan
from .reconciliation import Discrepancy, Reconciliation
from .report import Stats, report
from .terminal import MAX_ATTEMPTS, SLEEP_SCALE, TIMEOUT, Attempt, PosRecord, SaleResult

# --------------------------------------------------------------------------- the run


class Soak:
    def __init__(self, seed: int, *, sandbox: RunningSandbox | None = None) -> None:
        self.seed = seed
        self.own_sandbox = sandbox is None
        self.sandbox = sandbox or start_in_thread(SandboxConfig(credentials=Credentials(), random_seed=seed))
        self.admin = httpx.Client(base_url=self.sandbox.admin_url, timeout=10)
        self.stats = Stats()
        self.results: list[SaleResult] = []
        self.customers: dict[str, list[str]] = {}
        self.opening: dict[tuple[str, str], tuple[int, Decimal, int]] = {}
        self.flags: dict[tuple[str, str], bool] = {}
        self.gameball_otp = False
        self.quiet_at = 0.0
        self._http_bonifiq = httpx.Client(
            base_url=self.sandbox.base_url,
            auth=(self.sandbox.credentials.bonifiq_api_token, self.sandbox.credentials.bonifiq_api_key),
            timeout=10,
        )
        self._http_gameball = httpx.Client(
            base_url=self.sandbox.base_url + GB,
            headers={
                "apikey": self.sandbox.credentials.gameball_api_key,
                "secretkey": self.sandbox.credentials.gameball_secret_key,
            },
            timeout=10,
        )

    def close(self) -> None:
        self.admin.close()
        self._http_bonifiq.close()
        self._http_gameball.close()
        if self.own_sandbox:
            self.sandbox.stop()

    # -- setup -----------------------------------------------------------------------

    def setup(self) -> None:
        self.admin.post("/reset", json={"seed": "demo"}).raise_for_status()
        for customer, points, cashback in CREATED["bonifiq"]:
            body = {"OriginalId": customer, "Name": "Soak Customer", "Email": customer, "Phone": "+55 11 90000-0099"}
            self._http_bonifiq.post("/v1/pvt/Customer/upsert", json=body).raise_for_status()
            for kind, amount in (("points", {"Points": points}), ("cashback", {"Value": cashback})):
                change = {**amount, "OperationType": 0, "Reason": "soak", "ChangeKey": f"soak-{kind}-{customer}"}
                self._http_bonifiq.post(f"/v1/pvt/Customer/{customer}/{kind}", json=change).raise_for_status()
        for customer, points, _ in CREATED["gameball"]:
            order = {
                "customerId": customer,
                "orderId": FUND_PREFIX + customer,
                "orderDate": "2026-01-01T00:00:00Z",
                "totalPaid": points,
                "email": customer,
            }
            self._http_gameball.post("/orders", json=order).raise_for_status()
        for vendor in VENDORS:
            self.customers[vendor] = [*SEEDED, *(c for c, _, _ in CREATED[vendor])]
            for customer in self.customers[vendor]:
                state = self.state(vendor, customer)
                last = state["ledger"][-1]["id"] if state["ledger"] else 0
                self.opening[vendor, customer] = (int(state["points"]), Decimal(str(state["cashback"])), last)
                self.flags[vendor, customer] = bool(
                    state.get("should_validate" if vendor == "bonifiq" else "otp_required")
                )
        self.gameball_otp = self._probe_gameball_otp()

    def _probe_gameball_otp(self) -> bool:
        """Whether the sandbox emulates Gameball's OTP yet (``GET /_sandbox/gameball/customers/{id}/otp``)."""
        sent = self._http_gameball.post("/transactions/otp", json={"customerId": SEEDED[0]})
        if sent.status_code >= 300:
            return False
        answer = self.admin.get(f"/gameball/customers/{SEEDED[0]}/otp")
        return answer.status_code == 200

    # -- helpers used by attempts ----------------------------------------------------

    def state(self, vendor: str, customer: str) -> dict[str, Any]:
        response = self.admin.get(f"/{vendor}/customers/{customer}")
        response.raise_for_status()
        return dict(response.json())

    def bonifiq_pin(self, customer: str) -> str:
        response = self.admin.get(f"/bonifiq/customers/{customer}/pin")
        return str(response.json().get("Pin", "")) if response.status_code == 200 else "000000"

    def gameball_otp_code(self, customer: str) -> str:
        response = self.admin.get(f"/gameball/customers/{customer}/otp")
        if response.status_code != 200:
            return "000000"
        body = response.json()
        for name in ("otp", "Otp", "OTP", "code", "Code", "pin", "Pin"):
            if isinstance(body.get(name), str | int):
                return str(body[name])
        return "000000"

    def client(self, plan: SalePlan) -> Any:
        credentials = self.sandbox.credentials
        is_async = plan.mode == "async"
        settings: dict[str, Any] = {
            "base_url": self.sandbox.base_url,
            "timeout": TIMEOUT,
            "max_retries": plan.max_retries,
        }
        if plan.vendor == "bonifiq":
            cls: Any = loyaltykit.AsyncBonifiQ if is_async else loyaltykit.BonifiQ
            client = cls(credentials.bonifiq_api_token, credentials.bonifiq_api_key, **settings)
        else:
            cls = loyaltykit.AsyncGameball if is_async else loyaltykit.Gameball
            client = cls(credentials.gameball_api_key, credentials.gameball_secret_key, **settings)
        client._sleep = self._async_sleep if is_async else self._sync_sleep
        return client

    def _count_wait(self, delay: float) -> float:
        self.stats.retries += 1
        if delay == RETRY_AFTER:
            self.stats.retry_after_waits += 1
        return delay * SLEEP_SCALE

    def _sync_sleep(self, delay: float) -> None:
        time.sleep(self._count_wait(delay))

    async def _async_sleep(self, delay: float) -> None:
        await asyncio.sleep(self._count_wait(delay))

    def collect_faults(self, step: str) -> list[str]:
        log = self.admin.get("/faults/log").json()["log"]
        for entry in log:
            self.stats.faults[entry["kind"], step] += 1
            if entry["kind"] == "delay":
                # A delayed request may still be handled after its client gave up: let it land
                # before the next sale, so that sales stay independent and the run replays.
                self.quiet_at = max(self.quiet_at, time.monotonic() + DELAY + 0.05)
        self.admin.delete("/faults/log").raise_for_status()
        self.admin.delete("/faults").raise_for_status()
        return [f"{entry['kind']}@{entry['operation']}" for entry in log]

    # -- running ---------------------------------------------------------------------

    def plans(self, indices: Iterable[int]) -> list[SalePlan]:
        return [make_plan(self.seed, index, self.customers) for index in indices]

    async def run_sale(self, plan: SalePlan) -> SaleResult:
        draws = FaultDraws(plan, self.gameball_otp)
        result = SaleResult(plan)
        record = PosRecord(intent="abandon" if plan.abandon_at else "complete")
        # Whether the vendor requires the PIN / OTP of this customer, for this sale.
        flag = "should_validate" if plan.vendor == "bonifiq" else "otp_required"
        if (plan.vendor == "bonifiq" or self.gameball_otp) and self.flags.get((plan.vendor, plan.customer)) != plan.pin:
            self.admin.post(f"/{plan.vendor}/customers/{plan.customer}/flags", json={flag: plan.pin})
            self.flags[plan.vendor, plan.customer] = plan.pin
        crashed = False
        for number in range(MAX_ATTEMPTS):
            if number:
                if crashed:
                    self.stats.resumes_after_crash += 1
                else:
                    self.stats.resumes_unfinished += 1
            attempt = Attempt(self, plan, draws, record, result, number)
            result.attempts = number + 1
            crashes = result.crashes
            await attempt.run()
            crashed = result.crashes > crashes
            if record.done is not None:
                self._believe(result, attempt, record.done)
                break
        self.stats.crashes += result.crashes
        for seen in result.errors:
            self.stats.errors[seen.kind] += 1
        self.stats.outcomes[self._outcome(result, record)] += 1
        pause = self.quiet_at - time.monotonic()
        if pause > 0:
            await asyncio.sleep(pause)
        return result

    def _believe(self, result: SaleResult, attempt: Attempt, done: str) -> None:
        """What the last terminal believes about the sale, as it wrote it down."""
        result.final = done
        redemption = attempt.sale.redemption
        if done != "completed" or redemption is None:
            return
        order = attempt.order
        result.external_code = order.external_code if order is not None else redemption.external_code
        if result.external_code is None:
            return
        if attempt.plan.vendor == "bonifiq":
            result.cost_points = abs(int(redemption.points or 0))
            if attempt.record.amount is not None:
                result.cost_cashback = attempt.record.amount
        else:
            result.cost_points = int(redemption.points or 0)

    @staticmethod
    def _outcome(result: SaleResult, record: PosRecord) -> str:
        if result.final == "completed":
            if result.already_existed:
                return "completed (order found on resume)"
            return "completed, reward redeemed" if result.external_code else "completed, no reward"
        if result.final == "abandoned":
            return "abandoned by the cashier" if record.intent == "abandon" else "abandoned after an error or refusal"
        return "UNFINISHED"

    async def run(self, indices: Iterable[int], progress: Callable[[int], None] | None = None) -> None:
        for plan in self.plans(indices):
            self.results.append(await self.run_sale(plan))
            if progress is not None:
                progress(len(self.results))


def run_soak(
    seed: int,
    indices: Iterable[int],
    *,
    sandbox: RunningSandbox | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[Soak, list[Discrepancy], float]:
    """Set up, run the sales, reconcile. Returns the soak (stats, results), the discrepancies and the time."""
    started = time.perf_counter()
    soak = Soak(seed, sandbox=sandbox)
    try:
        soak.setup()
        asyncio.run(soak.run(list(indices), progress))
        discrepancies = Reconciliation(soak).reconcile()
    finally:
        soak.close()
    return soak, discrepancies, time.perf_counter() - started


__all__ = ["Discrepancy", "SalePlan", "Soak", "make_plan", "report", "run_soak"]
