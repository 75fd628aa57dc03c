"""The POS soak (issue 8): randomized sales under faults and terminal crashes, then reconciled.

The orchestrator: it sets the sandbox up, has ``workers`` terminals play the sales at once (``plan``
draws each sale from ``(seed, index)``, ``terminal`` plays it on the sale's own copy of a customer
with faults scoped to the sale), reconciles every sale through the admin API (``reconciliation``)
and hands the numbers to ``report``. A sale depends on its ``(seed, index)`` alone, never on the
sales played beside it, so ``--only`` replays it by itself. Timing is the one thing a seed does not
fix: where a delayed write lands, or a request that a busy machine makes outlive the clients'
timeout, may change what a sale meets next.

The sandbox is the caller's (the tests' in-thread one), or a separate process (``make soak``),
which ``kill_sandbox`` times SIGKILLs and restarts on its ``--db`` during the run (``make soak``:
3 times; a restarted sandbox never reissues a stored reference).

The journal's scenarios (issue 13), drawn per sale among the others: an order id checked out again
after its sale ended (given back completed, or refused; nothing moves), a redeem tapped twice at
once, ``complete(offline=True)`` under order faults with the outbox flushed after the sale, and
terminals whose journal is a file their successor opens again, the first of them sometimes a
process of its own SIGKILLed after the step where it dies (``killed``).
"""

from __future__ import annotations

import asyncio
import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from typing import Any, Protocol

import httpx

from loyaltykit.sandbox import Credentials

from .plan import CREATED, FUND_PREFIX, GB, SEEDED, VENDORS, SalePlan, make_plan
from .reconciliation import Discrepancy, Reconciliation
from .report import Stats, report
from .sandbox_process import SandboxProcess
from .terminal import SSL_CONTEXT, SaleResult, Terminal

# Terminals playing at once. Most of a faulted sale's time is waiting (timeouts, delays, backoff),
# so many fit on 2 cores; more than the sandbox serves turns into timeouts nobody injected.
DEFAULT_WORKERS = 24
# How long an admin call keeps trying while the sandbox is being restarted.
RESTART_SECONDS = 30.0
_LIMITS = httpx.Limits(max_connections=200, max_keepalive_connections=200)


class Sandbox(Protocol):
    """What the soak needs of a sandbox: an in-thread ``RunningSandbox`` or a ``SandboxProcess``."""

    @property
    def base_url(self) -> str: ...

    @property
    def admin_url(self) -> str: ...

    @property
    def credentials(self) -> Credentials: ...


