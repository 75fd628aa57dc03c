"""A simulated POS terminal playing one sale, crashing and resumed until the sale is finished.

What survives a terminal crash is ``PosRecord`` (its own database: customer, order id, value, the
reward and amount it chose, what it saw finish); what the clients saw (external codes, holds,
errors) is kept apart in ``SaleResult``, the test's view. A terminal that crashes, or leaves a
sale neither completed nor abandoned, is replaced by a fresh client that resumes from the order
id and the record, until the sale is completed or abandoned. The last attempts run without
faults, so every sale can finish.

``Terminal`` plays a sale this way, one ``Attempt`` per terminal (client) that works on it. Many
terminals play at once, each sale on its own copy of a customer: every request of a sale carries
its order id in ``X-Sandbox-Fault-Scope``, and the faults its steps draw are scoped to it, so a
sale's faults, waits and outcome depend on its ``(seed, index)`` alone, never on its neighbours.
"""

from __future__ import annotations

import asyncio
import inspect
import ssl
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import httpx

import loyaltykit
from loyaltykit import errors, idempotency
from loyaltykit.checkout import Offer, RewardOption, SaleStatus
from loyaltykit.journal import SQLiteJournal
from loyaltykit.outbox import OutboxItem
from loyaltykit.sandbox._faults import SCOPE_HEADER

from .plan import CENT, DELAY, RETRY_AFTER, REWARD_IDS, FaultDraws, SalePlan, floor_cents

if TYPE_CHECKING:
    from .engine import Soak


# Client settings: a timeout short enough that a "delay past the client's timeout" stays cheap,
# long enough that a loaded 2-core machine (the sandbox and 24 terminals) does not time out
# requests no fault delayed: those make sales that never finish, which say nothing of the SDK.
TIMEOUT = 1.0
# Waits the clients ask for (backoff, Retry-After) are recorded, then slept at this scale: the
# soak checks exactly-once, not patience, and 10,000 sales must fit in minutes. Retrying
# sooner than asked is also the harsher case for the server.
SLEEP_SCALE = 0.01
MAX_ATTEMPTS = 6
# Outbox flushes after a sale, while the sandbox may be restarting under them.
FLUSHES = 3

# One SSL context for every client: building one loads the CA bundle, about 0.1 s of CPU, which
# per terminal was most of the soak's own work (the sandbox is plain HTTP anyway).
SSL_CONTEXT = ssl.create_default_context()

# Failures after which a request may or may not have been applied: the sale is resumed, not given up.
TRANSIENT = (
    errors.APIConnectionError,
    errors.InternalServerError,
    errors.RateLimitError,
    errors.ResponseValidationError,
)


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
    discount: Decimal | None = None  # what the chosen reward takes off the sale


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
    opening: tuple[int, Decimal, int] = (0, Decimal(0), 0)  # the customer's points, cashback, last ledger id
    outcome: str = "UNFINISHED"
    faults: Counter[tuple[str, str]] = field(default_factory=Counter)  # (kind, step) -> injected
    retries: int = 0
    retry_after_waits: int = 0
    resumes_after_crash: int = 0
    resumes_unfinished: int = 0
    reconciled: Counter[str] = field(default_factory=Counter)  # reconcile()'s actions
    journals: list[Any] = field(default_factory=list)  # each terminal's own journal, reconciled after the sale
    queued: int = 0  # orders complete(offline=True) queued
    flushed: int = 0  # orders the outbox flush delivered after the sale
    double_taps: list[tuple[int, str, str]] = field(default_factory=list)  # attempt, each tap's outcome, code/error
    tap_spends: int | None = None  # redeems/holds a double tap made, when no fault fired during it
    sigkilled: bool = False  # its first terminal, a process of its own, was SIGKILLed where it died
    restored: list[str] = field(default_factory=list)  # what each successor's checkout found in a file journal
    reuse: list[str] = field(default_factory=list)  # what each step of the order-id reuse met
    reuse_footprints: tuple[Any, Any] | None = None  # the sandbox's state before and after the reuse


class _Crash(BaseException):
    """The terminal dies: no ``__exit__``, no abandon, nothing more written to its database."""


async def _settle(value: Any) -> Any:
    """Sync clients return values, async ones awaitables: one POS script serves both."""
    if inspect.isawaitable(value):
        return await value
    return value


async def _close(client: Any, http: httpx.Client | httpx.AsyncClient) -> None:
    await _settle(client.close())
    await _settle(http.aclose() if isinstance(http, httpx.AsyncClient) else http.close())


