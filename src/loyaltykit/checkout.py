"""One POS checkout interface for both vendors: ``Checkout`` and ``AsyncCheckout``.

``bq.pos.checkout(...)`` and ``gb.pos.checkout(...)`` return objects that satisfy these
protocols, so a POS that supports both vendors writes its checkout once::

    def sell(sale: Checkout, code_from_customer: Callable[[], str]) -> None:
        with sale:
            if sale.status is SaleStatus.OPEN:  # a sale resumed from the journal may be further on
                offer = sale.rewards()
                if sale.validation_required:
                    sale.send_challenge()
                    sale.validate(code_from_customer())
                if offer.cashback_reward is not None:
                    sale.redeem(offer.cashback_reward, cashback=offer.max_cashback_for_current_purchase)
            sale.complete(total=...)

Leaving the ``with`` block by an exception before ``complete`` abandons the sale, which gives
back any points or cashback already redeemed. ``checkout()`` of an order id the client's journal
knows resumes that sale (see the README); ``client.pos.reconcile()`` settles what is left in
doubt (``ReconcileReport``).
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from datetime import datetime, timedelta
from decimal import Decimal
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self, runtime_checkable

import attrs

from ._money import money
from ._response import RawResponse
from ._validation import optional_text, require_money, require_text

if TYPE_CHECKING:
    # What ``detail`` holds on each vendor: their generated models, for type checkers only (the
    # results are shared by both vendors, so neither generated package is imported for them).
    from loyaltykit_bonifiq_api.models.available_reward import AvailableReward
    from loyaltykit_bonifiq_api.models.available_rewards_response import AvailableRewardsResponse
    from loyaltykit_bonifiq_api.models.base_external_api_response_of_cancel_order_response import (
        BaseExternalApiResponseOfCancelOrderResponse,
    )
    from loyaltykit_bonifiq_api.models.couponless_reward_redeem_response import CouponlessRewardRedeemResponse
    from loyaltykit_bonifiq_api.models.order_response import OrderResponse
    from loyaltykit_gameball_api.models.customer_balance_response import CustomerBalanceResponse
    from loyaltykit_gameball_api.models.get_configurations_redemption_response_200_redemption_rules_type_0_item import (
        GetConfigurationsRedemptionResponse200RedemptionRulesType0Item as RedemptionRule,
    )
    from loyaltykit_gameball_api.models.post_transactions_hold_response_200 import PostTransactionsHoldResponse200
    from loyaltykit_gameball_api.models.post_transactions_refund_response_200 import PostTransactionsRefundResponse200

__all__ = [
    "DEFAULT_RECONCILE_GRACE",
    "AsyncCheckout",
    "BusinessWarning",
    "Challenge",
    "Checkout",
    "CompletedOrder",
    "Offer",
    "Payment",
    "ReconcileAction",
    "ReconcileReport",
    "Redemption",
    "Refund",
    "RewardKind",
    "RewardOption",
    "SaleStatus",
]


class SaleStatus(enum.StrEnum):
    OPEN = "open"
    REDEEMED = "redeemed"
    COMPLETED = "completed"
    ABANDONED = "abandoned"


class RewardKind(enum.StrEnum):
    FIXED_VALUE = "fixed_value"
    PERCENT = "percent"
    CASHBACK = "cashback"
    PRODUCT = "product"
    CUSTOM = "custom"
    POINTS = "points"
    """Gameball: points redeemed for their monetary value (hold by amount)."""
    UNKNOWN = "unknown"


@attrs.frozen
class BusinessWarning:
    """A ``Severity=Warning`` outcome: a valid 200 that is informational or non-ideal."""

    code: str | None
    code_name: str | None
    message: str | None


@attrs.frozen(repr=False)
class RewardOption:
    """A reward the customer may redeem on this purchase."""

    id: int | str
    title: str | None
    kind: RewardKind
    can_use: bool
    cannot_use_reason: str | None = None
    value: Decimal | None = None
    points: int | None = None
    max_cashback: Decimal | None = None
    external_product_id: str | None = None
    detail: AvailableReward | RedemptionRule | CustomerBalanceResponse | None = attrs.field(default=None, eq=False)
    """The vendor's own model of the reward (generated), with every field it sent: BonifiQ's
    ``AvailableReward``; Gameball's redemption rule, or for paying with points its balance."""

    @property
    def is_cashback(self) -> bool:
        return self.kind in (RewardKind.CASHBACK, RewardKind.POINTS)

    def discount_on(self, base: Decimal, cashback: Decimal | None = None) -> Decimal:
        """What this reward takes off ``base`` (the purchase after the POS's own discounts).

        Percent: ``base x value / 100`` rounded to cents; fixed value: ``value``; cashback or
        points: the amount chosen; capped at ``base``. A product reward discounts its own line,
        which the POS prices (BonifiQ's POS guide §5.4-5.5), so it is 0 here.
        """
        if self.kind is RewardKind.PERCENT and self.value is not None:
            discount = money(base * self.value / 100)
        elif self.kind is RewardKind.FIXED_VALUE and self.value is not None:
            discount = self.value
        elif self.is_cashback and cashback is not None:
            discount = cashback
        else:
            discount = Decimal(0)
        return min(discount, base)

    def __repr__(self) -> str:
        return f"RewardOption(id={self.id!r}, kind={self.kind.value}, can_use={self.can_use}, title={self.title!r})"


