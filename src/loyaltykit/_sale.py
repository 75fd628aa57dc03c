"""``Sale`` and ``AsyncSale``: one POS sale on either vendor, over a vendor's ``SaleFlow``.

The flow (``bonifiq._checkout.SaleFlow``, ``gameball._checkout.SaleFlow``, both a
``_sale_machine.SaleMachine``) holds the state and writes each step once as a generator of calls;
these two classes only run the steps, one at a time: a sale used from several threads (or tasks)
runs its steps in turn, so a second ``redeem()`` tapped while one is in flight waits for it and
then gets the same redemption (same reward and amount) or a ``SaleStateError``, never a second
redeem or hold. After each step the sale's state is stored in the client's journal
(``_sale_journal.SaleJournal``), so that another process can take the sale up where it stood.

A sale holds its order (``_sale_hold``) from ``checkout()`` until it is completed, abandoned or
closed (``close()``, the end of its ``with`` block, or, best effort, when it is garbage collected),
so no other worker runs its steps meanwhile.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Sequence
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypeVar

from ._sale_hold import SaleHold, hold_timeout, take_hold, take_hold_async, try_hold
from ._sale_journal import SaleJournal
from ._sale_machine import SaleMachine, choose
from ._steps import Steps, run_async, run_sync
from .checkout import Challenge, CompletedOrder, Offer, Payment, Redemption, RewardOption, SaleStatus

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

T = TypeVar("T")

__all__ = ["AsyncSale", "Sale", "choose", "open_async_sale", "open_sale"]  # choose: the CLI names a reward


def open_sale(client: SyncAPIClient, vendor: str, flow: SaleMachine, timeout: object) -> Sale:
    """``checkout()``: the sale's hold (waited for up to ``timeout``), then the sale opened or resumed."""
    hold = take_hold(client.journal, vendor, flow.order_id, hold_timeout(timeout, "hold_timeout"))
    sale = Sale(client, flow)
    sale._attach(vendor, hold)
    return sale


def open_async_sale(client: AsyncAPIClient, vendor: str, flow: SaleMachine, timeout: object) -> AsyncSale:
    """The async ``checkout()``: the hold if it is free now; if not, the sale's first await waits for it."""
    seconds = hold_timeout(timeout, "hold_timeout")
    sale = AsyncSale(client, flow)
    hold = try_hold(client.journal, vendor, flow.order_id)
    if hold is None:
        sale._waiting = (vendor, seconds)
    else:
        sale._attach(vendor, hold)
    return sale


_FINISHED = (SaleStatus.COMPLETED, SaleStatus.ABANDONED)


class _SaleView:
    """What both twins show of the flow, and the hold they keep."""

    _client: SyncAPIClient | AsyncAPIClient
    _flow: SaleMachine
    _journal: SaleJournal | None
    _hold: SaleHold | None = None

    def _attach(self, vendor: str, hold: SaleHold) -> None:
        self._hold = hold
        try:
            self._journal = SaleJournal.attach(self._client.journal, vendor, self._flow)
        except BaseException:
            self._let_go()
            raise
        self._let_go_if_finished()  # e.g. a completed sale given back

    def _saved(self) -> None:
        if self._journal is not None:
            self._journal.save()
        self._let_go_if_finished()

    def _let_go_if_finished(self) -> None:
        if self._flow.status in _FINISHED:
            self._let_go()

    def _let_go(self) -> None:
        if self._hold is not None:
            self._hold.release()

    def __del__(self) -> None:
        # Best effort: a sale dropped unfinished gives its hold back (the journal keeps its state).
        with contextlib.suppress(Exception):  # a closed journal let it go already
            self._let_go()

    @property
    def order_id(self) -> str:
        return self._flow.order_id

    @property
    def customer_id(self) -> str:
        return self._flow.customer_id

    @property
    def status(self) -> SaleStatus:
        return self._flow.status

    @property
    def validation_required(self) -> bool:
        return self._flow.validation_required

    @property
    def offer(self) -> Offer | None:
        return self._flow.offer

    @property
    def redemption(self) -> Redemption | None:
        return self._flow.redemption

    def __repr__(self) -> str:
        return f"<{type(self).__name__} order_id={self.order_id!r} status={self.status.value}>"


