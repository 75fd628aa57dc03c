"""A sale in the client's journal: its steps recorded, its state stored, and taken back.

``SaleJournal`` is the ``StepRecorder`` of every sale a client starts: each writing step's intent
is written (with its idempotency key and a summary without personal data) before its first
request, and its outcome after. After every step the machine's state is stored with the sale
(``update_sale``), so that a new process restores it: ``checkout()`` of a known order id resumes
the unfinished sale as it was, gives back a completed one completed, and refuses an abandoned one
or one of another customer or value.

The state is JSON: the machine's redemption, reward, keys and order, plus the vendor flow's own
``snapshot()``. The customer id is the sale entry's, never in a step; the order request (which
names the customer) is kept only while the order is being sent or in doubt, for ``reconcile``.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ._sale_machine import Intent, Outcome, SaleMachine
from .checkout import CompletedOrder, Redemption, RewardKind, RewardOption, SaleStatus
from .errors import JournalConflictError, SaleStateError
from .journal import StepOutcome

if TYPE_CHECKING:
    from .journal import Journal, SaleEntry

__all__ = ["SaleJournal", "flow_state", "restore_flow"]


def _redemption(r: Redemption) -> dict[str, Any]:
    return {
        "external_code": r.external_code,
        "reward_id": r.reward_id,
        "original_key": r.original_key,
        "value": r.value,
        "points": r.points,
        "external_product_id": r.external_product_id,
        "coupon_code": r.coupon_code,
        "expires_at": None if r.expires_at is None else r.expires_at.isoformat(),
    }


def _redemption_from(d: dict[str, Any]) -> Redemption:
    expires = d.get("expires_at")
    return Redemption(
        external_code=d["external_code"],
        reward_id=d.get("reward_id"),
        original_key=d.get("original_key"),
        value=_decimal(d.get("value")),
        points=d.get("points"),
        external_product_id=d.get("external_product_id"),
        coupon_code=d.get("coupon_code"),
        expires_at=None if expires is None else datetime.fromisoformat(expires),
    )


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(value)


def _option(o: RewardOption) -> dict[str, Any]:
    return {
        "id": o.id,
        "title": o.title,
        "kind": o.kind.value,
        "can_use": o.can_use,
        "cannot_use_reason": o.cannot_use_reason,
        "value": o.value,
        "points": o.points,
        "max_cashback": o.max_cashback,
        "external_product_id": o.external_product_id,
    }


def _option_from(d: dict[str, Any]) -> RewardOption:
    return RewardOption(
        id=d["id"],
        title=d.get("title"),
        kind=RewardKind(d["kind"]),
        can_use=bool(d.get("can_use")),
        cannot_use_reason=d.get("cannot_use_reason"),
        value=_decimal(d.get("value")),
        points=d.get("points"),
        max_cashback=_decimal(d.get("max_cashback")),
        external_product_id=d.get("external_product_id"),
    )


def flow_state(flow: SaleMachine) -> dict[str, Any]:
    """The sale's state as the journal stores it."""
    order = flow.order
    return {
        "redemption": None if flow.redemption is None else _redemption(flow.redemption),
        "reward": None if flow.reward is None else _option(flow.reward),
        "redeemed_as": None if flow.redeemed_as is None else list(flow.redeemed_as),
        "redeem_in_doubt": flow.redeem_in_doubt,
        "order_pending": flow.order_pending,
        "order_request": flow.order_request,
        "order": None
        if order is None
        else {"order_id": order.order_id, "external_code": order.external_code, "queued": order.queued},
        "sent_total": None if flow.sent_total is None else str(flow.sent_total),
        "vendor": flow.snapshot(),
    }


def restore_flow(flow: SaleMachine, status: SaleStatus, state: dict[str, Any]) -> None:
    """Put a stored state back into a new flow of the same sale."""
    flow.status = status
    redemption, reward, asked, order = (state.get(k) for k in ("redemption", "reward", "redeemed_as", "order"))
    flow.redemption = None if redemption is None else _redemption_from(redemption)
    flow.reward = None if reward is None else _option_from(reward)
    flow.redeemed_as = None if asked is None else (str(asked[0]), _decimal(asked[1]))
    flow.redeem_in_doubt = state.get("redeem_in_doubt")
    flow.order_pending = bool(state.get("order_pending"))
    flow.order_request = state.get("order_request")
    flow.sent_total = _decimal(state.get("sent_total"))  # None in a journal written before it was kept
    if order is not None:
        flow.order = CompletedOrder(order["order_id"], order.get("external_code"), queued=bool(order.get("queued")))
    flow.restore(state.get("vendor") or {})


