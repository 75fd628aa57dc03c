"""The state machine of one POS sale, written once for both vendors.

A sale goes ``open -> redeemed -> completed | abandoned``. Beside those statuses it can be in
doubt: a redeem sent whose outcome is unknown (``redeem_in_doubt``, the redeem's key: only a
vendor whose redeem carries one can find it again) or an order sent whose answer was lost
(``order_pending``: it may exist, so the sale may only be completed, never abandoned).

``SaleMachine`` holds that state, checks every step against it and moves it on; a vendor's
``SaleFlow`` subclasses it and supplies only its steps (generators of calls, see ``_steps``) and
its facts. Every step that writes runs as *intent* (step, idempotency key, a summary without
personal data) -> calls -> *outcome* (done, refused or in doubt), told to the sale's
``StepRecorder``: the one place the journal of the sale's steps plugs in (``_sale_journal``, which
also stores the machine's state after every step). ``NO_RECORDER`` records nothing.

A redeem is never made offline: it needs the vendor's live balance. Only the order can be, with
``complete(offline=True)``: an order that cannot be delivered waits in the journal's outbox.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar, Protocol

import attrs

from ._money import money, to_cents
from ._steps import Steps
from ._validation import require_money, require_text
from .checkout import Challenge, CompletedOrder, Offer, Payment, Redemption, RewardOption, SaleStatus
from .errors import (
    APIConnectionError,
    InternalServerError,
    InvalidArgumentError,
    RateLimitError,
    ResponseValidationError,
    SaleStateError,
    ValidationRequiredError,
)


class Outcome(enum.StrEnum):
    DONE = "done"
    REFUSED = "refused"
    """Nothing was changed (or what was changed was undone), so the step may be tried again."""
    IN_DOUBT = "in_doubt"
    """The answer was lost or unreadable: the change may have been made."""


@attrs.frozen
class Intent:
    """A step about to send its calls. No customer id, contact or code: only what names the step."""

    order_id: str
    step: str
    key: str | None = None
    """The idempotency key of the step's write (OriginalKey, orderId...), when it has one."""
    summary: Mapping[str, str] = attrs.field(factory=dict)


class StepRecorder(Protocol):
    """Told each step's intent before its first call and its outcome after the last one."""

    def intent(self, intent: Intent) -> None: ...

    def outcome(self, intent: Intent, outcome: Outcome) -> None: ...

    def enqueue(self, order_id: str, body: dict[str, Any]) -> None:
        """Keep an order that could not be delivered, to be sent again with the same order id."""
        ...


class _NoRecorder:
    def intent(self, intent: Intent) -> None:
        pass

    def outcome(self, intent: Intent, outcome: Outcome) -> None:
        pass

    def enqueue(self, order_id: str, body: dict[str, Any]) -> None:
        raise SaleStateError("complete(offline=True): this sale has no journal to queue the order in")

    def __repr__(self) -> str:
        return "NO_RECORDER"


NO_RECORDER: StepRecorder = _NoRecorder()


def outcome_unknown(error: Exception) -> bool:
    """Whether a failed call may still have been applied on the server.

    An answer that cannot be read (``ResponseValidationError``) came back after the change was made.
    """
    return isinstance(error, APIConnectionError | InternalServerError | RateLimitError | ResponseValidationError)


def undeliverable(error: Exception) -> bool:
    """Whether a request failed for want of a reachable vendor (connection, timeout, 5xx, 429 after retries)."""
    return isinstance(error, APIConnectionError | InternalServerError | RateLimitError)


def recorded(recorder: StepRecorder, intent: Intent, steps: Steps[Any]) -> Steps[Any]:
    """Run ``steps`` between ``intent`` and its outcome."""
    recorder.intent(intent)
    try:
        result = yield from steps
    except Exception as error:
        recorder.outcome(intent, Outcome.IN_DOUBT if outcome_unknown(error) else Outcome.REFUSED)
        raise
    recorder.outcome(intent, Outcome.DONE)
    return result


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


