"""``Sale`` and ``AsyncSale``: one POS sale on either vendor, over a vendor's ``SaleFlow``.

The flow (``bonifiq._checkout.SaleFlow``, ``gameball._checkout.SaleFlow``) holds the state and
writes each step once as a generator of calls; these two classes only run the steps, so the
sync and async sales, and the two vendors, share one implementation of the checkout interface.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self, TypeVar

import attrs

from ._money import money, to_cents
from ._steps import Steps, run_async, run_sync
from ._validation import require_money, require_text
from .checkout import Challenge, CompletedOrder, Offer, Payment, Redemption, RewardOption, SaleStatus
from .errors import (
    APIConnectionError,
    InternalServerError,
    InvalidArgumentError,
    RateLimitError,
    ResponseValidationError,
    SaleStateError,
)

if TYPE_CHECKING:
    from ._base_client import AsyncAPIClient, SyncAPIClient

T = TypeVar("T")


class SaleFlow(Protocol):
    """What a vendor's flow offers: state, and one generator of calls per step."""

    customer_id: str
    order_id: str
    purchase_value: Decimal
    status: SaleStatus
    offer: Offer | None
    redemption: Redemption | None
    order: CompletedOrder | None
    order_pending: bool
    """The order was sent and its answer lost: it may exist, so the sale must not be abandoned."""

    @property
    def validation_required(self) -> bool: ...

    def rewards(self) -> Steps[Offer]: ...

    def send_challenge(
        self, *, phone: str | None, email: str | None, document: str | None, name: str | None
    ) -> Steps[Challenge]: ...

    def validate(self, code: str) -> Steps[None]: ...

    def redeem(self, reward: RewardOption | int | str, cashback: Decimal | int | str | None) -> Steps[Redemption]: ...

    def complete(
        self, total: Decimal | int | str, payments: Sequence[Payment] | None, reward_price: Decimal | int | str | None
    ) -> Steps[CompletedOrder]: ...

    def abandon(self) -> Steps[None]: ...


def flow_repr(flow: SaleFlow) -> str:
    """A flow's repr: the order id and the status only.

    The customer id (an e-mail, CPF or phone) and the OTP stay out: tracebacks and crash
    reporters record the flows held by the step generators.
    """
    return f"<{type(flow).__module__.split('.')[-2]}.SaleFlow order_id={flow.order_id!r} status={flow.status.value}>"


def require_open(flow: SaleFlow, step: str) -> None:
    """A step of a completed or abandoned sale is refused before anything is sent."""
    if flow.status in (SaleStatus.COMPLETED, SaleStatus.ABANDONED):
        raise SaleStateError(f"{step}: the sale {flow.order_id!r} is already {flow.status.value}")


def outcome_unknown(error: Exception) -> bool:
    """Whether a failed call may still have been applied on the server.

    An answer that cannot be read (``ResponseValidationError``) came back after the change was made.
    """
    return isinstance(error, APIConnectionError | InternalServerError | RateLimitError | ResponseValidationError)


def completed_before(flow: SaleFlow) -> CompletedOrder | None:
    """The order of a sale completed already: ``complete()`` again reports it, sending nothing."""
    if flow.status is SaleStatus.COMPLETED and flow.order is not None:
        return attrs.evolve(flow.order, already_existed=True)
    return None


def order_total(
    flow: SaleFlow, total: Decimal | int | str, payments: Sequence[Payment] | None, *, extra: Decimal | None = None
) -> Decimal:
    """``complete()``'s total, checked against the purchase and the payments before anything is sent.

    ``extra``: what the order adds to the purchase (a product reward's own line, at its price).
    """
    require_open(flow, "complete")
    amount = require_money("total", total, allow_zero=True)
    limit = flow.purchase_value + (extra or Decimal(0))
    if amount > limit:
        what = "purchase_value" if extra is None else "purchase_value + reward_price"
        raise InvalidArgumentError("total", f"must be <= {what} ({money(limit)})")
    for index, payment in enumerate(payments or ()):
        if not isinstance(payment, Payment):
            raise InvalidArgumentError(f"payments[{index}]", "must be a loyaltykit.checkout.Payment")
    if payments and to_cents(sum((p.amount for p in payments), Decimal(0))) != to_cents(amount):
        raise InvalidArgumentError("payments", f"must add up to total ({money(amount)})")
    return amount


def choose(offer: Offer | None, reward: RewardOption | int | str) -> RewardOption:
    """The sale's offered reward that ``reward`` names (an option or its id)."""
    if offer is None:
        raise SaleStateError("redeem: call rewards() first, so the reward can be checked before redeeming")
    # Strictly these: True == 1 and 1.0 == 1, so a bool or a float would name reward 1.
    if isinstance(reward, bool) or not isinstance(reward, RewardOption | int | str):
        raise InvalidArgumentError("reward", f"must be a RewardOption, an int or a str, got {type(reward).__name__}")
    reward_id = reward.id if isinstance(reward, RewardOption) else reward
    if isinstance(reward_id, str):
        require_text("reward", reward_id)
    try:
        return offer.reward(reward_id)
    except KeyError:
        raise InvalidArgumentError("reward", f"{reward_id!r} is not among this sale's rewards") from None


def _abandons(flow: SaleFlow, exc_type: type[BaseException] | None) -> bool:
    """Whether leaving ``with`` abandons: on an exception, unless the order is or may be registered.

    After a ``complete()`` whose answer was lost the order may exist; giving the points back then
    would leave it without its redeem. The sale is left as it is, to be completed again.
    """
    return exc_type is not None and flow.status is not SaleStatus.COMPLETED and not flow.order_pending


class _SaleView:
    """What both twins show of the flow."""

    _flow: SaleFlow

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
    """One POS sale (``bq.pos.checkout(...)``, ``gb.pos.checkout(...)``); a ``loyaltykit.Checkout``."""

    def __init__(self, client: SyncAPIClient, flow: SaleFlow) -> None:
        self._client = client
        self._flow = flow

    def _run(self, steps: Steps[T]) -> T:
        return run_sync(self._client, steps)

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
    ) -> CompletedOrder:
        """Send the order (net ``total`` paid) carrying the redeem's external code; once per order id.

        BonifiQ product reward (RewardType 5): the order gets the product's own line of one unit at
        its reward price, and ``total`` includes it. That price is computed from the offer and the
        sale's products; ``reward_price`` gives it when the product is not among them (or overrides it).
        """
        return self._run(self._flow.complete(total, payments, reward_price))

    def abandon(self) -> None:
        """Give back whatever was redeemed. Safe to call twice."""
        self._run(self._flow.abandon())

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if _abandons(self._flow, exc_type):
            self.abandon()


class AsyncSale(_SaleView):
    """The async twin of ``Sale``; a ``loyaltykit.AsyncCheckout``."""

    def __init__(self, client: AsyncAPIClient, flow: SaleFlow) -> None:
        self._client = client
        self._flow = flow

    async def _run(self, steps: Steps[T]) -> T:
        return await run_async(self._client, steps)

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
    ) -> CompletedOrder:
        """Send the order (net ``total`` paid) carrying the redeem's external code; once per order id (see ``Sale``)."""
        return await self._run(self._flow.complete(total, payments, reward_price))

    async def abandon(self) -> None:
        """Give back whatever was redeemed. Safe to call twice."""
        await self._run(self._flow.abandon())

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if _abandons(self._flow, exc_type):
            await self.abandon()