@attrs.frozen(repr=False)
class Offer:
    """What ``sale.rewards()`` found: balances, rewards and whether a PIN is needed."""

    rewards: tuple[RewardOption, ...]
    available_points: Decimal | None
    available_cashback: Decimal | None
    max_cashback_for_current_purchase: Decimal | None
    validation_required: bool
    eligible_value: Decimal | None = None
    detail: AvailableRewardsResponse | CustomerBalanceResponse | None = attrs.field(default=None, eq=False)
    """The vendor's own answer (generated): BonifiQ's ``AvailableRewardsResponse``, Gameball's balance."""
    raw_response: RawResponse | None = attrs.field(default=None, eq=False)

    @property
    def usable(self) -> tuple[RewardOption, ...]:
        return tuple(r for r in self.rewards if r.can_use)

    @property
    def cashback_reward(self) -> RewardOption | None:
        """The usable cashback (BonifiQ) or points-for-money (Gameball) option, if any."""
        return next((r for r in self.usable if r.is_cashback), None)

    def reward(self, reward_id: int | str) -> RewardOption:
        for option in self.rewards:
            if option.id == reward_id or str(option.id) == str(reward_id):
                return option
        raise KeyError(reward_id)

    def __repr__(self) -> str:
        return (
            f"Offer(rewards={len(self.rewards)}, usable={len(self.usable)}, points={self.available_points}, "
            f"cashback={self.available_cashback}, max_cashback={self.max_cashback_for_current_purchase}, "
            f"validation_required={self.validation_required})"
        )


@attrs.frozen
class Challenge:
    """The answer to ``send_challenge``: whether the PIN went out, or what is missing to send it."""

    transaction_id: str | None
    sent: bool
    needs_phone: bool = False
    needs_email: bool = False
    preview_code: str | None = attrs.field(default=None, repr=False)
    """BonifiQ only: the PIN itself, when the challenge's reply carries it (its ``Code``), which
    BonifiQ's preview environments do, and the sandbox only when started with ``--preview-pin``
    (``SandboxConfig(return_pin_in_challenge=True)``). None otherwise: in production, in the sandbox
    by default (read the PIN from ``GET /_sandbox/bonifiq/customers/{id}/pin``) and always on Gameball,
    whose OTP goes by SMS only."""
    message: str | None = None
    sent_by_sms: bool | None = None
    """BonifiQ: the PIN went by SMS (None when the vendor does not say)."""
    sent_by_email: bool | None = None
    """BonifiQ: the PIN went by e-mail (None when the vendor does not say)."""


@attrs.frozen(repr=False)
class Redemption:
    """A redeem: pass ``external_code`` with the order (BonifiQ ``Coupon``, Gameball hold reference)."""

    external_code: str
    reward_id: int | None = None
    """BonifiQ's RewardId of the redeem, which cancels it."""
    original_key: str | None = None
    value: Decimal | None = None
    points: Decimal | int | None = None
    """The points this redeem spent, positive on both vendors (BonifiQ's ledger writes them negative)."""
    external_product_id: str | None = None
    coupon_code: str | None = None
    expires_at: datetime | None = None
    warnings: tuple[BusinessWarning, ...] = ()
    detail: CouponlessRewardRedeemResponse | PostTransactionsHoldResponse200 | None = attrs.field(
        default=None, eq=False
    )
    """The vendor's own result model (generated), with every field it sent; None for a redemption
    read back from the journal."""
    raw_response: RawResponse | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        return (
            f"Redemption(external_code={self.external_code!r}, reward_id={self.reward_id!r}, "
            f"value={self.value!r}, points={self.points!r}, warnings={len(self.warnings)})"
        )


def points_spent(quantity: Decimal | int | None) -> Decimal | int | None:
    """``Redemption.points``: what the vendor reports as spent, whatever sign it writes it with."""
    if quantity is None:
        return None
    return -quantity if quantity < 0 else quantity


def _payment_id(value: object) -> str:
    return require_text("Payment.method", value)


def _payment_amount(value: object) -> Decimal:
    return require_money("Payment.amount", value, allow_zero=True)


def _payment_name(value: object) -> str | None:
    return optional_text("Payment.name", value)


@attrs.frozen
class Payment:
    """How the customer paid part of the order (BonifiQ ``PaymentMethods``)."""

    method: str = attrs.field(converter=_payment_id)
    amount: Decimal = attrs.field(converter=_payment_amount)
    name: str | None = attrs.field(default=None, converter=_payment_name)


