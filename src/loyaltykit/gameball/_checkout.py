"""The Gameball POS sale: balance -> OTP -> hold -> order, behind the same interface as BonifiQ.

Mapping (BonifiQ's POS flow onto Gameball's API): rewards are the
balance plus the redemption configuration; a redeem is a points hold whose ``holdReference``
plays the role of BonifiQ's ExternalCode; the order carries it in ``redemption.pointsHoldReference``
with channel ``pos``; abandoning releases the hold.

``SaleFlow`` supplies these steps to the sale's state machine (``loyaltykit._sale_machine``).

The OTP: Gameball publishes no flag saying an account requires one, so ``validation_required`` is
the POS's ``otp_required`` or what Gameball said by refusing a hold without an OTP (remembered per
customer by the client); ``validate()`` only keeps the code, which the hold carries, so a wrong
one is refused by ``redeem()`` (``ChallengeFailedError``).

What Gameball does not guarantee, and what loyaltykit does about it:
- a hold takes no idempotency key, so loyaltykit never resends one by itself. It keeps the
  sale's hold and, when ``redeem`` is called again, checks that hold (GET /transactions/hold/{ref})
  and reuses it while it is Active instead of holding again;
- a hold whose response was lost cannot be found again (there is no way to list holds). It is
  never used by an order, because only the hold loyaltykit knows is sent, and Gameball releases
  it when it expires (10 minutes by default): the points are reserved until then, never spent;
- an order is keyed by ``orderId``; a repeat is refused as a duplicate, which loyaltykit reports
  as ``CompletedOrder.already_existed``. Such an order was sent earlier by this sale (an answer
  lost: it used this sale's hold) or by a terminal that crashed after sending it with its own
  hold. Gameball does not show which hold an order used, but this sale's hold tells: still Active
  means the order did not use it, so loyaltykit releases it at once and reports no external code;
- an order whose answer was lost may exist, so the sale can no longer be abandoned: ``complete()``
  again (a repeat is reported as ``already_existed``);
- a terminal restarted on the same journal gets the sale back from ``checkout()`` with its hold;
  a terminal without it (``checkout(..., resume=True)``, as for BonifiQ) cannot find that one's
  hold: ``redeem()`` holds again, from the balance left;
- ``reconcile()`` releases the hold of an abandoned sale whose release was lost; a hold whose
  own answer was lost it cannot find either.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

import attrs
from loyaltykit_gameball_api.models.customer_balance_response import CustomerBalanceResponse
from loyaltykit_gameball_api.models.get_configurations_redemption_response_200 import (
    GetConfigurationsRedemptionResponse200,
)
from loyaltykit_gameball_api.models.get_configurations_redemption_response_200_redemption_rules_type_0_item import (
    GetConfigurationsRedemptionResponse200RedemptionRulesType0Item as RedemptionRule,
)
from loyaltykit_gameball_api.models.track_order_body import TrackOrderBody

from .._money import money
from .._sale_machine import OrderPlan, SaleMachine
from .._steps import Steps
from .._validation import optional_discount, optional_text, require_money, require_text
from ..checkout import Challenge, CompletedOrder, Offer, Payment, Redemption, RewardKind, RewardOption, SaleStatus
from ..errors import (
    APIError,
    APIStatusError,
    ChallengeFailedError,
    InvalidArgumentError,
    RewardNotUsableError,
    SaleStateError,
    ValidationRequiredError,
)
from ._vendor import OtpCustomers, is_duplicate, is_hold_gone, is_hold_used, is_otp_refusal
from .resources.customers import balance_call, customer_id_of
from .resources.pos import (
    hold_after_duplicate_order,
    hold_call,
    hold_status_call,
    order_body,
    otp_call,
    redemption_config_call,
    release_hold_call,
    track_order_call,
)

POINTS_OPTION = "points"
"""The id of the option "pay part of the purchase with points" (a hold by amount)."""

_RULE_KINDS = {"fixed": RewardKind.FIXED_VALUE, "percentage": RewardKind.PERCENT, "product": RewardKind.PRODUCT}


def _rule_kind(rule_type: str | None) -> RewardKind:
    text = (rule_type or "").lower()
    return next((kind for word, kind in _RULE_KINDS.items() if word in text), RewardKind.CUSTOM)


def _rule_option(rule: RedemptionRule, available_points: Decimal) -> RewardOption:
    cost = rule.points_to_redeem
    active = rule.is_active is not False
    enough = cost is None or available_points >= cost
    return RewardOption(
        id=str(rule.id),
        title=rule.rule_type,
        kind=_rule_kind(rule.rule_type),
        can_use=active and enough,
        cannot_use_reason=None if active and enough else ("Inactive" if not active else "NotEnoughPoints"),
        points=None if cost is None else int(cost),
        detail=rule,
    )


def offer_from(
    balance: CustomerBalanceResponse,
    config: GetConfigurationsRedemptionResponse200 | None,
    purchase: Decimal,
    otp_required: bool,
) -> Offer:
    points = balance.available_points_balance or Decimal(0)
    value = balance.available_points_value or Decimal(0)
    # Gameball has no per-basket cap: what can be paid with points is the lesser of their value
    # and what is left to pay.
    cap = money(min(value, purchase))
    options = [
        RewardOption(
            id=POINTS_OPTION,
            title="Pay with points",
            kind=RewardKind.POINTS,
            can_use=cap > 0,
            cannot_use_reason=None if cap > 0 else "NotEnoughPoints",
            value=value,
            points=int(points),
            max_cashback=cap,
            detail=balance,
        )
    ]
    listed: list[RedemptionRule] | None = config.redemption_rules if config is not None else None
    rules = listed or []
    options += [_rule_option(rule, points) for rule in rules]
    return Offer(
        rewards=tuple(options),
        available_points=points,
        available_cashback=value,
        max_cashback_for_current_purchase=cap,
        validation_required=otp_required,
        detail=balance,
    )


@attrs.define(repr=False)
class SaleFlow(SaleMachine):
    """One Gameball sale's own facts and steps; the state machine is ``SaleMachine``'s."""

    UNDO = "refund it (gb.pos.refund)"

    otp_required: bool = False
    """The POS says the account requires an OTP; Gameball's refusal of a hold says it too."""
    otp_customers: OtpCustomers | None = None
    otp: str | None = None

    @classmethod
    def start(
        cls,
        customer_id: str,
        order_id: str,
        purchase_value: Decimal | int | str,
        discount_value: Decimal | int | str | None,
        branch: str | None,
        otp_required: bool,
        otp_customers: OtpCustomers | None = None,
    ) -> SaleFlow:
        purchase = require_money("purchase_value", purchase_value)
        return cls(
            customer_id=customer_id_of(customer_id),
            order_id=require_text("order_id", order_id),
            purchase_value=purchase,
            discount_value=optional_discount(discount_value, purchase),
            branch=optional_text("branch", branch),
            otp_required=bool(otp_required),
            otp_customers=otp_customers,
        )

    @property
    def validation_required(self) -> bool:
        return self.otp_required or (self.otp_customers is not None and self.customer_id in self.otp_customers)

    @property
    def customer_validated(self) -> bool:
        return self.otp is not None

    def _learn_otp_required(self) -> None:
        self.otp_required = True
        if self.otp_customers is not None:
            self.otp_customers.add(self.customer_id)

    @property
    def _payable(self) -> Decimal:
        return max(self.purchase_value - (self.discount_value or Decimal(0)), Decimal(0))

    def _rewards(self) -> Steps[Offer]:
        balance: CustomerBalanceResponse = yield balance_call(self.customer_id)
        try:
            config: GetConfigurationsRedemptionResponse200 | None = yield redemption_config_call(self.customer_id)
        except APIStatusError:
            config = None  # the rules are a bonus; paying with points works without them
        return offer_from(balance, config, self._payable, self.validation_required)

    def _send_challenge(
        self, *, phone: str | None, email: str | None, document: str | None, name: str | None
    ) -> Steps[Challenge]:
        """POST /transactions/otp: Gameball texts the customer a one-time password."""
        amount = self.offer.max_cashback_for_current_purchase if self.offer is not None else None
        # The amount is optional and must be positive: with no points available (e.g. all held by
        # a crashed terminal's hold) the OTP is still sent, without one.
        yield otp_call(
            self.customer_id, amount if amount is not None and amount > 0 else None, mobile=phone, email=email
        )
        return Challenge(transaction_id=None, sent=True)

    def _validate(self, code: str) -> Steps[None]:
        """Keep the OTP for the hold: Gameball checks it when the points are held, not before."""
        self.otp = require_text("code", code)
        return
        yield  # a generator with no call

    def _redeem_amount(self, option: RewardOption, cashback: Decimal | int | str | None) -> Decimal | None:
        if option.kind is not RewardKind.POINTS:
            if cashback is not None:
                raise InvalidArgumentError("cashback", "is only for paying with points")
            return None
        if cashback is None:
            raise InvalidArgumentError("cashback", "is required when paying with points")
        amount = require_money("cashback", cashback)
        if option.max_cashback is not None and amount > option.max_cashback:
            raise InvalidArgumentError(
                "cashback", f"must be <= what points can pay here ({money(option.max_cashback)})"
            )
        return amount

    def _still_redeemed(self, redemption: Redemption) -> Steps[bool]:
        """The sale's hold, checked (GET /transactions/hold/{ref}): still held, or taken by an order."""
        try:
            status = yield hold_status_call(redemption.external_code)
        except APIError as error:
            if is_hold_used(error):
                return True
            if not is_hold_gone(error):
                raise
            return False
        return str(status.state or "").lower() in ("active", "used")

    def _redeem(self, option: RewardOption, amount: Decimal | None, key: str | None) -> Steps[Redemption]:
        if not option.can_use:
            raise RewardNotUsableError(
                f"redeem: {option.id} cannot be used ({option.cannot_use_reason})", reason=option.cannot_use_reason
            )
        rule_id = None if option.kind is RewardKind.POINTS else str(option.id)
        try:
            # Never resent: a hold whose answer was lost is not this sale's, and Gameball releases
            # it when it expires.
            redemption: Redemption = yield hold_call(self.customer_id, amount=amount, rule_id=rule_id, otp=self.otp)
        except APIError as error:
            if not is_otp_refusal(error):
                raise
            if self.otp is None:
                # Gameball's only way of saying the account requires an OTP; nothing was held.
                self._learn_otp_required()
                raise ValidationRequiredError(
                    "redeem: Gameball requires an OTP for this customer (send_challenge, validate)"
                ) from error
            self.otp = None  # that code will not be accepted again: validate() the right one
            raise ChallengeFailedError("redeem: Gameball did not accept the OTP; nothing was held") from error
        return redemption

    def _plan_order(
        self, total: Decimal | int | str, payments: Sequence[Payment] | None, reward_price: Decimal | int | str | None
    ) -> OrderPlan:
        if reward_price is not None:
            raise InvalidArgumentError("reward_price", "is only for BonifiQ product rewards")
        amount = self.order_total(total, payments)
        reference = self.redemption.external_code if self.redemption is not None else None
        body = order_body(
            self.customer_id,
            self.order_id,
            total_paid=amount,
            total_price=self.purchase_value,
            total_discount=self.purchase_value - amount,
            hold_reference=reference,
            branch=self.branch,
        )
        return OrderPlan(total=amount, request=body)

    def _send_order(self, plan: OrderPlan) -> Steps[CompletedOrder]:
        """POST /orders carrying the sale's hold; a duplicate orderId means it was sent before."""
        reference = self.redemption.external_code if self.redemption is not None else None
        existed = False
        try:
            yield track_order_call(plan.request)
        except APIError as error:
            if not is_duplicate(error):
                raise
            existed = True  # sent before, by this sale or by a terminal that crashed
        if existed and reference is not None:
            used = yield from self._used_by_existing_order(reference)
            if not used:
                reference = None
        return CompletedOrder(order_id=self.order_id, external_code=reference, already_existed=existed)

    def _used_by_existing_order(self, reference: str) -> Steps[bool]:
        """Whether the order that already existed used this sale's hold; one it did not is let go."""
        fate = yield from hold_after_duplicate_order(reference)
        if fate == "released":
            self.redemption = None
        return fate == "used"

    def _give_back(self) -> Steps[None]:
        """Release the sale's hold (a hold whose answer was lost is released by its expiry)."""
        if self.redemption is None:
            return
        try:
            yield release_hold_call(self.redemption.external_code)
        except APIError as error:
            if is_hold_used(error):
                self.status = SaleStatus.COMPLETED
                raise SaleStateError("abandon: the hold was already used by this sale's order") from error
            if not is_hold_gone(error):
                raise

    def _cancel_late_redeem(self, key: str | None) -> Steps[bool]:
        """A hold whose answer was lost cannot be found (no key, no way to list holds): it expires."""
        return False
        yield  # a generator with no call

    def _order_request(self, body: dict[str, Any]) -> TrackOrderBody:
        return TrackOrderBody.from_dict(body)

    def snapshot(self) -> dict[str, Any]:
        return {"otp_required": self.otp_required}

    def restore(self, state: dict[str, Any]) -> None:
        self.otp_required = bool(state.get("otp_required"))
