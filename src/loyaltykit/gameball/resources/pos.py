"""``gb.pos``: the calls of a point-of-sale redemption on Gameball (hold -> order -> refund)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Unpack

from loyaltykit_gameball_api.api.configurations import get_configurations_redemption
from loyaltykit_gameball_api.api.orders import track_order
from loyaltykit_gameball_api.api.transactions import (
    delete_transactions_hold_hold_reference_id,
    get_transactions_hold_hold_reference_id,
    post_transactions_hold,
    post_transactions_otp,
    post_transactions_refund,
)
from loyaltykit_gameball_api.models.delete_transactions_hold_hold_reference_id_response_200 import (
    DeleteTransactionsHoldHoldReferenceIdResponse200,
)
from loyaltykit_gameball_api.models.get_configurations_redemption_response_200 import (
    GetConfigurationsRedemptionResponse200,
)
from loyaltykit_gameball_api.models.get_transactions_hold_hold_reference_id_response_200 import (
    GetTransactionsHoldHoldReferenceIdResponse200,
)
from loyaltykit_gameball_api.models.post_transactions_hold_body import PostTransactionsHoldBody
from loyaltykit_gameball_api.models.post_transactions_hold_response_200 import PostTransactionsHoldResponse200
from loyaltykit_gameball_api.models.post_transactions_otp_body import PostTransactionsOtpBody
from loyaltykit_gameball_api.models.post_transactions_refund_body import PostTransactionsRefundBody
from loyaltykit_gameball_api.models.post_transactions_refund_response_200 import PostTransactionsRefundResponse200
from loyaltykit_gameball_api.models.track_order_body import TrackOrderBody
from loyaltykit_gameball_api.models.track_order_body_channel_type_0 import TrackOrderBodyChannelType0
from loyaltykit_gameball_api.models.track_order_body_merchant_type_0 import TrackOrderBodyMerchantType0
from loyaltykit_gameball_api.models.track_order_body_merchant_type_0_branch_type_0 import (
    TrackOrderBodyMerchantType0BranchType0,
)
from loyaltykit_gameball_api.models.track_order_body_redemption_type_0 import TrackOrderBodyRedemptionType0
from loyaltykit_gameball_api.models.track_order_response_200 import TrackOrderResponse200

from ... import idempotency
from ..._call import Call, KeyedWrite
from ..._money import money
from ..._operation import generated_call
from ..._options import RequestOptions
from ..._resource import AsyncResource, SyncResource
from ..._response import RawResponse
from ..._steps import Steps
from ..._validation import optional_money, optional_text, require_text
from ..._workers import AsyncReconcileWorker, ReconcileWorker
from ...checkout import DEFAULT_RECONCILE_GRACE, ReconcileReport, Redemption, Refund, points_spent
from ...errors import APIError
from ...journal import DEFAULT_HOLD_TIMEOUT
from .._values import unset_if_none
from .._vendor import is_duplicate, is_hold_gone, is_hold_used, otp_customers_of
from .customers import customer_id_of

if TYPE_CHECKING:
    from ..._base_client import AsyncAPIClient, SyncAPIClient
    from ..._sale import AsyncSale, Sale


def _now() -> datetime:
    return datetime.now(UTC)


def redemption_config_call(customer_id: str) -> Call[GetConfigurationsRedemptionResponse200]:
    args = {"customer_id": customer_id_of(customer_id)}
    return generated_call(get_configurations_redemption, args)


def otp_call(customer_id: str, amount: Decimal | None, *, mobile: str | None, email: str | None) -> Call[None]:
    body = PostTransactionsOtpBody(
        customer_id=customer_id_of(customer_id),
        amount=unset_if_none(amount),
        mobile=unset_if_none(optional_text("phone", mobile)),
        email=unset_if_none(optional_text("email", email)),
    )
    # A write without a key, never resent: a second OTP texts the customer again and makes the
    # first one stop working, so the code the customer is reading would be refused.
    return generated_call(post_transactions_otp, {"body": body})


def hold_call(customer_id: str, *, amount: Decimal | None, rule_id: str | None, otp: str | None) -> Call[Redemption]:
    """POST /transactions/hold. Gameball takes no idempotency key here, so it is never resent."""
    body = PostTransactionsHoldBody(
        customer_id=customer_id_of(customer_id),
        transaction_time=_now(),
        amount_to_hold=unset_if_none(None if amount is None else money(amount)),
        rule_id=unset_if_none(rule_id),
        otp=unset_if_none(otp),
    )

    def held(response: PostTransactionsHoldResponse200, raw: RawResponse) -> Redemption:
        reference = response.hold_reference
        if not reference:
            raise ValueError("the hold response has no holdReference")
        return Redemption(
            external_code=reference,
            value=response.hold_amount,
            points=points_spent(response.hold_equivalent_points),
            detail=response,
            raw_response=raw,
        )

    return generated_call(post_transactions_hold, {"body": body}).map(held)


def hold_status_call(reference: str) -> Call[GetTransactionsHoldHoldReferenceIdResponse200]:
    args = {"hold_reference_id": require_text("hold_reference", reference)}
    return generated_call(get_transactions_hold_hold_reference_id, args)


def release_hold_call(reference: str) -> Call[DeleteTransactionsHoldHoldReferenceIdResponse200]:
    """DELETE /transactions/hold/{ref}: the held points come back."""
    args = {"hold_reference_id": require_text("hold_reference", reference)}
    return generated_call(
        delete_transactions_hold_hold_reference_id,
        args,
        idempotent=True,
    )


def hold_after_duplicate_order(reference: str) -> Steps[str]:
    """What became of a hold whose order Gameball already had (9004): "used", "released" or "unknown".

    Gameball does not show which hold an order used, but the hold tells: used means the stored
    order is this one; still Active means it is another's (a terminal that crashed after sending
    it), so the hold is released at once; gone means it expired or was released. Best effort: the
    order exists whatever happens here, and a hold left behind expires.
    """
    try:
        status = yield hold_status_call(reference)
        state = str(status.state or "").lower()
        if state == "active":
            yield release_hold_call(reference)
            return "released"
    except APIError as error:
        if is_hold_used(error):
            return "used"
        return "released" if is_hold_gone(error) else "unknown"
    return {"used": "used", "released": "released", "expired": "released"}.get(state, "unknown")


def track_order_call(body: TrackOrderBody) -> Call[TrackOrderResponse200]:
    """POST /orders (``order_body``); Gameball refuses a second order with the same orderId.

    The body is built before it is sent: the journal keeps it, to send it again."""
    return generated_call(track_order, {"body": body}, idempotent=True)


def order_body(
    customer_id: str,
    order_id: str,
    *,
    total_paid: Decimal,
    total_price: Decimal,
    total_discount: Decimal | None,
    hold_reference: str | None,
    branch: str | None,
) -> TrackOrderBody:
    """The order with channel ``pos``, carrying the sale's hold."""
    return TrackOrderBody(
        customer_id=customer_id,
        order_id=order_id,
        order_date=_now(),
        total_paid=money(total_paid),
        total_price=money(total_price),
        total_discount=unset_if_none(None if total_discount is None else money(total_discount)),
        channel=TrackOrderBodyChannelType0.POS,
        redemption=unset_if_none(
            None if hold_reference is None else TrackOrderBodyRedemptionType0(points_hold_reference=hold_reference)
        ),
        merchant=unset_if_none(
            None
            if branch is None
            else TrackOrderBodyMerchantType0(branch=TrackOrderBodyMerchantType0BranchType0(unique_id=branch))
        ),
    )