@attrs.frozen
class OrderPlan:
    """An order checked before anything is sent: its net total and the vendor's request."""

    total: Decimal
    request: Any = attrs.field(eq=False)


@attrs.define(repr=False)
class SaleMachine:
    """The state of one sale, the checks and transitions of its steps. Independent of sync/async.

    Subclasses supply the ``_``-prefixed steps, ``validation_required`` and ``customer_validated``.
    """

    UNDO: ClassVar[str] = "undo the order"
    """How a completed sale is undone on this vendor, for the messages of ``abandon``."""

    customer_id: str
    order_id: str
    purchase_value: Decimal
    discount_value: Decimal | None = None
    branch: str | None = None
    status: SaleStatus = SaleStatus.OPEN
    offer: Offer | None = None
    redemption: Redemption | None = None
    reward: RewardOption | None = None
    """The option redeemed."""
    redeemed_as: tuple[str, Decimal | None] | None = None
    """What the redemption was asked for: (reward id, amount)."""
    redeem_in_doubt: str | None = None
    """The key of a redeem sent whose outcome is unknown."""
    order: CompletedOrder | None = None
    sent_total: Decimal | None = None
    """The net total of the order sent (completed, or its answer lost): ``complete()`` again with
    another total would be another sale under the same order id, so it is refused."""
    order_pending: bool = False
    """The order was sent and its answer lost: it may exist, so the sale must not be abandoned."""
    order_request: dict[str, Any] | None = None
    """The order's request (``to_dict``) while it is being sent or in doubt: what reconcile resends."""
    recorder: StepRecorder = attrs.field(default=NO_RECORDER, kw_only=True)

    def __repr__(self) -> str:
        # The customer id (an e-mail, CPF or phone) and the OTP stay out: tracebacks and crash
        # reporters record the flows held by the step generators.
        vendor = type(self).__module__.split(".")[-2]
        return f"<{vendor}.SaleFlow order_id={self.order_id!r} status={self.status.value}>"

    # -- what each vendor supplies ---------------------------------------------------------

    @property
    def validation_required(self) -> bool:
        raise NotImplementedError

    @property
    def customer_validated(self) -> bool:
        """Whether this sale has validated the customer (a PIN checked, or an OTP kept for the redeem)."""
        raise NotImplementedError

    def _rewards(self) -> Steps[Offer]:
        raise NotImplementedError

    def _send_challenge(
        self, *, phone: str | None, email: str | None, document: str | None, name: str | None
    ) -> Steps[Challenge]:
        raise NotImplementedError

    def _validate(self, code: str) -> Steps[None]:
        raise NotImplementedError

    def _redeem_amount(self, option: RewardOption, cashback: Decimal | int | str | None) -> Decimal | None:
        """The amount ``redeem`` asks for (cashback or points' value), checked; None for other rewards."""
        raise NotImplementedError

    def _redeem_key(self, option: RewardOption, amount: Decimal | None) -> str | None:
        """The redeem's idempotency key, if the vendor takes one."""
        return None

    def _still_redeemed(self, redemption: Redemption) -> Steps[bool]:
        """Whether the sale's redemption still stands, so ``redeem`` again returns it."""
        raise NotImplementedError

    def _redeem(self, option: RewardOption, amount: Decimal | None, key: str | None) -> Steps[Redemption]:
        raise NotImplementedError

    def _plan_order(
        self, total: Decimal | int | str, payments: Sequence[Payment] | None, reward_price: Decimal | int | str | None
    ) -> OrderPlan:
        raise NotImplementedError

    def _send_order(self, plan: OrderPlan) -> Steps[CompletedOrder]:
        raise NotImplementedError

    def _give_back(self) -> Steps[None]:
        """Undo the redeem (or the redeem in doubt), for ``abandon``.

        A redeem in doubt that cannot be found is left in ``redeem_in_doubt``: it may still land,
        and ``reconcile`` cancels it then.
        """
        raise NotImplementedError

    def _order_request(self, body: dict[str, Any]) -> Any:
        """The vendor's order request model from its ``to_dict()``, for ``reconcile`` to resend it."""
        raise NotImplementedError

    def _cancel_late_redeem(self, key: str | None) -> Steps[bool]:
        """Cancel a redeem in doubt of a finished sale, if it landed after all (True: it did)."""
        raise NotImplementedError

    def snapshot(self) -> dict[str, Any]:
        """The vendor's own state, as JSON, for the journal (no OTP, no contact)."""
        return {}

    def restore(self, state: dict[str, Any]) -> None:
        """Take back what ``snapshot`` gave, in a new process."""

    # -- the checks --------------------------------------------------------------------------

    def require_open(self, step: str) -> None:
        """A step of a completed or abandoned sale is refused before anything is sent."""
        if self.status in (SaleStatus.COMPLETED, SaleStatus.ABANDONED):
            raise SaleStateError(f"{step}: the sale {self.order_id!r} is already {self.status.value}")

    def order_total(
        self, total: Decimal | int | str, payments: Sequence[Payment] | None, *, extra: Decimal | None = None
    ) -> Decimal:
        """``complete()``'s total, checked against the purchase and the payments before anything is sent.

        ``extra``: what the order adds to the purchase (a product reward's own line, at its price).
        """
        amount = require_money("total", total, allow_zero=True)
        limit = self.purchase_value + (extra or Decimal(0))
        if amount > limit:
            what = "purchase_value" if extra is None else "purchase_value + reward_price"
            raise InvalidArgumentError("total", f"must be <= {what} ({money(limit)})")
        for index, payment in enumerate(payments or ()):
            if not isinstance(payment, Payment):
                raise InvalidArgumentError(f"payments[{index}]", "must be a loyaltykit.checkout.Payment")
        if payments and to_cents(sum((p.amount for p in payments), Decimal(0))) != to_cents(amount):
            raise InvalidArgumentError("payments", f"must add up to total ({money(amount)})")
        return amount

    def abandons_on(self, exc_type: type[BaseException] | None) -> bool:
        """Whether leaving ``with`` abandons: on an exception, unless the order is or may be registered.

        After a ``complete()`` whose answer was lost the order may exist; giving the points back then
        would leave it without its redeem. The sale is left as it is, to be completed again.
        """
        return exc_type is not None and self.status is not SaleStatus.COMPLETED and not self.order_pending

    def _intent(self, step: str, key: str | None = None, **summary: object) -> Intent:
        shown = {name: str(value) for name, value in summary.items() if value is not None}
        return Intent(order_id=self.order_id, step=step, key=key, summary=shown)

    # -- the steps ---------------------------------------------------------------------------

    def rewards(self) -> Steps[Offer]:
        self.require_open("rewards")
        self.offer = yield from self._rewards()
        return self.offer

    def send_challenge(
        self, *, phone: str | None, email: str | None, document: str | None, name: str | None
    ) -> Steps[Challenge]:
        self.require_open("send_challenge")
        steps = self._send_challenge(phone=phone, email=email, document=document, name=name)
        challenge: Challenge = yield from recorded(self.recorder, self._intent("send_challenge"), steps)
        return challenge

    def validate(self, code: str) -> Steps[None]:
        self.require_open("validate")
        yield from recorded(self.recorder, self._intent("validate"), self._validate(code))

    def redeem(self, reward: RewardOption | int | str, cashback: Decimal | int | str | None) -> Steps[Redemption]:
        self.require_open("redeem")
        option = choose(self.offer, reward)
        amount = self._redeem_amount(option, cashback)
        asked = (str(option.id), amount)
        if self.order_pending:
            # The order may exist and carry the redeem: another one would be charged for nothing.
            raise SaleStateError("redeem: the order was sent and its answer lost; call complete() again")
        if self.redemption is not None:
            if self.redeemed_as != asked:
                raise SaleStateError("redeem: this sale already redeemed another reward; abandon() first")
            if (yield from self._still_redeemed(self.redemption)):
                return self.redemption
            # Gone (a Gameball hold expired or was released): redeem again below.
            self.redemption, self.reward, self.redeemed_as, self.status = None, None, None, SaleStatus.OPEN
        if self.validation_required and not self.customer_validated:
            raise ValidationRequiredError("redeem: this customer must be validated first (send_challenge, validate)")
        key = self._redeem_key(option, amount)
        intent = self._intent("redeem", key, reward=option.id, amount=amount)
        redemption: Redemption = yield from recorded(self.recorder, intent, self._redeem(option, amount, key))
        self.redemption, self.reward, self.redeemed_as = redemption, option, asked
        self.status = SaleStatus.REDEEMED
        return redemption

    def complete(
        self,
        total: Decimal | int | str,
        payments: Sequence[Payment] | None,
        reward_price: Decimal | int | str | None = None,
        offline: bool = False,
    ) -> Steps[CompletedOrder]:
        if self.status is SaleStatus.COMPLETED and self.order is not None:
            # Completed already: complete() again reports the order, sending nothing; with another
            # total it is not a repeat, and answering already_existed would hide the difference.
            self._require_same_total(total)
            return attrs.evolve(self.order, already_existed=True)
        self.require_open("complete")
        if self.order_pending:
            # The order sent may exist with its total: resending another under its id would not change it.
            self._require_same_total(total)
        plan = self._plan_order(total, payments, reward_price)
        intent = self._intent("complete", self.order_id, total=money(plan.total))
        # Kept (in the journal, before the request goes) until the order is known to exist.
        self.order_request, self.sent_total = plan.request.to_dict(), plan.total
        try:
            order: CompletedOrder = yield from recorded(self.recorder, intent, self._send_order(plan))
        except Exception as error:
            if offline and undeliverable(error):
                # Same order id when the outbox sends it: if this attempt did land, that one is a repeat.
                self.recorder.enqueue(self.order_id, {"request": self.order_request})
                external_code = self.redemption.external_code if self.redemption is not None else None
                return self._completed(CompletedOrder(self.order_id, external_code, queued=True), plan.total)
            if outcome_unknown(error):
                self.order_pending = True  # registered or not: only complete() again can tell
            else:
                self.order_request, self.sent_total = None, None  # refused: nothing to send again
            raise
        return self._completed(order, plan.total)

    def _completed(self, order: CompletedOrder, total: Decimal) -> CompletedOrder:
        self.order_pending, self.order_request = False, None
        self.order, self.sent_total, self.status = order, total, SaleStatus.COMPLETED
        return order

    def _require_same_total(self, total: Decimal | int | str) -> None:
        asked = require_money("total", total, allow_zero=True)
        if self.sent_total is not None and asked != self.sent_total:
            how = "completed" if self.status is SaleStatus.COMPLETED else "sent (its answer lost)"
            raise SaleStateError(
                f"complete: the sale {self.order_id!r} was {how} with total {money(self.sent_total)}, "
                f"not {money(asked)}; a different total is another sale: use a new order id"
            )

    def abandon(self) -> Steps[None]:
        if self.status is SaleStatus.ABANDONED:
            return
        if self.status is SaleStatus.COMPLETED:
            raise SaleStateError(f"abandon: the sale is completed; {self.UNDO} instead")
        if self.order_pending:
            # Giving the redeem back now would leave an order that may exist without it.
            raise SaleStateError(
                "abandon: the order was sent and its answer lost, so it may exist; call complete() again "
                f"(a repeat is reported as already_existed), then {self.UNDO} if the sale must be undone"
            )
        key = self.redemption.original_key if self.redemption is not None else self.redeem_in_doubt
        yield from recorded(self.recorder, self._intent("abandon", key), self._give_back())
        # A redeem in doubt still in ``redeem_in_doubt`` was not found: "abandoned, redeem in doubt".
        self.status = SaleStatus.ABANDONED
