"""The POS soak (issue 8): randomized sales under faults and terminal crashes, then reconciled.

Each sale is planned from ``random.Random(f"{seed}/{index}")`` alone, so one sale replays by
itself (``run.py --seed S --only I``) as well as inside the whole run. Sales run one after the
other against one in-process sandbox: the faults of a step are installed just before it (rules
with ``times``, on that step's routes) and cleared just after, so every fault belongs to exactly
one step of one sale, and the fault log says which fired.

A sale is played by a simulated POS terminal. What survives a terminal crash is ``PosRecord``
(its own database: customer, order id, value, the reward and amount it chose, what it saw
finish); what the clients saw (external codes, holds, errors) is kept apart in ``SaleResult``,
the test's view. A terminal that crashes, or leaves a sale neither completed nor abandoned, is
replaced by a fresh client that resumes from the order id and the record, until the sale is
completed or abandoned. The last attempts run without faults, so every sale can finish.

After the run the sandbox clock is moved past the Gameball hold lifetime (orphan holds, whose
answer was lost, are released only by expiry) and the sandbox's ledger and orders are compared
with what the clients believe: ``reconcile`` lists every discrepancy.
"""

from __future__ import annotations

import asyncio
import inspect
import random
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import ROUND_DOWN, Decimal
from typing import Any

import httpx

import loyaltykit
from loyaltykit import errors, idempotency
from loyaltykit.bonifiq import Product
from loyaltykit.checkout import Offer, RewardOption, SaleStatus
from loyaltykit.journal import SQLiteJournal
from loyaltykit.sandbox import FAULT_KINDS, Credentials, RunningSandbox, SandboxConfig, start_in_thread

CENT = Decimal("0.01")
VENDORS = ("bonifiq", "gameball")
MODES = ("sync", "async")
STEPS = ("rewards", "challenge", "validate", "redeem", "complete", "abandon")

# Client settings: a short timeout so that a "delay past the client's timeout" stays cheap.
TIMEOUT = 0.4
DELAY = 0.6
RETRY_AFTER = 3
# Waits the clients ask for (backoff, Retry-After) are recorded, then slept at this scale: the
# soak checks exactly-once, not patience, and 1,000 sales must fit in a few minutes. Retrying
# sooner than asked is also the harsher case for the server.
SLEEP_SCALE = 0.01
MAX_ATTEMPTS = 6
# Probability that a step gets a fault, per attempt (first try, first resume, ...); none after.
FAULT_P = (0.35, 0.25, 0.15)

GB = "/api/v4.0/integrations"
ROUTES: dict[tuple[str, str], tuple[str, ...]] = {
    ("bonifiq", "rewards"): ("POST /v1/pvt/POS/rewards/available",),
    ("bonifiq", "challenge"): ("POST /v1/pvt/POS/customers/{id}/challenge",),
    ("bonifiq", "validate"): ("POST /v1/pvt/POS/customers/{id}/challengevalidate",),
    ("bonifiq", "redeem"): ("POST /v1/pvt/POS/rewards/{id}/redeem",),
    ("bonifiq", "complete"): ("POST /v1/pvt/POS/orders",),
    ("bonifiq", "abandon"): ("DELETE /v1/pvt/POS/rewards/{id}", "DELETE /v1/pvt/POS/rewards"),
    ("gameball", "rewards"): (f"GET {GB}/customers/{{customerId}}/balance", f"GET {GB}/configurations/redemption"),
    ("gameball", "challenge"): (f"POST {GB}/transactions/otp",),
    ("gameball", "redeem"): (f"POST {GB}/transactions/hold",),
    ("gameball", "complete"): (f"POST {GB}/orders",),
    ("gameball", "abandon"): (f"DELETE {GB}/transactions/hold/{{holdReferenceId}}",),
}
# The reward a plan names, as each vendor's offer lists it.
REWARDS: dict[str, tuple[str | None, ...]] = {
    "bonifiq": (None, "fixed", "percent", "cashback", "cashback", "product"),
    "gameball": (None, "points", "points", "rule1", "rule2"),
}
REWARD_IDS: dict[str, int | str] = {
    "fixed": 1,
    "percent": 2,
    "cashback": 3,
    "product": 4,
    "points": "points",
    "rule1": "1",
    "rule2": "2",
}
# Cashback / points amounts as a share of what the sale may use: up to the cap and beyond it.
FACTORS = tuple(Decimal(f) for f in ("0.3", "0.5", "0.8", "1", "1", "1.2", "2"))