def plan_refund(
    customer_id: str, order_id: str, value: Decimal | int | str | None, refund_id: str | None
) -> KeyedWrite[Refund]:
    """POST /transactions/refund; a duplicate refundTransactionId means this refund was applied before."""
    customer_id = customer_id_of(customer_id)
    order_id = require_text("order_id", order_id)
    amount = optional_money("value", value)
    if refund_id is not None:
        key = idempotency.refund_id_key(order_id, require_text("refund_id", refund_id))
    else:
        key = idempotency.refund_key(order_id, amount)
    body = PostTransactionsRefundBody(
        customer_id=customer_id,
        refund_transaction_id=key,
        reverse_transaction_id=order_id,
        transaction_time=_now(),
        refund_amount=unset_if_none(None if amount is None else money(amount)),
    )

    def refunded(response: PostTransactionsRefundResponse200, raw: RawResponse) -> Refund:
        return Refund(order_id=order_id, value=amount, key=key, detail=response, raw_response=raw)

    call = generated_call(post_transactions_refund, {"body": body}, idempotent=True)

    def applied_before(error: APIError) -> Refund:
        return Refund(order_id=order_id, value=amount, key=key, already_applied=True, raw_response=error.response)

    return KeyedWrite(call.map(refunded), is_duplicate, applied_before)