def _redeem_in_flight(journal: Journal, vendor: str, order_id: str) -> str | None:
    """The key of a redeem a process began and never finished (it died waiting for the answer).

    Its state was saved before the request went, so only the step tells: the redeem may have
    landed, and the resumed sale treats it as in doubt (redeem again with the same key, or abandon,
    which cancels it by key).
    """
    pending = [
        s.idempotency_key
        for s in journal.steps(vendor, order_id)
        if s.step == "redeem" and not s.settled and s.idempotency_key is not None
    ]
    return pending[-1] if pending else None


class SaleJournal:
    """One sale's place in a journal: the ``StepRecorder`` of its flow, and its stored state."""

    def __init__(self, journal: Journal, vendor: str, entry: SaleEntry, flow: SaleMachine) -> None:
        self.journal = journal
        self.vendor = vendor
        self.entry = entry
        self.flow = flow
        self._steps: dict[int, int] = {}  # id(intent) -> the journal's step id

    @classmethod
    def attach(cls, journal: Journal, vendor: str, flow: SaleMachine) -> SaleJournal:
        """Open (or find) the flow's sale in ``journal`` and restore what it holds into the flow.

        An unfinished sale resumes as it was; a completed one comes back completed; an abandoned
        one, or one of another customer or purchase value, is refused (``SaleStateError``).
        """
        entry, created = journal.open_sale(vendor, flow.order_id, flow.customer_id, flow.purchase_value)
        if not created:
            if entry.customer_id != flow.customer_id or entry.purchase_value != flow.purchase_value:
                # The customer id is personal data: the message names the order id only.
                raise SaleStateError(
                    f"checkout: the order id {flow.order_id!r} belongs to another sale (another customer "
                    "or purchase value); use a new order id"
                )
            if entry.status is SaleStatus.ABANDONED:
                raise SaleStateError(
                    f"checkout: the sale {flow.order_id!r} was abandoned (its points given back); use a new order id"
                )
            restore_flow(flow, entry.status, entry.state)
            if entry.status is SaleStatus.OPEN and flow.redeem_in_doubt is None:
                flow.redeem_in_doubt = _redeem_in_flight(journal, vendor, flow.order_id)
        sale = cls(journal, vendor, entry, flow)
        flow.recorder = sale
        return sale

    # -- StepRecorder ------------------------------------------------------------------------

    def intent(self, intent: Intent) -> None:
        self.save()  # what a restart needs before the request goes (e.g. the order being sent)
        step = self.journal.begin_step(
            self.vendor, intent.order_id, intent.step, idempotency_key=intent.key, request=dict(intent.summary)
        )
        self._steps[id(intent)] = step.id

    def outcome(self, intent: Intent, outcome: Outcome) -> None:
        step_id = self._steps.pop(id(intent), None)
        if step_id is not None:
            self.journal.finish_step(step_id, StepOutcome(outcome.value))

    def enqueue(self, order_id: str, body: dict[str, Any]) -> None:
        self.journal.enqueue_order(self.vendor, order_id, body)

    # -- the state ---------------------------------------------------------------------------

    def save(self) -> None:
        """Store the flow's status and state, and settle the steps in doubt that the sale has resolved."""
        state = flow_state(self.flow)
        status = self.flow.status
        if state != self.entry.state or status is not self.entry.status:
            try:
                self.entry = self.journal.update_sale(self.entry, status=status, state=state)
            except JournalConflictError:
                # Another sale object of this order wrote since: this one has just run a step.
                latest = self.journal.sale(self.vendor, self.flow.order_id)
                assert latest is not None
                self.entry = self.journal.update_sale(latest, status=status, state=state)
        self._settle()

    def _settle(self) -> None:
        """Steps left in doubt that this sale has since resolved: a redeem brought back by its key, an order sent."""
        flow = self.flow
        redeemed_key = flow.redemption.original_key if flow.redemption is not None else None
        for step in self.journal.steps(self.vendor, flow.order_id):
            if step.settled or step.id in self._steps.values():
                continue
            if step.step == "redeem" and step.idempotency_key is not None and step.idempotency_key == redeemed_key:
                self.journal.finish_step(step.id, StepOutcome.DONE, {"resolved": "redeemed again with its key"})
            elif step.step == "complete" and flow.status is SaleStatus.COMPLETED:
                resolved = "queued" if flow.order is not None and flow.order.queued else "sent again"
                self.journal.finish_step(step.id, StepOutcome.DONE, {"resolved": resolved})