# Customers: the demo seed's (both vendors) plus some created here, rich and poor.
SEEDED = ("ana@example.com", "bruno@example.com", "carla@example.com")
CREATED = {
    "bonifiq": (("soak-b1@example.com", 4000, 300), ("soak-b2@example.com", 2500, 80),
                ("soak-b3@example.com", 250, 3)),
    "gameball": (("soak-g1@example.com", 4000, None), ("soak-g2@example.com", 2500, None),
                 ("soak-g3@example.com", 250, None)),
}  # fmt: skip
FUND_PREFIX = "soak-fund-"

# Failures after which a request may or may not have been applied: the sale is resumed, not given up.
TRANSIENT = (
    errors.APIConnectionError,
    errors.InternalServerError,
    errors.RateLimitError,
    errors.ResponseValidationError,
)


def floor_cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_DOWN)


# --------------------------------------------------------------------------- plans


@dataclass(frozen=True)
class SalePlan:
    """Everything random about one sale, drawn from ``(seed, index)`` alone."""

    seed: int
    index: int
    vendor: str
    mode: str
    customer: str
    value: Decimal
    product: Product | None
    reward: str | None
    factor: Decimal
    pin: bool
    abandon_at: str | None
    """Where the cashier abandons: after "rewards", "pin" or "redeem"; None: the sale completes."""
    crash_at: str | None
    """The step after which the first terminal dies (its result lost): rewards, pin, redeem, complete, abandon."""
    use_with: bool
    """The POS uses ``with sale:`` (an exception abandons); otherwise it keeps a failed sale to resume it."""
    try_unusable: bool
    max_retries: int

    @property
    def order_id(self) -> str:
        return f"soak-{self.seed}-{self.index:05d}"

    def describe(self) -> str:
        return (
            f"#{self.index} {self.order_id} {self.vendor}/{self.mode} {self.customer} value={self.value} "
            f"reward={self.reward} factor={self.factor} pin={self.pin} abandon_at={self.abandon_at} "
            f"crash_at={self.crash_at} with={self.use_with} retries={self.max_retries}"
        )


def make_plan(seed: int, index: int, customers: dict[str, list[str]]) -> SalePlan:
    # The regression seeds in test_soak.py replay sales by (seed, index): changing what is drawn
    # here, or its order, changes those sales. Add new draws at the end.
    rng = random.Random(f"{seed}/{index}")
    vendor = rng.choice(VENDORS)
    reward = rng.choice(REWARDS[vendor])
    product = None
    value = Decimal(rng.randint(1000, 30000)) / 100
    if reward == "product":
        product = Product("SKU-100", Decimal(rng.randint(2000, 12000)) / 100, quantity=rng.choice((1, 2)))
        value = product.total
    return SalePlan(
        seed=seed,
        index=index,
        vendor=vendor,
        mode=rng.choice(MODES),
        customer=rng.choice(customers[vendor]),
        value=value,
        product=product,
        reward=reward,
        factor=rng.choice(FACTORS),
        pin=rng.random() < 0.35,
        abandon_at=rng.choice((None, None, None, None, None, "rewards", "pin", "redeem")),
        crash_at=rng.choice((None,) * 7 + ("rewards", "pin", "redeem", "complete", "complete", "abandon")),
        use_with=rng.random() < 0.7,
        try_unusable=rng.random() < 0.5,
        max_retries=rng.choice((0, 1, 2, 2, 3)),
    )


