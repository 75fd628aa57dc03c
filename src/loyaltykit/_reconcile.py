"""``reconcile``: re-check with the vendor every step the journal holds in doubt, once its grace is over.

A request whose answer was lost may still land after the sale moved on: a redeem that timed out
and commits after ``abandon()`` found nothing to cancel, a hold whose release was lost, an order
whose answer was lost. ``reconcile_steps`` goes through the journal's unsettled steps begun more
than ``older_than`` ago (a request still in flight, or a terminal about to retry, is left alone
until then) and, per step, written once for both vendors:

- a redeem of a finished sale (abandoned, or completed without it) is cancelled by its key
  (BonifiQ's OriginalKey) if it landed: ``cancelled_late_redeem`` or ``nothing_found``. A
  Gameball hold whose answer was lost cannot be found: it expires by itself (``nothing_found``);
- an abandon whose answer was lost is sent again: the hold released (``released_hold``) or the
  redeem cancelled;
- an order whose answer was lost is sent again with the same order id (``resent_order``);
- a step of a sale still open is left to its terminal (``still_in_doubt``);
- a sale a live worker holds (``checkout()``, ``_sale_hold``) is not touched (``held``): the hold
  is tried once, without waiting, and the next round takes the sale up once it is let go.

Each is a generator of calls (``_steps``), run by ``client.pos.reconcile()`` sync or async.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import TYPE_CHECKING

from ._redaction import redact_text
from ._sale_journal import SaleJournal, restore_flow
from ._sale_machine import OrderPlan, SaleMachine
from ._steps import Steps
from .checkout import ReconcileAction, ReconcileReport, SaleStatus
from .errors import SaleInUseError
from .journal import StepOutcome

if TYPE_CHECKING:
    from .journal import Journal, StepEntry

__all__ = ["reconcile_steps"]

FINISHED = (SaleStatus.ABANDONED, SaleStatus.COMPLETED)


def reconcile_steps(
    journal: Journal, vendor: str, flow_type: type[SaleMachine], older_than: timedelta
) -> Steps[ReconcileReport]:
    """Every unsettled step of ``vendor`` begun more than ``older_than`` ago, checked and settled."""
    actions: list[ReconcileAction] = []
    for unsettled in journal.unsettled(vendor=vendor, older_than=older_than):
        # The store's hold itself, not a share of this process's: a sale object alive here holds it too.
        try:
            with journal.hold_sale(vendor, unsettled.order_id, timeout=0):
                action = yield from _settle(journal, vendor, flow_type, unsettled)
        except SaleInUseError:
            action = ReconcileAction(
                order_id=unsettled.order_id,
                step=unsettled.step,
                action="held",
                detail="a live worker holds the sale; the next round takes it",
            )
        if action is not None:
            actions.append(action)
    return ReconcileReport(tuple(actions))


def _settle(
    journal: Journal, vendor: str, flow_type: type[SaleMachine], unsettled: StepEntry
) -> Steps[ReconcileAction | None]:
    # An earlier action, or the worker that held the sale, may have settled it: read it again.
    step = next((s for s in journal.steps(vendor, unsettled.order_id) if s.id == unsettled.id), None)
    entry = journal.sale(vendor, unsettled.order_id)
    if step is None or step.settled or entry is None:
        return None
    flow = flow_type(customer_id=entry.customer_id, order_id=entry.order_id, purchase_value=entry.purchase_value)
    restore_flow(flow, entry.status, entry.state)
    try:
        action, outcome, detail = yield from _check(flow, step, vendor)
    except Exception as error:
        # Left as it was: the next reconcile tries again.
        action, outcome, detail = "failed", None, redact_text(f"{type(error).__name__}: {error}")
    if outcome is not None:
        journal.finish_step(step.id, outcome, {"reconciled": action})
    SaleJournal(journal, vendor, entry, flow).save()
    return ReconcileAction(order_id=step.order_id, step=step.step, action=action, detail=detail)


def _check(flow: SaleMachine, step: StepEntry, vendor: str) -> Steps[tuple[str, StepOutcome | None, str | None]]:
    if step.step == "redeem":
        used_key = flow.redemption.original_key if flow.redemption is not None else None
        if flow.status not in FINISHED or (step.idempotency_key is not None and step.idempotency_key == used_key):
            return "still_in_doubt", None, "the sale is not finished: its terminal may still redeem again"
        if step.idempotency_key is None:
            return "nothing_found", StepOutcome.REFUSED, "a hold whose answer was lost cannot be found; it expires"
        found: bool = yield from flow._cancel_late_redeem(step.idempotency_key)
        if flow.redeem_in_doubt == step.idempotency_key:
            flow.redeem_in_doubt = None
        if found:
            return "cancelled_late_redeem", StepOutcome.DONE, "the redeem landed after its sale ended; cancelled"
        return "nothing_found", StepOutcome.REFUSED, "no redeem with this key"
    if step.step == "complete":
        if flow.status is SaleStatus.COMPLETED:
            return "already_completed", StepOutcome.DONE, "the sale was completed since; nothing sent"
        if flow.status is SaleStatus.ABANDONED or flow.order_request is None:
            return "still_in_doubt", None, "no order to send again"
        total = Decimal(step.request.get("total", "0"))
        plan = OrderPlan(total=total, request=flow._order_request(flow.order_request))
        order = yield from flow._send_order(plan)
        flow._completed(order, total)
        return "resent_order", StepOutcome.DONE, "it already existed" if order.already_existed else "registered now"
    if step.step == "abandon":
        if flow.status is SaleStatus.COMPLETED or flow.order_pending:
            return "still_in_doubt", None, "the order may exist: complete() the sale again"
        yield from flow._give_back()
        flow.status = SaleStatus.ABANDONED
        action = "released_hold" if vendor == "gameball" else "cancelled_late_redeem"
        return action, StepOutcome.DONE, "given back again"
    # A PIN sent or checked: nothing to undo.
    return "nothing_found", StepOutcome.REFUSED, "nothing to undo"