class Sale(_SaleView):
    """One POS sale (``bq.pos.checkout(...)``, ``gb.pos.checkout(...)``); a ``loyaltykit.Checkout``.

    Its steps take no per-call options: a step may send several requests (Gameball's rewards are
    two; a redeem may be cancelled at once), each retried by its own rule, so the sale runs on
    the settings of the client that started it. For other ones, start it from a copy:
    ``bq.with_options(timeout=3).pos.checkout(...)``.
    """

    def __init__(self, client: SyncAPIClient, flow: SaleMachine, journal: SaleJournal | None = None) -> None:
        self._client: SyncAPIClient = client
        self._flow = flow
        self._journal = journal
        self._lock = threading.Lock()

    def close(self) -> None:
        """Let the sale go unfinished: another worker's ``checkout()`` of its order resumes it. Safe twice."""
        self._let_go()

    def _run(self, steps: Steps[T]) -> T:
        # The generator runs nothing before its first call, so every check happens under the lock.
        with self._lock:
            try:
                return run_sync(self._client, steps)
            finally:
                self._saved()

    def rewards(self) -> Offer:
        """The customer's rewards and balances for this purchase, the cashback cap and the PIN flag."""
        return self._run(self._flow.rewards())

    def send_challenge(
        self,
        *,
        phone: str | None = None,
        email: str | None = None,
        document: str | None = None,
        name: str | None = None,
    ) -> Challenge:
        """Send the PIN. If ``needs_phone``/``needs_email`` come back, call again with that contact."""
        return self._run(self._flow.send_challenge(phone=phone, email=email, document=document, name=name))

    def validate(self, code: str) -> None:
        """Check the PIN the customer typed; raises ``ChallengeFailedError`` if it is wrong."""
        self._run(self._flow.validate(code))

    def redeem(self, reward: RewardOption | int | str, *, cashback: Decimal | int | str | None = None) -> Redemption:
        """Redeem ``reward`` (``cashback``: the amount, for cashback/points rewards), checked before sending."""
        return self._run(self._flow.redeem(reward, cashback))

    def complete(
        self,
        *,
        total: Decimal | int | str,
        payments: Sequence[Payment] | None = None,
        reward_price: Decimal | int | str | None = None,
        offline: bool = False,
    ) -> CompletedOrder:
        """Send the order (net ``total`` paid) carrying the redeem's external code; once per order id.

        BonifiQ product reward (RewardType 5): the order gets the product's own line of one unit at
        its reward price, and ``total`` includes it. That price is computed from the offer and the
        sale's products; ``reward_price`` gives it when the product is not among them (or overrides it).

        ``offline=True``: an order that cannot be delivered (connection, timeout, 5xx, 429 after
        retries) is queued in the journal's outbox and the result says ``queued=True``; the sale
        is completed. It needs no ``rewards()``. A redeem is never made offline.
        """
        return self._run(self._flow.complete(total, payments, reward_price, offline))

    def abandon(self) -> None:
        """Give back whatever was redeemed. Safe to call twice."""
        self._run(self._flow.abandon())

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if self._flow.abandons_on(exc_type):
                self.abandon()
        finally:
            self.close()


class AsyncSale(_SaleView):
    """The async twin of ``Sale``; a ``loyaltykit.AsyncCheckout``."""

    def __init__(self, client: AsyncAPIClient, flow: SaleMachine, journal: SaleJournal | None = None) -> None:
        self._client: AsyncAPIClient = client
        self._flow = flow
        self._journal = journal
        self._lock: asyncio.Lock | None = None
        self._waiting: tuple[str, float] | None = None  # (vendor, timeout): the hold was taken elsewhere

    async def _run(self, steps: Steps[T]) -> T:
        await self._open()
        async with self._opened():
            try:
                return await run_async(self._client, steps)
            finally:
                self._saved()  # one short local transaction

    async def rewards(self) -> Offer:
        """The customer's rewards and balances for this purchase, the cashback cap and the PIN flag."""
        return await self._run(self._flow.rewards())

    async def send_challenge(
        self,
        *,
        phone: str | None = None,
        email: str | None = None,
        document: str | None = None,
        name: str | None = None,
    ) -> Challenge:
        """Send the PIN. If ``needs_phone``/``needs_email`` come back, call again with that contact."""
        return await self._run(self._flow.send_challenge(phone=phone, email=email, document=document, name=name))

    async def validate(self, code: str) -> None:
        """Check the PIN the customer typed; raises ``ChallengeFailedError`` if it is wrong."""
        await self._run(self._flow.validate(code))

    async def redeem(
        self, reward: RewardOption | int | str, *, cashback: Decimal | int | str | None = None
    ) -> Redemption:
        """Redeem ``reward`` (``cashback``: the amount, for cashback/points rewards), checked before sending."""
        return await self._run(self._flow.redeem(reward, cashback))

    async def complete(
        self,
        *,
        total: Decimal | int | str,
        payments: Sequence[Payment] | None = None,
        reward_price: Decimal | int | str | None = None,
        offline: bool = False,
    ) -> CompletedOrder:
        """Send the order (net ``total`` paid) carrying the redeem's external code; once per order id (see ``Sale``)."""
        return await self._run(self._flow.complete(total, payments, reward_price, offline))

    async def abandon(self) -> None:
        """Give back whatever was redeemed. Safe to call twice."""
        await self._run(self._flow.abandon())

    def _opened(self) -> asyncio.Lock:
        # Made on first use, inside the loop that runs the sale. One loop per sale, as for the
        # client's connections.
        if self._lock is None:
            self._lock = asyncio.Lock()
        return self._lock

    async def _open(self) -> None:
        """The hold ``checkout()`` could not take at once, awaited (the event loop runs meanwhile)."""
        async with self._opened():
            if self._waiting is not None:
                vendor, timeout = self._waiting
                hold = await take_hold_async(self._client.journal, vendor, self.order_id, timeout)
                self._waiting = None
                self._attach(vendor, hold)

    async def close(self) -> None:
        """Let the sale go unfinished: another worker's ``checkout()`` of its order resumes it. Safe twice."""
        self._waiting = None
        self._let_go()

    async def __aenter__(self) -> Self:
        await self._open()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        try:
            if self._flow.abandons_on(exc_type):
                await self.abandon()
        finally:
            await self.close()