class _Resent(httpx.BaseTransport):
    """The admin API across a sandbox restart: a call refused or cut off by the SIGKILL is sent
    again. Every admin call the soak makes may be: reads, clearing, flags, and a customer copy
    (a 409 then says it was made)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        deadline = time.monotonic() + RESTART_SECONDS
        while True:
            try:
                response = self.inner.handle_request(request)
                try:  # read here, where a cut-off body can still be asked for again
                    raw = b"".join(response.iter_raw())
                finally:
                    response.close()
                stream = httpx.ByteStream(raw)
                return httpx.Response(response.status_code, headers=response.headers, stream=stream)
            except httpx.TransportError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def close(self) -> None:
        self.inner.close()


class Soak:
    def __init__(self, seed: int, sandbox: Sandbox, *, journal_dir: str | None = None) -> None:
        self.seed = seed
        self.sandbox = sandbox
        self.admin = httpx.Client(
            base_url=sandbox.admin_url,
            timeout=10,
            transport=_Resent(httpx.HTTPTransport(verify=SSL_CONTEXT, limits=_LIMITS)),
        )
        self.results: list[SaleResult] = []
        self.customers: dict[str, list[str]] = {}
        self.gameball_otp = False
        self.sandbox_may_restart = False
        self.sandbox_restarts = 0
        # The terminals' journal files (a killed terminal's process is handed the soak's).
        self._own_journal_dir = journal_dir is None
        self.journal_dir = journal_dir or tempfile.mkdtemp(prefix="loyaltykit-soak-")
        self._http_bonifiq = httpx.Client(
            base_url=sandbox.base_url,
            auth=(sandbox.credentials.bonifiq_api_token, sandbox.credentials.bonifiq_api_key),
            timeout=10,
            verify=SSL_CONTEXT,
        )
        self._http_gameball = httpx.Client(
            base_url=sandbox.base_url + GB,
            headers={
                "apikey": sandbox.credentials.gameball_api_key,
                "secretkey": sandbox.credentials.gameball_secret_key,
            },
            timeout=10,
            verify=SSL_CONTEXT,
        )

    @property
    def stats(self) -> Stats:
        return Stats.of(self.results)

    def close(self) -> None:
        if self._own_journal_dir:
            shutil.rmtree(self.journal_dir, ignore_errors=True)
        self.admin.close()
        self._http_bonifiq.close()
        self._http_gameball.close()

    # -- setup -----------------------------------------------------------------------

    def setup(self) -> None:
        """The demo seed plus richer and poorer customers: the templates every sale copies."""
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
        self.gameball_otp = self._probe_gameball_otp()

    def _probe_gameball_otp(self) -> bool:
        """Whether the sandbox emulates Gameball's OTP yet (``GET /_sandbox/gameball/customers/{id}/otp``)."""
        sent = self._http_gameball.post("/transactions/otp", json={"customerId": SEEDED[0]})
        if sent.status_code >= 300:
            return False
        answer = self.admin.get(f"/gameball/customers/{SEEDED[0]}/otp")
        return answer.status_code == 200

    def open_customer(self, plan: SalePlan) -> tuple[int, Decimal, int]:
        """Copy the plan's customer for the sale, with the PIN / OTP requirement the plan draws;
        returns the copy's opening points, cashback and last ledger id."""
        copied = self.admin.post(f"/{plan.vendor}/customers/{plan.customer}/copy", json={"to": plan.own_customer})
        if copied.status_code == 409:  # made before a restart cut its answer off
            copied = self.admin.get(f"/{plan.vendor}/customers/{plan.own_customer}")
        copied.raise_for_status()
        if plan.vendor == "bonifiq" or self.gameball_otp:
            flag = "should_validate" if plan.vendor == "bonifiq" else "otp_required"
            flagged = self.admin.post(f"/{plan.vendor}/customers/{plan.own_customer}/flags", json={flag: plan.pin})
            flagged.raise_for_status()
        state = copied.json()
        last = state["ledger"][-1]["id"] if state["ledger"] else 0
        return int(state["points"]), Decimal(str(state["cashback"])), last

    # -- helpers used by terminals ---------------------------------------------------

    def state(self, vendor: str, customer: str) -> dict[str, Any]:
        response = self.admin.get(f"/{vendor}/customers/{customer}")
        response.raise_for_status()
        return dict(response.json())

    def spends(self, plan: SalePlan) -> list[dict[str, Any]]:
        """The BonifiQ redeems or Gameball holds of a sale's customer."""
        kind = "redeems" if plan.vendor == "bonifiq" else "holds"
        response = self.admin.get(f"/{plan.vendor}/customers/{plan.own_customer}/{kind}")
        response.raise_for_status()
        return list(response.json()[kind])

    def footprint(self, plan: SalePlan) -> dict[str, Any]:
        """What the sandbox holds of a sale's customer: ledger, orders, and redeems or holds."""
        customer = f"/{plan.vendor}/customers/{plan.own_customer}"
        orders = self.admin.get(customer + "/orders")
        orders.raise_for_status()
        ledger = self.state(plan.vendor, plan.own_customer)["ledger"]
        return {"ledger": ledger, "orders": orders.json()["orders"], "spends": self.spends(plan)}

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

    # -- running ---------------------------------------------------------------------

    def plans(self, indices: Iterable[int]) -> list[SalePlan]:
        return [make_plan(self.seed, index, self.customers) for index in indices]

    def run(
        self,
        indices: Sequence[int],
        *,
        workers: int = DEFAULT_WORKERS,
        progress: Callable[[int], None] | None = None,
        every: Callable[[int], None] | None = None,
    ) -> None:
        """Play the sales, ``workers`` at once; ``progress`` and ``every`` hear the count of sales done."""
        lock = threading.Lock()
        done: list[SaleResult] = []

        def play(plan: SalePlan) -> None:
            # A loop per sale: an async terminal's client lives and dies inside it.
            result = asyncio.run(Terminal(self, plan).play())
            with lock:
                done.append(result)
                count = len(done)
            for listener in (progress, every):
                if listener is not None:
                    listener(count)

        with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="terminal") as pool:
            for future in [pool.submit(play, plan) for plan in self.plans(indices)]:
                future.result()
        self.results = sorted(done, key=lambda result: result.plan.index)


def run_soak(
    seed: int,
    indices: Iterable[int],
    *,
    sandbox: Sandbox | None = None,
    workers: int = DEFAULT_WORKERS,
    kill_sandbox: int = 0,
    progress: Callable[[int], None] | None = None,
) -> tuple[Soak, list[Discrepancy], float]:
    """Set up, run the sales, reconcile. Returns the soak (stats, results), the discrepancies and the time.

    Without a ``sandbox``, one is started as a separate process (and stopped at the end);
    ``kill_sandbox`` > 0 SIGKILLs and restarts it that many times, evenly spread over the run.
    """
    started = time.perf_counter()
    indices = list(indices)
    if kill_sandbox and sandbox is not None:
        raise ValueError("kill_sandbox needs the soak's own sandbox process")
    process = SandboxProcess().start() if sandbox is None else None
    soak = Soak(seed, process or sandbox)  # type: ignore[arg-type]  # one of them is given
    soak.sandbox_may_restart = kill_sandbox > 0
    try:
        soak.setup()
        soak.run(indices, workers=workers, progress=progress, every=_killer(soak, process, len(indices), kill_sandbox))
        discrepancies = Reconciliation(soak).reconcile(workers=workers)
    finally:
        soak.close()
        if process is not None:
            process.stop()
    return soak, discrepancies, time.perf_counter() - started


def _killer(soak: Soak, process: SandboxProcess | None, sales: int, kills: int) -> Callable[[int], None] | None:
    """After every ``sales / (kills + 1)`` sales done, SIGKILL the sandbox and start it again."""
    if process is None or kills <= 0:
        return None
    marks = {sales * k // (kills + 1) for k in range(1, kills + 1)}
    lock = threading.Lock()

    def maybe_kill(done: int) -> None:
        if done in marks:
            with lock:
                process.restart()
                soak.sandbox_restarts += 1

    return maybe_kill


__all__ = ["Discrepancy", "SalePlan", "Soak", "make_plan", "report", "run_soak"]
