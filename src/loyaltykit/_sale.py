"""``Sale`` and ``AsyncSale``: one POS sale on either vendor, over a vendor's ``SaleFlow``.

The flow (``bonifiq._checkout.SaleFlow``, ``gameball._checkout.SaleFlow``, both a
``_sale_machine.SaleMachine``) holds the state and writes each step once as a generator of calls;
these two classes only run the steps, one at a time: a sale used from several threads (or tasks)
runs its steps in turn, so a second ``redeem()`` tapped while one is in flight waits for it and
then gets the same redemption (same reward and amount) or a ``SaleStateError``, never a second
redeem or hold. After each step the sale's state is stored in the client's journal
(``_sale_journal.SaleJournal``), so that another process can take the sale up where it stood.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Self, TypeVar

from ._sale_machine import SaleMachine, choose
from ._steps import Steps, run_async, run_sync
from .checkout import Challenge, CompletedOrder, Offer, Payment, Redemption, RewardOption, SaleStatus

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient
    from ._sale_journal import SaleJournal

T = TypeVar("T")

__all__ = ["AsyncSale", "Sale", "choose"]  # choose: the CLI names a reward as a sale does


class _SaleView:
    """What both twins show of the flow."""

    _flow: SaleMachine
    _journal: SaleJournal | None

    def _saved(self) -> None:
        if self._journal is not None:
            self._journal.save()

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
        self._client = client
        self._flow = flow
        self._journal = journal
        self._lock = threading.Lock()

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
        if self._flow.abandons_on(exc_type):
            self.abandon()


class AsyncSale(_SaleView):
    """The async twin of ``Sale``; a ``loyaltykit.AsyncCheckout``."""

    def __init__(self, client: AsyncAPIClient, flow: SaleMachine, journal: SaleJournal | None = None) -> None:
        self._client = client
        self._flow = flow
        self._journal = journal
        self._lock: asyncio.Lock | None = None

    async def _run(self, steps: Steps[T]) -> T:
        # Made on first use, inside the loop that runs the sale. One loop per sale, as for the
        # client's connections.
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
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

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._flow.abandons_on(exc_type):
            await self.abandon()
