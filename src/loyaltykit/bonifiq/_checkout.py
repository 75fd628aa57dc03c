"""The BonifiQ POS sale: rewards -> PIN validation -> redeem -> order, exactly once.

``SaleFlow`` supplies BonifiQ's steps, each written once as a generator of calls
(``loyaltykit._steps``), to the sale's state machine (``loyaltykit._sale_machine.SaleMachine``);
``loyaltykit._sale.Sale`` and ``AsyncSale`` run them. The rules come from
BonifiQ's POS guide (its demo POS, https://github.com/bonifiq/pdv-bonifiqintegration-example,
docs/cookbook.md and docs/fluxo.md).

Exactly once:
- the redeem's OriginalKey is derived from the sale (``loyaltykit.idempotency.original_key``),
  so a retry, another process or a restarted POS redeeming the same reward for the same sale
  sends the same key and BonifiQ answers with the first redeem (same ExternalCode);
- a redeem whose outcome is unknown (the connection dropped, or an answer that cannot be read) is
  remembered as in doubt (``redeem_in_doubt``): the order is refused until ``redeem()`` is
  called again (same key: no second charge) or the sale is abandoned, which cancels it by
  OriginalKey (if BonifiQ has nothing yet, the redeem stays in doubt and ``reconcile()`` cancels
  it once it lands);
- a restarted terminal whose journal holds the sale gets it back from ``checkout()`` as it was
  (its redeem, key and ExternalCode: ``loyaltykit._sale_journal``); one whose journal does not
  resumes it with ``checkout(..., resume=True)`` and re-attaches to
  its redeem by calling ``redeem()`` with the same reward and amount: the offer now shows the
  balance after the earlier redeem, so what only the balance refuses is left to BonifiQ, which
  answers the derived key with the earlier redeem (or checks a new one's balance itself), and
  ``abandon()`` can then give it back;
- the order is sent with OriginalId = the order id, which BonifiQ stores once. An order whose
  answer was lost may exist, so the sale can no longer be abandoned: ``complete()`` again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import attrs
from loyaltykit_bonifiq_api.models.available_reward import AvailableReward
from loyaltykit_bonifiq_api.models.available_rewards_customer import AvailableRewardsCustomer
from loyaltykit_bonifiq_api.models.available_rewards_response import AvailableRewardsResponse
from loyaltykit_bonifiq_api.models.create_customer_request import CreateCustomerRequest
from loyaltykit_bonifiq_api.models.create_order_payment_method import CreateOrderPaymentMethod
from loyaltykit_bonifiq_api.models.create_order_request import CreateOrderRequest
from loyaltykit_bonifiq_api.models.create_product_request import CreateProductRequest
from loyaltykit_bonifiq_api.models.product_discount_mode import ProductDiscountMode
from loyaltykit_bonifiq_api.models.reward_type import RewardType
from loyaltykit_bonifiq_api.types import UNSET, Unset

from .. import idempotency
from .._money import allocate, money
from .._sale_machine import OrderPlan, SaleMachine, outcome_unknown
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
)
from ._values import unset_if_none
from .resources.pos import (
    add_order_call,
    available_call,
    branch_of,
    cancel_redeem_by_key_call,
    cancel_redeem_call,
    challenge_call,
    redeem_call,
    sales_person_of,
    validate_call,
)
from .types import Product

_KINDS = {
    RewardType.PERCENT_DISCOUNT: RewardKind.PERCENT,
    RewardType.FIXED_VALUE_DISCOUNT: RewardKind.FIXED_VALUE,
    RewardType.CASHBACK: RewardKind.CASHBACK,
    RewardType.CUSTOM: RewardKind.CUSTOM,
    RewardType.PRODUCT_DISCOUNT: RewardKind.PRODUCT,
}


def _kind(reward: AvailableReward) -> RewardKind:
    reward_type = reward.reward_type
    if reward.is_cashback is True:
        return RewardKind.CASHBACK
    return RewardKind.UNKNOWN if reward_type is None else _KINDS.get(reward_type, RewardKind.UNKNOWN)


def reward_option(reward: AvailableReward) -> RewardOption:
    reason = reward.cannot_use_reason
    reward_id = reward.id
    return RewardOption(
        id=reward_id if reward_id is not None else 0,
        title=reward.title,
        kind=_kind(reward),
        can_use=reward.can_use is True,
        cannot_use_reason=None if reason is None or reason == 0 else reason.name,
        value=reward.value,
        points=reward.points,
        max_cashback=reward.max_cashback_for_current_purchase,
        external_product_id=reward.external_product_id,
        detail=reward,
    )


def offer_from(response: AvailableRewardsResponse) -> Offer:
    listed: list[AvailableReward] | None = response.rewards
    rewards = listed or []
    points = response.available_points
    return Offer(
        rewards=tuple(reward_option(r) for r in rewards),
        available_points=None if points is None else Decimal(points),
        available_cashback=response.available_cashback,
        max_cashback_for_current_purchase=response.max_cashback_for_current_purchase,
        validation_required=bool(response.should_validate_customer) or bool(response.should_validate_customer_signup),
        eligible_value=response.eligible_value,
        detail=response,
    )


# CannotUseReasons that say the balance falls short (points, cashback, product stock): BonifiQ
# checks those itself when the redeem arrives.
_SHORT_OF_BALANCE = frozenset({"NOT_ENOUGH_POINTS", "CASHBACK_NOT_AVAILABLE", "PRODUCT_REWARD_USAGE_LIMIT_REACHED"})


def _nothing_to_cancel(error: Exception) -> bool:
    """BonifiQ's answer to cancelling a redeem that does not exist (code 07 RewardNotFound)."""
    return isinstance(error, APIError) and (
        error.code_name == "RewardNotFound" or (isinstance(error, APIStatusError) and error.status_code == 404)
    )