class POS(ReconcileWorker, SyncResource):
    def __init__(self, client: SyncAPIClient) -> None:
        super().__init__(client)
        self._otp_customers = otp_customers_of(client)

    def checkout(
        self,
        customer_id: str,
        order_id: str,
        purchase_value: Decimal | int | str,
        *,
        discount_value: Decimal | int | str | None = None,
        branch: str | None = None,
        otp_required: bool = False,
        resume: bool = False,
        hold_timeout: float = DEFAULT_HOLD_TIMEOUT,
    ) -> Sale:
        """Start a sale: balance -> OTP (if the account requires it) -> hold -> order (``loyaltykit.Checkout``).

        ``otp_required=True``: the account requires an OTP for a hold, so ``validation_required`` is
        true from the start. Gameball publishes no such flag: otherwise the first hold it refuses for
        want of an OTP tells (``redeem()`` raises ``ValidationRequiredError``, nothing held), and this
        client remembers it for the customer's later sales. A wrong OTP is refused by ``redeem()``
        (``ChallengeFailedError``): Gameball checks it when it holds the points.

        ``resume=True``: this terminal takes over a sale another one left unfinished. Accepted as
        for BonifiQ; a Gameball sale needs nothing different for it (``loyaltykit.gameball._checkout``).
        The sale runs on this client's settings (no per-call options): start it from
        ``gb.with_options(...)`` for others.
        ``hold_timeout``: seconds to wait while another worker holds the sale (then ``SaleInUseError``;
        an async sale waits at its first ``async with`` or step, not blocking the event loop). The
        sale holds its order until it is finished or ``close()``d (``loyaltykit._sale_hold``).
        """
        from ..._sale import open_sale
        from .._checkout import SaleFlow

        flow = SaleFlow.start(
            customer_id, order_id, purchase_value, discount_value, branch, otp_required, self._otp_customers
        )
        return open_sale(self._client, "gameball", flow, hold_timeout)

    def reconcile(self, *, older_than: timedelta = DEFAULT_RECONCILE_GRACE) -> ReconcileReport:
        """Re-check every step the journal holds in doubt for more than ``older_than`` (``loyaltykit._reconcile``)."""
        from ..._reconcile import reconcile_steps
        from ..._steps import run_sync
        from .._checkout import SaleFlow

        return run_sync(self._client, reconcile_steps(self._client.journal, "gameball", SaleFlow, older_than))

    def refund(
        self,
        customer_id: str,
        order_id: str,
        value: Decimal | int | str | None = None,
        *,
        refund_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Refund:
        """Refund an order (all of it when ``value`` is None), once (POST /transactions/refund).

        ``refund_id``: the POS's own id for this refund (e.g. the return's id). Each id is applied
        once: a second refund of the same value with another id is applied too, the same id again
        comes back with ``already_applied=True``. Without it the key is derived from the order and
        the value, so a second identical refund is taken for a repeat and not applied.
        """
        return self._client.execute_keyed(plan_refund(customer_id, order_id, value, refund_id), options)


class AsyncPOS(AsyncReconcileWorker, AsyncResource):
    def __init__(self, client: AsyncAPIClient) -> None:
        super().__init__(client)
        self._otp_customers = otp_customers_of(client)

    def checkout(
        self,
        customer_id: str,
        order_id: str,
        purchase_value: Decimal | int | str,
        *,
        discount_value: Decimal | int | str | None = None,
        branch: str | None = None,
        otp_required: bool = False,
        resume: bool = False,
        hold_timeout: float = DEFAULT_HOLD_TIMEOUT,
    ) -> AsyncSale:
        """Start a sale: balance -> OTP (if the account requires it) -> hold -> order (``loyaltykit.Checkout``).

        ``otp_required=True``: the account requires an OTP for a hold, so ``validation_required`` is
        true from the start. Gameball publishes no such flag: otherwise the first hold it refuses for
        want of an OTP tells (``redeem()`` raises ``ValidationRequiredError``, nothing held), and this
        client remembers it for the customer's later sales. A wrong OTP is refused by ``redeem()``
        (``ChallengeFailedError``): Gameball checks it when it holds the points.

        ``resume=True``: this terminal takes over a sale another one left unfinished. Accepted as
        for BonifiQ; a Gameball sale needs nothing different for it (``loyaltykit.gameball._checkout``).
        The sale runs on this client's settings (no per-call options): start it from
        ``gb.with_options(...)`` for others.
        ``hold_timeout``: seconds to wait while another worker holds the sale (then ``SaleInUseError``;
        an async sale waits at its first ``async with`` or step, not blocking the event loop). The
        sale holds its order until it is finished or ``close()``d (``loyaltykit._sale_hold``).
        """
        from ..._sale import open_async_sale
        from .._checkout import SaleFlow

        flow = SaleFlow.start(
            customer_id, order_id, purchase_value, discount_value, branch, otp_required, self._otp_customers
        )
        return open_async_sale(self._client, "gameball", flow, hold_timeout)

    async def reconcile(self, *, older_than: timedelta = DEFAULT_RECONCILE_GRACE) -> ReconcileReport:
        """Re-check every step the journal holds in doubt for more than ``older_than`` (``loyaltykit._reconcile``)."""
        from ..._reconcile import reconcile_steps
        from ..._steps import run_async
        from .._checkout import SaleFlow

        return await run_async(self._client, reconcile_steps(self._client.journal, "gameball", SaleFlow, older_than))

    async def refund(
        self,
        customer_id: str,
        order_id: str,
        value: Decimal | int | str | None = None,
        *,
        refund_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Refund:
        """Refund an order (all of it when ``value`` is None), once (POST /transactions/refund).

        ``refund_id``: the POS's own id for this refund (e.g. the return's id). Each id is applied
        once: a second refund of the same value with another id is applied too, the same id again
        comes back with ``already_applied=True``. Without it the key is derived from the order and
        the value, so a second identical refund is taken for a repeat and not applied.
        """
        return await self._client.execute_keyed(plan_refund(customer_id, order_id, value, refund_id), options)