class Attempt:
    """One terminal working on one sale, from ``checkout`` until it stops (done, failed or crashed)."""

    def __init__(self, terminal: Terminal, number: int) -> None:
        self.terminal = terminal
        self.soak = terminal.soak
        self.plan = plan = terminal.plan
        self.record = record = terminal.record
        self.result = terminal.result
        self.number = number
        # Each terminal has its own journal (a restarted one is another terminal, with another
        # journal), or, for a share of the sales, a file its successor opens again; the soak keeps
        # the last one open past the terminal, to reconcile it after the sale.
        self.journal = terminal.open_journal()
        self.result.journals.append(self.journal)
        self.client, self.http = terminal.client(self.journal)
        self.crash_at = plan.crash_at if number == 0 else terminal.draws.resume_crash(number)
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
        # One whose journal holds the sale just checks it out again: the journal restores it.
        kwargs: dict[str, Any] = {"resume": number > 0 and not plan.file_journal}
        if plan.vendor == "bonifiq" and plan.product is not None:
            kwargs["products"] = [plan.product]
        if plan.vendor == "gameball":
            kwargs["otp_required"] = plan.pin
        self.refused: errors.SaleStateError | None = None
        try:
            self.sale = self.client.pos.checkout(plan.own_customer, plan.order_id, plan.value, **kwargs)
        except errors.SaleStateError as error:
            if not plan.file_journal:
                raise
            # The journal says an earlier terminal abandoned the sale (before it could write it down).
            self.refused, self.sale = error, None
            self.result.trace.append(f"attempt {number} checkout: {type(error).__name__}: {error}")
            self.result.restored.append("abandoned (refused)")
            return
        if plan.file_journal and number > 0:
            found = self.sale.status.value + (" with its redemption" if self.sale.redemption is not None else "")
            self.result.restored.append(found)

    async def step(self, name: str, call: Callable[[], Any], *, crash_as: str | None = None) -> Any:
        """Run one step with its faults; a crash planned after it loses its result."""
        rules = self.terminal.draws.faults(self.number, name)
        if rules:
            scope = self.plan.order_id
            self.soak.admin.post("/faults", json={"faults": [{**r, "scope": scope} for r in rules]}).raise_for_status()
        trace = f"attempt {self.number} {name}" + "".join(f" [{r['kind']} x{r['times']}]" for r in rules)
        self.terminal.checkpoint()
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
                fired = self.terminal.collect_faults(name)
                self.result.trace.append(f"  faults fired: {fired}")
            self.terminal.checkpoint()
            if self.crash_at is not None and self.crash_at == (crash_as or name):
                self.result.crashes += 1
                self.result.trace.append("  the terminal crashes")
                self.terminal.dies()
                raise _Crash  # the terminal dies, whatever the step did

    async def run(self) -> None:
        sale, plan = self.sale, self.plan
        if self.refused is not None:
            await _close(self.client, self.http)
            self.record.done = "abandoned"
            return
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
            if isinstance(self.http, httpx.AsyncClient):
                await self.http.aclose()
            else:
                self.http.close()
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
        if sale.status is SaleStatus.COMPLETED:
            # The journal says an earlier terminal completed it: complete() gives the order back.
            total = self.result.total if self.result.total is not None else self.plan.value
            self.order = await self.step("complete", lambda: sale.complete(total=total))
            self.result.already_existed = self.order.already_existed
            return
        if sale.status is SaleStatus.REDEEMED:
            # The journal file gave the redeem back: its steps are done (BonifiQ offers no
            # rewards() on a redeemed sale), and the POS goes on from its own record.
            self.reattached = True
            if self.abandon_at is not None:
                await self.step("abandon", sale.abandon)
                return
            discount = record.discount or Decimal(0)
        elif await self.until_redeemed():
            discount = self.discount()
        else:
            return
        total = self.plan.value - discount
        self.result.total = total
        self.result.sent_totals.add(total)
        sent_before, record.complete_sent = record.complete_sent, True
        offline = self.plan.offline
        try:
            self.order = await self.step("complete", lambda: sale.complete(total=total, offline=offline))
        except errors.SaleStateError:
            # Refused by the sale before anything was sent (e.g. its redeem's outcome is unknown):
            # no order exists because of it, so a later terminal may still give the sale up.
            record.complete_sent = sent_before
            raise
        self.result.already_existed = self.order.already_existed
        self.result.queued += int(self.order.queued)

    async def until_redeemed(self) -> bool:
        """The steps up to the redeem; False if the cashier abandons on the way."""
        sale, record = self.sale, self.record
        self.offer = await self.step("rewards", sale.rewards)
        if self.abandon_at == "rewards":
            await self.step("abandon", sale.abandon)
            return False
        if sale.validation_required:
            await self.validate()
        if self.abandon_at == "pin":
            await self.step("abandon", sale.abandon)
            return False
        if not record.chosen:
            await self.choose(self.offer)
        if record.reward_id is not None:
            await self.redeem()
        if self.abandon_at == "redeem":
            await self.step("abandon", sale.abandon)
            return False
        return True

    async def redeem(self) -> None:
        """Redeem the recorded reward; a restarted terminal does it to re-attach to its sale."""
        sale, record = self.sale, self.record
        self.note_key(record.reward_id, record.amount)
        try:
            if self.plan.double_tap:
                redemption = await self.step("redeem", lambda: self.tap_twice(record.reward_id, record.amount))
            else:
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

    async def tap_twice(self, reward_id: int | str | None, amount: Decimal | None) -> Any:
        """The cashier taps redeem twice: two calls at once on the one sale object (two threads for
        a sync client, two tasks for an async one). Both get the one redemption, or an error."""
        sale, soak, plan = self.sale, self.soak, self.plan
        # An earlier attempt's delayed redeem landing during the taps would be counted as theirs.
        await self.terminal.until_quiet()
        before = len(soak.spends(plan))
        if plan.mode == "async":
            taps = [sale.redeem(reward_id, cashback=amount) for _ in range(2)]
        else:
            taps = [asyncio.to_thread(sale.redeem, reward_id, cashback=amount) for _ in range(2)]
        outcomes = await asyncio.gather(*taps, return_exceptions=True)
        spends = soak.spends(plan)
        fired = soak.admin.get("/faults/log", params={"scope": plan.order_id}).json()["log"]
        if not fired:  # a fault may leave a hold in doubt, which a second try does not find again
            self.result.tap_spends = len(spends) - before
        for outcome in outcomes:
            if isinstance(outcome, BaseException):
                self.result.double_taps.append((self.number, "error", type(outcome).__name__))
            else:
                self.result.double_taps.append((self.number, "redeemed", str(outcome.external_code)))
                self.note_redemption(outcome)
        for outcome in outcomes:
            if not isinstance(outcome, BaseException):
                return outcome
        raise outcomes[0]

    async def validate(self) -> None:
        sale, plan = self.sale, self.plan
        if plan.vendor == "bonifiq":
            await self.step("challenge", sale.send_challenge)
            code = self.soak.bonifiq_pin(plan.own_customer)
            await self.step("validate", lambda: sale.validate(code), crash_as="pin")
            return
        code = "000000"  # the sandbox ignores the OTP until it emulates it
        if self.soak.gameball_otp:
            await self.step("challenge", sale.send_challenge)
            code = self.soak.gameball_otp_code(plan.own_customer)
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
        record.discount = option.discount_on(plan.value, amount)

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
        self.record.discount = option.discount_on(self.plan.value, amount)

    def note_key(self, reward_id: int | str | None, amount: Decimal | None) -> None:
        """The OriginalKey a BonifiQ redeem is sent with (derived by the SDK the same way)."""
        if self.plan.vendor == "bonifiq" and reward_id is not None:
            key = idempotency.original_key(reward_id, self.plan.own_customer, self.plan.order_id, amount)
            self.result.keys.add(key)

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