def _same_product(expected: str | None, got: str | None) -> bool:
    return (expected or "").strip().lower() == (got or "").strip().lower()


# OrderStatus is free text; BonifiQ's own POS sends this one when it registers a paid sale.
COMPLETED_STATUS = "Concluído"


def product_reward_price(reward: AvailableReward, effective_price: Decimal | None) -> Decimal | None:
    """The unit price of a product reward's line (ProductDiscountMode), None if it needs an unknown price.

    ``effective_price``: the product's promotional price if it has one, else its list price,
    as BonifiQ prices it (its POS guide's table of modes).
    """
    mode = reward.product_discount_mode
    value = reward.product_discount_value or Decimal(0)
    if mode is ProductDiscountMode.FREE_GIFT:
        return money(Decimal(0))
    if mode is ProductDiscountMode.FIXED_FINAL_PRICE:
        return money(value)
    if effective_price is None:
        return None
    if mode is ProductDiscountMode.PERCENT_DISCOUNT:
        percent = min(max(value, Decimal(0)), Decimal(100))
        return money(effective_price - money(effective_price * percent / 100))
    if mode is ProductDiscountMode.FIXED_DISCOUNT_AMOUNT:
        return money(max(Decimal(0), effective_price - value))
    return money(effective_price)


@attrs.define(repr=False)
class SaleFlow(SaleMachine):
    """One BonifiQ sale's own facts and steps; the state machine is ``SaleMachine``'s."""

    UNDO = "cancel the order (bq.pos.cancel_order)"

    products: tuple[Product, ...] = ()
    sales_person: str | None = None
    validated: bool = False
    transaction_id: str | None = None
    resumed: bool = False
    """Started by a terminal that replaces one that stopped mid-sale (``checkout(..., resume=True)``)."""
    contact: dict[str, str] = attrs.field(factory=dict)
    """What the POS gave ``send_challenge`` (phone, email, document, name): the customer's record
    on the order where ``/available`` does not know them."""

    @classmethod
    def start(
        cls,
        customer_id: str,
        order_id: str,
        purchase_value: Decimal | int | str,
        *,
        discount_value: Decimal | int | str | None,
        products: Sequence[Product] | None,
        branch: str | None,
        sales_person: str | None,
        resume: bool = False,
    ) -> SaleFlow:
        for index, product in enumerate(products or ()):
            if not isinstance(product, Product):
                raise InvalidArgumentError(f"products[{index}]", "must be a loyaltykit.bonifiq.Product")
        purchase = require_money("purchase_value", purchase_value)
        return cls(
            customer_id=require_text("customer_id", customer_id),
            order_id=require_text("order_id", order_id),
            purchase_value=purchase,
            discount_value=optional_discount(discount_value, purchase),
            products=tuple(products or ()),
            branch=optional_text("branch", branch),
            sales_person=optional_text("sales_person", sales_person),
            resumed=bool(resume),
        )

    @property
    def validation_required(self) -> bool:
        return self.offer is not None and self.offer.validation_required

    @property
    def customer_validated(self) -> bool:
        return self.validated

    # -- steps ---------------------------------------------------------------------------

    def _rewards(self) -> Steps[Offer]:
        if self.status is SaleStatus.REDEEMED:
            raise SaleStateError("rewards: a reward is already redeemed in this sale; abandon() it to choose again")
        response = yield available_call(
            self.customer_id, self.purchase_value, discount_value=self.discount_value, products=self.products or None
        )
        return offer_from(response)

    def _send_challenge(
        self, *, phone: str | None, email: str | None, document: str | None, name: str | None
    ) -> Steps[Challenge]:
        # One TransactionId per sale, derived so that a restarted POS resends the same one.
        self.transaction_id = self.transaction_id or idempotency.derive("otp", self.customer_id, self.order_id)
        challenge: Challenge = yield challenge_call(
            self.customer_id, self.transaction_id, phone=phone, email=email, document=document, name=name
        )
        given = {"phone": phone, "email": email, "document": document, "name": name}
        self.contact.update({k: v for k, v in given.items() if v})  # checked by challenge_call
        if not challenge.sent and not challenge.preview_code and not (challenge.needs_phone or challenge.needs_email):
            raise ChallengeFailedError(f"the PIN could not be sent: {challenge.message or 'no reason given'}")
        return challenge

    def _validate(self, code: str) -> Steps[None]:
        if self.transaction_id is None:
            raise SaleStateError("validate: send_challenge() first")
        response = yield validate_call(self.customer_id, self.transaction_id, code)
        if response.success is not True:
            reason = response.friendly_error_message or "the code was not accepted"
            raise ChallengeFailedError(f"validation failed: {reason}")
        self.validated = True

    def _redeem_amount(self, option: RewardOption, cashback: Decimal | int | str | None) -> Decimal | None:
        if not option.is_cashback:
            if cashback is not None:
                raise InvalidArgumentError("cashback", "is only for cashback rewards")
            return None
        if cashback is None:
            raise InvalidArgumentError("cashback", "is required for a cashback reward")
        return require_money("cashback", cashback)

    def _refusal(self, option: RewardOption, amount: Decimal | None) -> tuple[Exception | None, bool]:
        """Why the offer refuses this redeem (None: it does not), and whether only the balance does.

        Only the balance: the points, the cashback or the product stock fall short, or the cashback
        cap is the balance itself (the customer's balance is what limits it, not the purchase).
        """
        assert self.offer is not None
        available = self.offer.available_cashback
        cap = option.max_cashback if option.max_cashback is not None else self.offer.max_cashback_for_current_purchase
        cap_is_balance = cap is not None and available is not None and cap >= available
        if amount is not None:
            if cap is not None and amount > cap:
                over_cap = InvalidArgumentError("cashback", f"must be <= MaxCashbackForCurrentPurchase ({money(cap)})")
                return over_cap, cap_is_balance
            if available is not None and amount > available:
                return InvalidArgumentError("cashback", f"must be <= the available cashback ({money(available)})"), True
        if not option.can_use:
            reason = option.cannot_use_reason
            only_balance = reason in _SHORT_OF_BALANCE or (
                option.is_cashback and reason == "MINIMUM_VALUE_NOT_REACHED" and cap_is_balance
            )
            unusable = RewardNotUsableError(
                f"redeem: reward {option.id} cannot be used ({reason or 'CanUse=false'})", reason=reason
            )
            return unusable, only_balance
        return None, False

    def _redeem_key(self, option: RewardOption, amount: Decimal | None) -> str:
        return idempotency.original_key(option.id, self.customer_id, self.order_id, amount)

    def _still_redeemed(self, redemption: Redemption) -> Steps[bool]:
        """The same key brings the same redeem back: nothing to check."""
        return True
        yield  # a generator with no call

    def _redeem(self, option: RewardOption, amount: Decimal | None, key: str | None) -> Steps[Redemption]:
        assert key is not None
        refusal, only_balance = self._refusal(option, amount)
        # A resumed sale re-sends the choice an earlier terminal made: the balance the offer shows
        # is after that terminal's redeem, if it went through, so what only the balance refuses is
        # sent anyway. The derived key brings that redeem back, or BonifiQ, which checks a new
        # redeem's balance itself, refuses it. Every other rule of the offer still applies.
        if refusal is not None and not (self.resumed and only_balance):
            raise refusal
        if self.redeem_in_doubt is not None and self.redeem_in_doubt != key:
            # An earlier redeem of another reward may have gone through: undo it first.
            yield from self._cancel_by_key(self.redeem_in_doubt)
        self.redeem_in_doubt = key
        try:
            redemption: Redemption = yield redeem_call(
                int(option.id),
                self.customer_id,
                original_key=key,
                value=amount,
                branch=self.branch,
                sales_person=self.sales_person,
            )
        except Exception as error:
            if outcome_unknown(error):
                raise
            self.redeem_in_doubt = None  # refused: nothing was redeemed
            if refusal is not None and isinstance(error, APIError):
                raise refusal from error  # BonifiQ refused it as the offer did: the offer's reason
            raise
        if option.kind is RewardKind.PRODUCT and not _same_product(
            option.external_product_id, redemption.external_product_id
        ):
            # The guide: a product reward that comes back for another SKU is cancelled at once.
            yield from self._cancel(redemption)
            self.redeem_in_doubt = None
            raise SaleStateError(
                f"redeem: BonifiQ redeemed product {redemption.external_product_id!r} instead of "
                f"{option.external_product_id!r}; the redeem was cancelled"
            )
        self.redeem_in_doubt = None
        return redemption

    def _available_customer(self) -> AvailableRewardsCustomer | None:
        detail = self.offer.detail if self.offer is not None else None
        return detail.customer if isinstance(detail, AvailableRewardsResponse) else None

    @property
    def _signup_required(self) -> bool:
        detail = self.offer.detail if self.offer is not None else None
        return isinstance(detail, AvailableRewardsResponse) and detail.should_validate_customer_signup is True

    def _enrolled(self, known: AvailableRewardsCustomer | None) -> bool | None:
        """The order's ``IsEnrolled``, as BonifiQ's POS guide sets it; None: rewards() never asked.

        After a signup validation (``ShouldValidateCustomerSignup``) the order is what enrols the
        customer, once the PIN is validated; otherwise it repeats what ``/available`` said
        (true when it did not say).
        """
        if self.offer is None:
            return None
        if self._signup_required:
            return self.validated
        enrolled = known.is_enrolled if known is not None else None
        return True if enrolled is None else enrolled

    def _customer(self) -> CreateCustomerRequest:
        """The order's customer: who ``/available`` says it is, else what the POS gave ``send_challenge``."""
        known = self._available_customer()

        def field(name: str) -> str | Unset:
            value: str | None = getattr(known, name) if known is not None else None
            chosen = value or self.contact.get(name)
            return UNSET if chosen is None else chosen

        return CreateCustomerRequest(
            original_id=self.customer_id,
            name=field("name"),
            email=field("email"),
            phone=field("phone"),
            document=field("document"),
            is_enrolled=unset_if_none(self._enrolled(known)),
        )

    def _reward_price(self, given: Decimal | int | str | None) -> Decimal | None:
        """The final price of the redeemed product's own order line; None when no product reward was redeemed.

        BonifiQ's POS guide: the POS adds the product of a RewardType 5 reward as a line of one
        unit at its reward price, which it computes from the offer (``product_reward_price``) and
        its own catalogue price, here the sale's products; ``given`` overrides it.
        """
        option = self.reward
        if option is None or option.kind is not RewardKind.PRODUCT:
            if given is not None:
                raise InvalidArgumentError("reward_price", "is only for a redeemed product reward")
            return None
        if given is not None:
            return require_money("reward_price", given, allow_zero=True)
        sku = self.redemption.external_product_id if self.redemption is not None else None
        catalog = next((p for p in self.products if _same_product(p.original_id, sku)), None)
        effective = catalog.effective_price if catalog is not None else None
        price = product_reward_price(option.detail, effective) if isinstance(option.detail, AvailableReward) else None
        if price is None:
            raise InvalidArgumentError(
                "reward_price",
                "is required: the product's price is not known (its SKU is not among the sale's products)",
            )
        return price

    def _reward_line(self, price: Decimal) -> CreateProductRequest:
        option, redemption = self.reward, self.redemption
        assert option is not None and redemption is not None
        detail = option.detail if isinstance(option.detail, AvailableReward) else None
        title = (detail.product_display_name if detail is not None else None) or option.title
        return CreateProductRequest(
            original_id=redemption.external_product_id or option.external_product_id,
            title=unset_if_none(title),
            is_active=True,
            product_price=money(price),
        )

    def _order(
        self, total: Decimal, payments: Sequence[Payment] | None, reward_price: Decimal | None
    ) -> CreateOrderRequest:
        lines = list(self.products)
        # The order contract has no quantity: each line carries its net total, and the totals
        # add up to OrderTotal exactly (BonifiQ's POS guide, "Registrar pedido"). A product
        # reward's line keeps its reward price; the cart's lines share the rest.
        cart_total = total - (reward_price or Decimal(0))
        shares = allocate(cart_total, [p.total for p in lines]) if lines else []
        products = [
            CreateProductRequest(
                original_id=p.original_id, title=unset_if_none(p.title), is_active=p.is_active, product_price=share
            )
            for p, share in zip(lines, shares, strict=True)
        ]
        if reward_price is not None:
            products.append(self._reward_line(reward_price))
        now = datetime.now(UTC)
        return CreateOrderRequest(
            original_id=self.order_id,
            order_placement_date=now,
            order_completed_date=now,
            order_status=COMPLETED_STATUS,
            is_completed=True,
            is_cancelled_or_returned=False,
            order_total=money(total),
            coupon=unset_if_none(self.redemption.external_code if self.redemption else None),
            customer=self._customer(),
            products=unset_if_none(products or None),
            payment_methods=unset_if_none(
                [
                    CreateOrderPaymentMethod(
                        original_id=p.method, name=unset_if_none(p.name), paid_amount=money(p.amount)
                    )
                    for p in payments
                ]
                if payments
                else None
            ),
            branch=branch_of(self.branch),
            sales_person=sales_person_of(self.sales_person),
        )

    def _plan_order(
        self, total: Decimal | int | str, payments: Sequence[Payment] | None, reward_price: Decimal | int | str | None
    ) -> OrderPlan:
        price = self._reward_price(reward_price)
        amount = self.order_total(total, payments, extra=price)
        if price is not None and amount < price:
            raise InvalidArgumentError("total", f"must be >= the product reward's line ({money(price)})")
        if self.redeem_in_doubt is not None:
            raise SaleStateError(
                "complete: the redeem's outcome is unknown; call redeem() again (same key, no second charge) "
                "or abandon()"
            )
        return OrderPlan(total=amount, request=self._order(amount, payments, price))

    def _send_order(self, plan: OrderPlan) -> Steps[CompletedOrder]:
        """POST /POS/orders with OriginalId = the order id, which BonifiQ stores once."""
        envelope = yield add_order_call(plan.request)
        return CompletedOrder(
            order_id=self.order_id,
            external_code=self.redemption.external_code if self.redemption else None,
            detail=envelope.result,
        )

    def _cancel(self, redemption: Redemption) -> Steps[None]:
        if redemption.reward_id is not None:
            yield cancel_redeem_call(redemption.reward_id)
        else:
            yield from self._cancel_by_key(redemption.original_key or "")

    def _cancel_by_key(self, original_key: str) -> Steps[bool]:
        """Cancel by OriginalKey; False when BonifiQ has no such redeem (yet: one in flight may land later)."""
        try:
            yield cancel_redeem_by_key_call(original_key)
        except Exception as error:
            if not _nothing_to_cancel(error):
                raise
            return False
        self.redeem_in_doubt = None
        return True

    def _give_back(self) -> Steps[None]:
        if self.redemption is not None:
            yield from self._cancel(self.redemption)
        elif self.redeem_in_doubt is not None:
            # Not found: the redeem may still be in flight, so it stays in doubt for reconcile.
            yield from self._cancel_by_key(self.redeem_in_doubt)

    def _cancel_late_redeem(self, key: str | None) -> Steps[bool]:
        if key is None:
            return False
        found: bool = yield from self._cancel_by_key(key)
        return found

    def _order_request(self, body: dict[str, Any]) -> CreateOrderRequest:
        return CreateOrderRequest.from_dict(body)

    def snapshot(self) -> dict[str, Any]:
        detail = self.reward.detail if self.reward is not None else None
        return {
            "validated": self.validated,
            "transaction_id": self.transaction_id,
            # The reward's own terms price a product reward's line at complete().
            "reward_detail": detail.to_dict() if isinstance(detail, AvailableReward) else None,
        }

    def restore(self, state: dict[str, Any]) -> None:
        self.validated = bool(state.get("validated"))
        self.transaction_id = state.get("transaction_id")
        detail = state.get("reward_detail")
        if self.reward is not None and detail is not None:
            self.reward = attrs.evolve(self.reward, detail=AvailableReward.from_dict(detail))
        # What the terminal before this one chose is re-sent as it chose it (see _redeem).
        self.resumed = True
