"""A sale's plan: everything random about it, drawn from ``(seed, index)`` alone.

``make_plan`` draws the sale (vendor, client, customer, value, reward, where the cashier abandons
and where the first terminal dies); ``FaultDraws`` draws, step by step, the faults of the same
sale and where a resumed terminal dies, from its own generator. So one sale replays by itself
(``run.py --seed S --only I``) as well as inside the whole run.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from decimal import ROUND_DOWN, Decimal
from typing import Any

from loyaltykit.bonifiq import Product
from loyaltykit.sandbox import FAULT_KINDS

CENT = Decimal("0.01")
VENDORS = ("bonifiq", "gameball")
MODES = ("sync", "async")
STEPS = ("rewards", "challenge", "validate", "redeem", "complete", "abandon")

# A delayed request outlives the clients' timeout (terminal.TIMEOUT); a 429 asks for this wait.
DELAY = 1.5
RETRY_AFTER = 3
# What an offline sale's order meets: a connection cut (before or after the sandbox stores it) or a 5xx.
OFFLINE_KINDS = ("drop_before_commit", "drop_after_commit", "status_500", "status_503")
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
    reuse: str | None = None
    """After the sale ended, ``checkout()`` again with its order id: "same" (same customer and
    value: given back if completed, refused if abandoned) or "other_value" (refused); None: not."""
    double_tap: bool = False
    """The redeem is fired twice at once on one sale object (two threads, or two tasks)."""
    offline: bool = False
    """``complete(offline=True)`` with the order's route faulted; the outbox is flushed after the sale."""
    file_journal: bool = False
    """The terminal's journal is a file its successor opens again (and checks out without ``resume=``)."""
    own_process: bool = False
    """The first terminal (of a file-journal sale that dies) runs in a process of its own, SIGKILLed."""

    @property
    def order_id(self) -> str:
        return f"soak-{self.seed}-{self.index:05d}"

    @property
    def own_customer(self) -> str:
        """The sale's own copy of ``customer`` (same profile and balances): sales played at once
        never share a balance, and each is reconciled with its customer alone."""
        return f"s{self.index}.{self.customer}"

    def describe(self) -> str:
        return (
            f"#{self.index} {self.order_id} {self.vendor}/{self.mode} {self.own_customer} value={self.value} "
            f"reward={self.reward} factor={self.factor} pin={self.pin} abandon_at={self.abandon_at} "
            f"crash_at={self.crash_at} with={self.use_with} retries={self.max_retries} reuse={self.reuse} "
            f"double_tap={self.double_tap} offline={self.offline} file_journal={self.file_journal}"
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
    plan = SalePlan(
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
        reuse=rng.choice((None,) * 6 + ("same", "same", "other_value")),
        double_tap=rng.random() < 0.2,
        offline=rng.random() < 0.15,
        file_journal=rng.random() < 0.3,
    )
    own_process = rng.random() < 0.5 and plan.file_journal and _dies(plan.crash_at, plan.abandon_at)
    return replace(plan, own_process=own_process)


def _dies(crash_at: str | None, abandon_at: str | None) -> bool:
    """Whether a first terminal that meets no failure gets to the step after which it dies."""
    stages = ("rewards", "pin", "redeem", "complete")
    if crash_at is None or crash_at == "abandon":
        return crash_at is not None and abandon_at is not None
    return abandon_at is None or stages.index(crash_at) <= stages.index(abandon_at)


class FaultDraws:
    """The faults of one sale's steps and where its resumed terminals die, from ``(seed, index)``."""

    def __init__(self, plan: SalePlan, gameball_otp: bool) -> None:
        self.plan = plan
        self.gameball_otp = gameball_otp
        self._rng = random.Random(f"{plan.seed}/{plan.index}/faults")

    def faults(self, attempt: int, step: str) -> list[dict[str, Any]]:
        """This step's faults: with some probability one kind, once or enough to beat the retries."""
        rng, plan = self._rng, self.plan
        p = FAULT_P[attempt] if attempt < len(FAULT_P) else 0.0
        roll, kind, route_roll, exhaust = rng.random(), rng.choice(FAULT_KINDS), rng.random(), rng.random()
        routes = ROUTES.get((plan.vendor, step))
        if plan.offline and step == "complete" and attempt == 0 and routes:
            # The order cannot be delivered (every try): complete(offline=True) queues it.
            kind = OFFLINE_KINDS[int(route_roll * len(OFFLINE_KINDS))]
            return [{"route": route, "kind": kind, "times": plan.max_retries + 1} for route in routes]
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

    def resume_crash(self, attempt: int) -> str | None:
        """Where the terminal of resume ``attempt`` dies, if it does."""
        rng = self._rng
        roll, where = rng.random(), rng.choice(("rewards", "pin", "redeem", "complete", "abandon"))
        return where if attempt < 3 and roll < 0.05 else None