# --------------------------------------------------------------------------- what is kept


@dataclass
class PosRecord:
    """The terminal's own database: what a restarted POS knows about the sale."""

    intent: str  # "complete" | "abandon"
    chosen: bool = False
    reward_id: int | str | None = None
    amount: Decimal | None = None
    complete_sent: bool = False
    """Written before ``complete()`` is called: from then on the order may exist."""
    failed: bool = False
    """Written when a step failed and the sale is being given up."""
    done: str | None = None  # "completed" | "abandoned", once a terminal saw it and wrote it down


@dataclass(frozen=True)
class SeenError:
    """An exception a client raised (kept as text: the exception would keep its frames alive)."""

    attempt: int
    step: str
    kind: str
    message: str
    typed: bool

    @classmethod
    def of(cls, attempt: int, step: str, error: BaseException) -> SeenError:
        typed = isinstance(error, errors.LoyaltyError)
        return cls(attempt, step, type(error).__name__, str(error), typed)


@dataclass
class SaleResult:
    """What the clients saw, for the reconciliation (the test's view, not the terminal's)."""

    plan: SalePlan
    final: str | None = None
    external_code: str | None = None
    already_existed: bool = False
    cost_points: int = 0
    cost_cashback: Decimal = Decimal(0)
    total: Decimal | None = None
    sent_totals: set[Decimal] = field(default_factory=set)  # every order total a client sent
    keys: set[str] = field(default_factory=set)  # BonifiQ OriginalKeys redeemed with
    holds: dict[str, int] = field(default_factory=dict)  # Gameball hold references received -> points
    attempts: int = 0
    crashes: int = 0
    errors: list[SeenError] = field(default_factory=list)
    expected: list[tuple[int, str, str]] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # seen while running (e.g. an over-cap accepted)
    trace: list[str] = field(default_factory=list)  # every step, its faults and its outcome
    journals: list[Any] = field(default_factory=list)  # each terminal's own journal, reconciled after the sale


@dataclass(frozen=True)
class Discrepancy:
    what: str
    plan: SalePlan | None = None

    def __str__(self) -> str:
        return f"{self.plan.describe()}: {self.what}" if self.plan else self.what


@dataclass
class Stats:
    faults: Counter[tuple[str, str]] = field(default_factory=Counter)
    retries: int = 0
    retry_after_waits: int = 0
    resumes_after_crash: int = 0
    resumes_unfinished: int = 0
    crashes: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    reconciled: Counter[str] = field(default_factory=Counter)  # reconcile()'s actions


class _Crash(BaseException):
    """The terminal dies: no ``__exit__``, no abandon, nothing more written to its database."""


async def _settle(value: Any) -> Any:
    """Sync clients return values, async ones awaitables: one POS script serves both."""
    if inspect.isawaitable(value):
        return await value
    return value


# --------------------------------------------------------------------------- one terminal's attempt