@attrs.frozen(repr=False)
class CompletedOrder:
    order_id: str
    external_code: str | None
    already_existed: bool = False
    """True when the order was already there (a retry, or a restarted POS): nothing was created twice."""
    queued: bool = False
    """``complete(offline=True)`` could not deliver it: it waits in the journal's outbox (same order id)."""
    detail: OrderResponse | None = attrs.field(default=None, eq=False)
    """BonifiQ's ``OrderResponse`` (generated); None on Gameball, whose order answer carries nothing more."""
    raw_response: RawResponse | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        return (
            f"CompletedOrder(order_id={self.order_id!r}, already_existed={self.already_existed}, queued={self.queued})"
        )


@attrs.frozen(repr=False)
class Refund:
    order_id: str
    value: Decimal | None
    key: str
    already_applied: bool = False
    """True when the vendor had already applied this refund (same key): it was not applied twice."""
    detail: BaseExternalApiResponseOfCancelOrderResponse | PostTransactionsRefundResponse200 | None = attrs.field(
        default=None, eq=False
    )
    raw_response: RawResponse | None = attrs.field(default=None, eq=False)

    def __repr__(self) -> str:
        return f"Refund(order_id={self.order_id!r}, value={self.value!r}, already_applied={self.already_applied})"


DEFAULT_RECONCILE_GRACE = timedelta(minutes=5)
"""How long ``reconcile`` leaves a step in doubt alone: longer than any request can still be in flight."""

RECONCILE_ACTIONS = frozenset(
    {
        "cancelled_late_redeem",
        "released_hold",
        "resent_order",
        "already_completed",
        "nothing_found",
        "still_in_doubt",
        "held",
        "failed",
    }
)
"""``already_completed``: an order step left in doubt whose sale its terminal has completed since;
nothing is sent. ``held``: a live worker holds the sale (``checkout()``); not touched, the next
round takes it."""


@attrs.frozen
class ReconcileAction:
    """What ``reconcile`` did about one step in doubt (``action``: one of ``RECONCILE_ACTIONS``)."""

    order_id: str
    step: str
    action: str = attrs.field(validator=attrs.validators.in_(RECONCILE_ACTIONS))
    detail: str | None = None


@attrs.frozen
class ReconcileReport:
    """Every action of one ``client.pos.reconcile()``, in the order the steps were begun."""

    actions: tuple[ReconcileAction, ...] = ()


@runtime_checkable
class Checkout(Protocol):
    """One sale at a point of sale, on either vendor (sync)."""

    @property
    def order_id(self) -> str: ...

    @property
    def status(self) -> SaleStatus: ...

    @property
    def validation_required(self) -> bool: ...

    @property
    def redemption(self) -> Redemption | None: ...

    def rewards(self) -> Offer: ...

    def send_challenge(
        self,
        *,
        phone: str | None = None,
        email: str | None = None,
        document: str | None = None,
        name: str | None = None,
    ) -> Challenge: ...

    def validate(self, code: str) -> None: ...

    def redeem(
        self, reward: RewardOption | int | str, *, cashback: Decimal | int | str | None = None
    ) -> Redemption: ...

    def complete(
        self,
        *,
        total: Decimal | int | str,
        payments: Sequence[Payment] | None = None,
        reward_price: Decimal | int | str | None = None,
        offline: bool = False,
    ) -> CompletedOrder:
        """Register the sale. ``reward_price``: a BonifiQ product reward's line price (Gameball refuses it).
        ``offline=True``: queue the order in the journal if it cannot be delivered (``queued=True``)."""
        ...

    def abandon(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


@runtime_checkable
class AsyncCheckout(Protocol):
    """One sale at a point of sale, on either vendor (async)."""

    @property
    def order_id(self) -> str: ...

    @property
    def status(self) -> SaleStatus: ...

    @property
    def validation_required(self) -> bool: ...

    @property
    def redemption(self) -> Redemption | None: ...

    async def rewards(self) -> Offer: ...

    async def send_challenge(
        self,
        *,
        phone: str | None = None,
        email: str | None = None,
        document: str | None = None,
        name: str | None = None,
    ) -> Challenge: ...

    async def validate(self, code: str) -> None: ...

    async def redeem(
        self, reward: RewardOption | int | str, *, cashback: Decimal | int | str | None = None
    ) -> Redemption: ...

    async def complete(
        self,
        *,
        total: Decimal | int | str,
        payments: Sequence[Payment] | None = None,
        reward_price: Decimal | int | str | None = None,
        offline: bool = False,
    ) -> CompletedOrder:
        """Register the sale. ``reward_price``: a BonifiQ product reward's line price (Gameball refuses it).
        ``offline=True``: queue the order in the journal if it cannot be delivered (``queued=True``)."""
        ...

    async def abandon(self) -> None: ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...