class Terminal:
    """The POS side of one sale: terminals (``Attempt``) take it over one after the other until
    one of them sees it completed or abandoned and writes that down."""

    def __init__(self, soak: Soak, plan: SalePlan) -> None:
        self.soak = soak
        self.plan = plan
        self.draws: FaultDraws = FaultDraws(plan, soak.gameball_otp)
        self.record: PosRecord = PosRecord(intent="abandon" if plan.abandon_at else "complete")
        self.result: SaleResult = SaleResult(plan)
        self.quiet_at = 0.0

    def _wait_for_sandbox(self) -> None:
        """A POS whose server went away tries again once it answers (the admin client waits for
        that), not six times within the restart."""
        if self.soak.sandbox_may_restart:
            self.soak.admin.get("/health").raise_for_status()

    def dies(self) -> None:
        """Where a terminal dies: in the soak's process, its sale object is just dropped (``_Crash``)."""

    async def until_quiet(self) -> None:
        """Until every request a fault delayed so far has landed at the sandbox."""
        pause = self.quiet_at - time.monotonic()
        if pause > 0:
            await asyncio.sleep(pause)

    def open_journal(self) -> Any:
        """The next terminal's journal: its own in memory, or the sale's file its successor opens again."""
        if not self.plan.file_journal:
            return SQLiteJournal()
        for earlier in self.result.journals:
            earlier.close()  # the dead terminal's handle; its file stays
        self.result.journals.clear()
        return SQLiteJournal(Path(self.soak.journal_dir) / f"{self.plan.order_id}.db")

    def checkpoint(self) -> None:
        """Around each step: nothing here (the distributed soak saves the sale where a SIGKILL cannot reach)."""

    async def play(self, first: int = 0) -> SaleResult:
        """Terminals take the sale over until one sees it end; ``first`` > 0: the attempts before it
        were made by a process that was killed (the distributed soak), and the sale is resumed."""
        plan, result, record = self.plan, self.result, self.record
        if first == 0:
            result.opening = self.soak.open_customer(plan)
        crashed = first > 0
        for number in range(first, max(MAX_ATTEMPTS, first + 1)):
            if number:
                if crashed:
                    result.resumes_after_crash += 1
                else:
                    result.resumes_unfinished += 1
                self._wait_for_sandbox()
            result.attempts = number + 1
            crashes = result.crashes
            if number == 0 and plan.own_process:
                from .killed import play_first  # that module plays an Attempt: imported late

                await asyncio.to_thread(play_first, self)
                crashed = result.crashes > crashes
                continue
            attempt = Attempt(self, number)
            await attempt.run()
            crashed = result.crashes > crashes
            if record.done is not None:
                self._believe(attempt, record.done)
                break
        result.outcome = self._outcome()
        # A delayed request may still be handled after its client gave up: let it land, so that
        # what the sandbox holds once the sale is over is final.
        await self.until_quiet()
        await self._flush_outboxes()
        if plan.reuse is not None and result.final is not None and result.journals:
            await self._reuse(result.journals[-1])
        await self._reconcile_journals()
        return result

    async def _flush_outboxes(self) -> None:
        """The orders queued offline, delivered now that the sale's faults are cleared."""
        for journal in self.result.journals:
            for _ in range(FLUSHES):
                self._wait_for_sandbox()
                client, http = self.client(journal)
                try:
                    flushed = await _settle(client.outbox.flush())
                finally:
                    await _close(client, http)
                self.result.flushed += len(flushed.delivered)
                if journal is self.result.journals[-1]:
                    self._believe_delivery(flushed.delivered)
                self.result.trace.append(f"outbox flush: {flushed!r}"[:200])
                if not (flushed.queued and self.soak.sandbox_may_restart):
                    break
                # The sandbox went away during the flush (a restart): the POS flushes again once
                # the outbox's backoff is over, which the soak does not wait out (as every wait).
                for entry in journal.outbox():
                    journal.record_delivery(
                        entry.id, delivered=False, error="the sandbox restarted", next_attempt_at=None
                    )

    async def _reuse(self, journal: Any) -> None:
        """The ended sale's order id, checked out again on the last terminal's journal: a completed
        sale is given back completed (no redeem, its order again), anything else is refused."""
        plan, result = self.plan, self.result
        value = plan.value if plan.reuse == "same" else plan.value + Decimal("1.00")
        kwargs: dict[str, Any] = {"products": [plan.product]} if plan.product is not None else {}
        client, http = self.client(journal)
        before = self.soak.footprint(plan)
        try:
            sale = client.pos.checkout(plan.own_customer, plan.order_id, value, **kwargs)
            result.reuse.append(f"checkout: {sale.status.value}")
            reward = self.record.reward_id if self.record.reward_id is not None else REWARD_IDS[plan.reward or "points"]
            for name, call in (
                ("redeem", lambda: sale.redeem(reward, cashback=self.record.amount)),
                ("complete", lambda: sale.complete(total=result.total if result.total is not None else plan.value)),
            ):
                try:
                    done = await _settle(call())
                except errors.LoyaltyError as error:
                    result.reuse.append(f"{name}: {type(error).__name__}")
                else:
                    result.reuse.append(f"{name}: already_existed={done.already_existed}")
        except errors.LoyaltyError as error:
            result.reuse.append(f"checkout: {type(error).__name__}")
        finally:
            await _close(client, http)
        result.reuse_footprints = (before, self.soak.footprint(plan))
        result.trace.append(f"reuse ({plan.reuse}): {result.reuse}")

    async def _reconcile_journals(self) -> None:
        """Each terminal's journal, reconciled once every late request has landed (the pause above)."""
        for journal in self.result.journals:
            self._wait_for_sandbox()
            client, http = self.client(journal)
            try:
                report = await _settle(client.pos.reconcile(older_than=timedelta(0)))
            finally:
                await _close(client, http)
                journal.close()
            for action in report.actions:
                self.result.reconciled[action.action] += 1
                self.result.trace.append(f"reconcile {action.step}: {action.action} ({action.detail})")
        self.result.journals.clear()

    def client(self, journal: Any = None) -> tuple[Any, httpx.Client | httpx.AsyncClient]:
        """A fresh SDK client for the next terminal, on an httpx client that names the sale."""
        sandbox, plan = self.soak.sandbox, self.plan
        credentials = sandbox.credentials
        is_async = plan.mode == "async"
        # The SDK applies its own timeout per request to an httpx client it is handed.
        http_cls: Any = httpx.AsyncClient if is_async else httpx.Client
        http = http_cls(headers={SCOPE_HEADER: plan.order_id}, verify=SSL_CONTEXT)
        settings: dict[str, Any] = {
            "base_url": sandbox.base_url,
            "timeout": TIMEOUT,
            "max_retries": plan.max_retries,
            "http_client": http,
            "journal": journal,
        }
        if plan.vendor == "bonifiq":
            cls: Any = loyaltykit.AsyncBonifiQ if is_async else loyaltykit.BonifiQ
            client = cls(credentials.bonifiq_api_token, credentials.bonifiq_api_key, **settings)
        else:
            cls = loyaltykit.AsyncGameball if is_async else loyaltykit.Gameball
            client = cls(credentials.gameball_api_key, credentials.gameball_secret_key, **settings)
        client._sleep = self._async_sleep if is_async else self._sync_sleep
        return client, http

    def _count_wait(self, delay: float) -> float:
        self.result.retries += 1
        if delay == RETRY_AFTER:
            self.result.retry_after_waits += 1
        return delay * SLEEP_SCALE

    def _sync_sleep(self, delay: float) -> None:
        time.sleep(self._count_wait(delay))

    async def _async_sleep(self, delay: float) -> None:
        await asyncio.sleep(self._count_wait(delay))

    def collect_faults(self, step: str) -> list[str]:
        """The faults that fired during ``step`` (this sale's only), then none left for later steps."""
        admin, scope = self.soak.admin, {"scope": self.plan.order_id}
        log = admin.get("/faults/log", params=scope).json()["log"]
        for entry in log:
            self.result.faults[entry["kind"], step] += 1
            if entry["kind"] == "delay":
                self.quiet_at = max(self.quiet_at, time.monotonic() + DELAY + 0.05)
        admin.delete("/faults/log", params=scope).raise_for_status()
        admin.delete("/faults", params=scope).raise_for_status()
        return [f"{entry['kind']}@{entry['operation']}" for entry in log]

    def _believe(self, attempt: Attempt, done: str) -> None:
        """What the last terminal believes about the sale, as it wrote it down."""
        result = self.result
        result.final = done
        if done != "completed" or attempt.sale.redemption is None:
            return
        redemption = attempt.sale.redemption
        order = attempt.order
        result.external_code = order.external_code if order is not None else redemption.external_code
        if result.external_code is None:
            return
        if self.plan.vendor == "bonifiq":
            result.cost_points = abs(int(redemption.points or 0))
            if self.record.amount is not None:
                result.cost_cashback = self.record.amount
        else:
            result.cost_points = int(redemption.points or 0)

    def _believe_delivery(self, delivered: Sequence[OutboxItem]) -> None:
        """What the last terminal learns when its queued order is delivered: the vendor may have
        had the order already (an earlier terminal's, sent before it died), in which case its own
        redeem was given back unless the stored order used it."""
        result = self.result
        for item in delivered:
            if item.order_id != self.plan.order_id or not item.already_existed or result.final != "completed":
                continue
            result.already_existed = True
            if item.external_code is None:
                result.external_code = None
                result.cost_points, result.cost_cashback = 0, Decimal(0)

    def _outcome(self) -> str:
        result, record = self.result, self.record
        if result.final == "completed":
            if result.already_existed:
                return "completed (order found on resume)"
            return "completed, reward redeemed" if result.external_code else "completed, no reward"
        if result.final == "abandoned":
            return "abandoned by the cashier" if record.intent == "abandon" else "abandoned after an error or refusal"
        return "UNFINISHED"