class Attempt:
    """One terminal working on one sale, from ``checkout`` until it stops (done, failed or crashed)."""

    def __init__(self, soak: Soak, plan: SalePlan, record: PosRecord, result: SaleResult, number: int) -> None:
        self.soak = soak
        self.plan = plan
        self.record = record
        self.result = result
        self.number = number
        # Each terminal has its own journal (a restarted one is another terminal, with another
        # journal); the soak keeps it open past the terminal, to reconcile it after the sale.
        self.journal = SQLiteJournal()
        result.journals.append(self.journal)
        self.client = soak.client(plan, self.journal)
        self.crash_at = plan.crash_at if number == 0 else soak.resume_crash(number)
        self.offer: Offer | None = None
        self.order: Any = None
        # What earlier terminals may have left behind, as this terminal's database tells it.
        self.earlier_complete = record.complete_sent
        self.reattached = False
        # Where this terminal abandons: where the cashier planned to, or, for a sale that failed
        # before its order was sent, once it has re-attached to its redeem.
        self.abandon_at = plan.abandon_at
        if record.failed and not record.complete_sent:
            self.abandon_at = "redeem"
        # A terminal taking over a sale another left unfinished says so: it re-sends the choice
        # recorded in its database, which the offer it sees now may no longer allow.
        kwargs: dict[str, Any] = {"resume": number > 0}
        if plan.vendor == "bonifiq" and plan.product is not None:
            kwargs["products"] = [plan.product]
        if plan.vendor == "gameball":
            kwargs["otp_required"] = plan.pin
        self.sale = self.client.pos.checkout(plan.customer, plan.order_id, plan.value, **kwargs)

    async def step(self, name: str, call: Callable[[], Any], *, crash_as: str | None = None) -> Any:
        """Run one step with its faults; a crash planned after it loses its result."""
        rules = self.soak.draw_faults(self.plan, self.number, name)
        if rules:
            self.soak.admin.post("/faults", json={"faults": rules}).raise_for_status()
        trace = f"attempt {self.number} {name}" + "".join(f" [{r['kind']} x{r['times']}]" for r in rules)
        try:
            value = await _settle(call())
        except Exception as error:
            self.result.errors.append(SeenError.of(self.number, name, error))
            self.result.trace.append(f"{trace}: {type(error).__name__}: {error}")
            raise
        else:
            self.result.trace.append(f"{trace}: {value!r}"[:200])
            return value
        finally:
            if rules:
                fired = self.soak.collect_faults(name)
                self.result.trace.append(f"  faults fired: {fired}")
            if self.crash_at is not None and self.crash_at == (crash_as or name):
                self.result.crashes += 1
                self.result.trace.append("  the terminal crashes")
                raise _Crash  # the terminal dies, whatever the step did

    async def run(self) -> None:
        sale, plan = self.sale, self.plan
        # A terminal resuming a sale whose order an earlier one sent must not give the sale up:
        # the order may exist, which abandoning would leave without its redeem. Its sale object
        # cannot know that, so this POS does not let ``with`` abandon it.
        use_with = plan.use_with and not self.earlier_complete
        try:
            if use_with:
                await _settle(sale.__aenter__() if plan.mode == "async" else sale.__enter__())
                try:
                    await self.body()
                except Exception as error:
                    # The POS logs the failure in its database; then ``with`` abandons the sale.
                    self.record.failed = True
                    await self.leave(type(error), error)
                else:
                    await self.leave(None, None)
            else:
                try:
                    await self.body()
                except Exception as error:
                    # Without ``with``: a transient failure is kept for a later resume; anything
                    # else makes the cashier give up on the sale.
                    if not isinstance(error, TRANSIENT) and not self.earlier_complete:
                        self.record.failed = True
                        await self.step("abandon", sale.abandon)
        except _Crash:
            return
        except Exception:
            pass  # recorded by step(); the sale stays unfinished and is resumed
        finally:
            await _settle(self.client.close())
        # The terminal writes down what it saw finish (a crash above skips this).
        if sale.status is SaleStatus.COMPLETED:
            self.record.done = "completed"
        elif sale.status is SaleStatus.ABANDONED and self.may_trust_abandon():
            self.record.done = "abandoned"

    def may_trust_abandon(self) -> bool:
        """Whether an abandoned sale object means the sale is abandoned.

        The first terminal's sale object made every call itself, so its status is the truth. A
        restarted terminal's object knows nothing of what the earlier one did: it has undone an
        earlier redeem only if it redeemed again first (same reward and amount: BonifiQ answers
        with the earlier redeem, whose RewardId the abandon cancels), and an order sent by an
        earlier terminal may exist, which no abandon undoes. A Gameball hold cannot be found
        again; an earlier one is released by expiry.
        """
        if self.number == 0:
            return True
        if self.earlier_complete:
            return False
        return self.record.reward_id is None or self.reattached or self.plan.vendor == "gameball"

    async def leave(self, exc_type: type[BaseException] | None, error: BaseException | None) -> None:
        """Leave the ``with`` block: an exception before ``complete`` abandons (the SDK decides)."""
        sale = self.sale
        if self.plan.mode == "async":
            exit_call: Callable[[], Any] = lambda: sale.__aexit__(exc_type, error, None)  # noqa: E731
        else:
            exit_call = lambda: sale.__exit__(exc_type, error, None)  # noqa: E731
        if exc_type is None:
            await _settle(exit_call())
        else:
            await self.step("abandon", exit_call)

    async def body(self) -> None:
        sale, record = self.sale, self.record
        self.offer = await self.step("rewards", sale.rewards)
        if self.abandon_at == "rewards":
            await self.step("abandon", sale.abandon)
            return
        if sale.validation_required:
            await self.validate()
        if self.abandon_at == "pin":
            await self.step("abandon", sale.abandon)
            return
        if not record.chosen:
            await self.choose(self.offer)
        if record.reward_id is not None:
            await self.redeem()
        if self.abandon_at == "redeem":
            await self.step("abandon", sale.abandon)
            return
        total = self.plan.value - self.discount()
        self.result.total = total
        self.result.sent_totals.add(total)
        record.complete_sent = True
        self.order = await self.step("complete", lambda: sale.complete(total=total))
        self.result.already_existed = self.order.already_existed

    async def redeem(self) -> None:
        """Redeem the recorded reward; a restarted terminal does it to re-attach to its sale."""
        sale, record = self.sale, self.record
        self.note_key(record.reward_id, record.amount)
        try:
            redemption = await self.step("redeem", lambda: sale.redeem(record.reward_id, cashback=record.amount))
        except errors.LoyaltyError as error:
            if self.number == 0 or isinstance(error, TRANSIENT):
                raise
            # Refused for good on a restart (e.g. the points are held by the crashed terminal's
            # Gameball hold): the customer pays without the reward.
            self.result.expected.append((self.number, "reward refused on resume", type(error).__name__))
            self.reattached = True
            return
        self.reattached = True
        self.note_redemption(redemption)

    async def validate(self) -> None:
        sale, plan = self.sale, self.plan
        if plan.vendor == "bonifiq":
            await self.step("challenge", sale.send_challenge)
            code = self.soak.bonifiq_pin(plan.customer)
            await self.step("validate", lambda: sale.validate(code), crash_as="pin")
            return
        code = "000000"  # the sandbox ignores the OTP until it emulates it
        if self.soak.gameball_otp:
            await self.step("challenge", sale.send_challenge)
            code = self.soak.gameball_otp_code(plan.customer)
        await self.step("validate", lambda: sale.validate(code), crash_as="pin")

    async def choose(self, offer: Offer) -> None:
        """The cashier picks the planned reward, if the offer allows it, and an amount."""
        plan, record = self.plan, self.record
        record.chosen = True
        if plan.reward is None:
            return
        try:
            option = offer.reward(REWARD_IDS[plan.reward])
        except KeyError:
            return
        amount = None
        if option.is_cashback:
            limits = [x for x in (option.max_cashback, offer.available_cashback) if x is not None]
            limit = floor_cents(min(limits)) if limits else Decimal(0)
            if option.can_use and limit >= CENT:
                amount = max(floor_cents(limit * plan.factor), CENT)
                if amount > limit:
                    await self.expect_refusal(option, amount, errors.InvalidArgumentError, "cashback beyond the cap")
                    amount = limit
        if not option.can_use:
            if plan.try_unusable:
                tried = (amount or Decimal("1.00")) if option.is_cashback else None
                await self.expect_refusal(option, tried, errors.LoyaltyError, f"unusable reward ({plan.reward})")
            return
        if option.is_cashback and amount is None:
            return
        record.reward_id, record.amount = option.id, amount

    async def expect_refusal(
        self, option: RewardOption, amount: Decimal | None, expected: type[Exception], what: str
    ) -> None:
        self.note_key(option.id, amount)
        try:
            redemption = await self.step("redeem", lambda: self.sale.redeem(option, cashback=amount))
        except expected as error:
            self.result.expected.append((self.number, what, type(error).__name__))
            return
        # It went through: the POS goes on with it, and the run reports it.
        self.result.problems.append(f"{what} was accepted: {redemption!r}")
        self.note_redemption(redemption)
        self.record.reward_id, self.record.amount = option.id, amount

    def note_key(self, reward_id: int | str | None, amount: Decimal | None) -> None:
        """The OriginalKey a BonifiQ redeem is sent with (derived by the SDK the same way)."""
        if self.plan.vendor == "bonifiq" and reward_id is not None:
            self.result.keys.add(idempotency.original_key(reward_id, self.plan.customer, self.plan.order_id, amount))

    def note_redemption(self, redemption: Any) -> None:
        if self.plan.vendor == "gameball":
            self.result.holds[redemption.external_code] = int(redemption.points or 0)

    def discount(self) -> Decimal:
        if self.record.reward_id is None or self.offer is None or self.sale.redemption is None:
            return Decimal(0)
        try:
            option = self.offer.reward(self.record.reward_id)
        except KeyError:
            return Decimal(0)
        return option.discount_on(self.plan.value, self.record.amount)


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
        self._fault_rng = random.Random(seed)
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

    def client(self, plan: SalePlan, journal: Any = None) -> Any:
        credentials = self.sandbox.credentials
        is_async = plan.mode == "async"
        settings: dict[str, Any] = {
            "base_url": self.sandbox.base_url,
            "timeout": TIMEOUT,
            "max_retries": plan.max_retries,
            "journal": journal,
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

    def draw_faults(self, plan: SalePlan, attempt: int, step: str) -> list[dict[str, Any]]:
        """This step's faults: with some probability one kind, once or enough to beat the retries."""
        rng = self._sale_fault_rng
        p = FAULT_P[attempt] if attempt < len(FAULT_P) else 0.0
        roll, kind, route_roll, exhaust = rng.random(), rng.choice(FAULT_KINDS), rng.random(), rng.random()
        routes = ROUTES.get((plan.vendor, step))
        if roll >= p or not routes:
            return []
        if step == "challenge" and plan.vendor == "gameball" and not self.gameball_otp:
            return []
        rule: dict[str, Any] = {"kind": kind, "times": plan.max_retries + 1 if exhaust < 0.3 else 1}
        if kind == "delay":
            rule["seconds"] = DELAY
        if kind == "status_429":
            rule["retry_after"] = RETRY_AFTER
        # Abandoning cancels by RewardId or by OriginalKey, whichever the sale knows: fault both.
        chosen = routes if step == "abandon" else (routes[int(route_roll * len(routes))],)
        return [{"route": route, **rule} for route in chosen]

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

    def resume_crash(self, attempt: int) -> str | None:
        rng = self._sale_fault_rng
        roll, where = rng.random(), rng.choice(("rewards", "pin", "redeem", "complete", "abandon"))
        return where if attempt < 3 and roll < 0.05 else None

    # -- running ---------------------------------------------------------------------

    def plans(self, indices: Iterable[int]) -> list[SalePlan]:
        return [make_plan(self.seed, index, self.customers) for index in indices]

    async def run_sale(self, plan: SalePlan) -> SaleResult:
        self._sale_fault_rng = random.Random(f"{plan.seed}/{plan.index}/faults")
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
            attempt = Attempt(self, plan, record, result, number)
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
        await self.reconcile_terminals(result)
        return result

    async def reconcile_terminals(self, result: SaleResult) -> None:
        """Each terminal's journal, reconciled once every late request has landed (the pause above)."""
        for journal in result.journals:
            client = self.client(result.plan, journal)
            try:
                report = await _settle(client.pos.reconcile(older_than=timedelta(0)))
            finally:
                await _settle(client.close())
                journal.close()
            for action in report.actions:
                self.stats.reconciled[action.action] += 1
                result.trace.append(f"reconcile {action.step}: {action.action} ({action.detail})")
        result.journals.clear()

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

    # -- reconciliation --------------------------------------------------------------

    def _rows(self, sql: str) -> list[dict[str, Any]]:
        # The sandbox has no view of orders, BonifiQ redeems or Gameball holds by order: read its
        # store directly (in-process, read-only). The ledger itself comes from the admin API.
        with self.sandbox.runtime.store.read() as db:
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
        state = self.state(vendor, customer)
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


# --------------------------------------------------------------------------- the report


def report(soak: Soak, discrepancies: list[Discrepancy], seconds: float, command: str, *, verbose: bool = False) -> str:
    stats = soak.stats
    lines = [f"loyaltykit POS soak: {len(soak.results)} sales, seed {soak.seed}, {seconds:.1f} s", ""]
    lines.append(f"{'sales per outcome':<44}{'sales':>7}")
    for outcome, count in sorted(stats.outcomes.items(), key=lambda item: -item[1]):
        lines.append(f"  {outcome:<42}{count:>7}")
    by_vendor = Counter(f"{r.plan.vendor}/{r.plan.mode}" for r in soak.results)
    lines.append("  by client: " + ", ".join(f"{name} {count}" for name, count in sorted(by_vendor.items())))
    lines.append("")
    header = f"{'faults injected':<22}" + "".join(f"{step:>10}" for step in STEPS) + f"{'total':>8}"
    lines.append(header)
    for kind in FAULT_KINDS:
        counts = [stats.faults[kind, step] for step in STEPS]
        lines.append(f"  {kind:<20}" + "".join(f"{c:>10}" for c in counts) + f"{sum(counts):>8}")
    totals = [sum(stats.faults[kind, step] for kind in FAULT_KINDS) for step in STEPS]
    lines.append(f"  {'total':<20}" + "".join(f"{c:>10}" for c in totals) + f"{sum(totals):>8}")
    lines.append("")
    lines.append(f"retries made: {stats.retries} (waits equal to Retry-After: {stats.retry_after_waits})")
    reconciled = ", ".join(f"{action} {count}" for action, count in sorted(stats.reconciled.items()))
    lines.append(f"reconciled: {reconciled or 'nothing in doubt'}")
    lines.append(
        f"terminal crashes: {stats.crashes}; resumes: {stats.resumes_after_crash + stats.resumes_unfinished} "
        f"(after a crash {stats.resumes_after_crash}, of an unfinished sale {stats.resumes_unfinished})"
    )
    seen = ", ".join(f"{name} {count}" for name, count in stats.errors.most_common())
    lines.append(f"errors seen by clients: {seen or 'none'}")
    lines.append("")
    lines.append(f"discrepancies: {len(discrepancies)}")
    for discrepancy in discrepancies[:50]:
        lines.append(f"  - {discrepancy}")
    if len(discrepancies) > 50:
        lines.append(f"  ... and {len(discrepancies) - 50} more")
    if discrepancies and verbose:
        traced = {d.plan.index for d in discrepancies if d.plan is not None}
        for result in soak.results:
            if result.plan.index in traced:
                lines.append(f"trace of #{result.plan.index} ({result.plan.order_id}):")
                lines += [f"    {line}" for line in result.trace]
    if discrepancies:
        indices = sorted({d.plan.index for d in discrepancies if d.plan is not None})
        lines.append(f"reproduce: {command} --seed {soak.seed}")
        if indices:
            only = ",".join(map(str, indices[:20]))
            lines.append(f"  or only those sales: {command} --seed {soak.seed} --only {only}")
    return "\n".join(lines)


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
        discrepancies = soak.reconcile()
    finally:
        soak.close()
    return soak, discrepancies, time.perf_counter() - started


__all__ = ["Discrepancy", "SalePlan", "Soak", "make_plan", "report", "run_soak"]
