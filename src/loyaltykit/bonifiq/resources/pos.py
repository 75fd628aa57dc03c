"""``bq.pos``: the point-of-sale calls (BonifiQ tag ``POS``).

``POS`` is the generated ``PosResource`` (every ``POS`` operation, api.md) plus the sale flow
(``checkout``, ``reconcile``) and methods that take plain arguments and return loyaltykit's
types. ``redeem``, ``challenge`` and ``partial_cancel`` return those types, so the generated
methods of those operations are named ``redeem_request``, ``challenge_request`` and
``partial_cancel_request`` (api.md); ``cancel_order`` wraps the generated one.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Unpack

from loyaltykit_bonifiq_api.api.pos import (
    pos_add_order,
    pos_available_rewards,
    pos_cancel_order,
    pos_cancel_reward,
    pos_cancel_reward_by_original_key,
    pos_challenge,
    pos_challenge_validate,
    pos_partial_cancel,
    pos_redeem,
)
from loyaltykit_bonifiq_api.models.available_rewards_request import AvailableRewardsRequest
from loyaltykit_bonifiq_api.models.available_rewards_request_product import AvailableRewardsRequestProduct
from loyaltykit_bonifiq_api.models.available_rewards_response import AvailableRewardsResponse
from loyaltykit_bonifiq_api.models.base_external_api_response_of_cancel_order_response import (
    BaseExternalApiResponseOfCancelOrderResponse,
)
from loyaltykit_bonifiq_api.models.base_external_api_response_of_couponless_reward_redeem_response import (
    BaseExternalApiResponseOfCouponlessRewardRedeemResponse,
)
from loyaltykit_bonifiq_api.models.base_external_api_response_of_order_response import (
    BaseExternalApiResponseOfOrderResponse,
)
from loyaltykit_bonifiq_api.models.base_external_api_response_of_reward_response import (
    BaseExternalApiResponseOfRewardResponse,
)
from loyaltykit_bonifiq_api.models.cancel_order_request import CancelOrderRequest
from loyaltykit_bonifiq_api.models.couponless_reward_generate_request import CouponlessRewardGenerateRequest
from loyaltykit_bonifiq_api.models.create_order_branch_param import CreateOrderBranchParam
from loyaltykit_bonifiq_api.models.create_order_request import CreateOrderRequest
from loyaltykit_bonifiq_api.models.create_order_sales_person import CreateOrderSalesPerson
from loyaltykit_bonifiq_api.models.customer_challenge_request import CustomerChallengeRequest
from loyaltykit_bonifiq_api.models.customer_challenge_response import CustomerChallengeResponse
from loyaltykit_bonifiq_api.models.customer_challenge_validate_request import CustomerChallengeValidateRequest
from loyaltykit_bonifiq_api.models.customer_challenge_validate_response import CustomerChallengeValidateResponse
from loyaltykit_bonifiq_api.models.partial_cancel_order_product import PartialCancelOrderProduct
from loyaltykit_bonifiq_api.models.partial_cancel_order_request import PartialCancelOrderRequest
from loyaltykit_bonifiq_api.models.redeem_origin import RedeemOrigin
from loyaltykit_bonifiq_api.types import UNSET, Unset

from ... import idempotency
from ..._call import Call, KeyedWrite
from ..._money import money, to_cents
from ..._operation import generated_call
from ..._options import RequestOptions
from ..._response import RawResponse
from ..._validation import (
    optional_discount,
    optional_money,
    optional_text,
    require_int,
    require_model,
    require_money,
    require_text,
)
from ..._workers import AsyncReconcileWorker, ReconcileWorker
from ...checkout import DEFAULT_RECONCILE_GRACE, Challenge, ReconcileReport, Refund, points_spent
from ...errors import APIError, BusinessError, InvalidArgumentError, VendorError
from ...journal import DEFAULT_HOLD_TIMEOUT
from .._envelope import checked, enveloped_call, warnings_of
from .._values import optional_flag, unset_if_none
from .._vendor import is_key_already_used, vendor_error_from_body
from ..types import Product, Redemption
from ._generated.pos import AsyncPosResource, PosResource

if TYPE_CHECKING:
    from ..._sale import AsyncSale, Sale


def products_for_request(products: Sequence[Product] | None) -> list[AvailableRewardsRequestProduct] | Unset:
    if products is None:
        return UNSET
    lines = []
    for index, product in enumerate(products):
        if not isinstance(product, Product):
            raise InvalidArgumentError(f"products[{index}]", "must be a loyaltykit.bonifiq.Product")
        lines.append(
            AvailableRewardsRequestProduct(
                original_id=product.original_id,
                line_id=unset_if_none(product.line_id),
                title=unset_if_none(product.title),
                is_active=product.is_active,
                quantity=product.quantity,
                product_price=product.price,
                product_discount_price=unset_if_none(product.discount_price),
            )
        )
    return lines


def branch_of(branch: str | None) -> CreateOrderBranchParam | Unset:
    return UNSET if branch is None else CreateOrderBranchParam(original_id=require_text("branch", branch))


def sales_person_of(sales_person: str | None) -> CreateOrderSalesPerson | Unset:
    if sales_person is None:
        return UNSET
    return CreateOrderSalesPerson(original_id=require_text("sales_person", sales_person))


def _tolerate_result_wrapper(response: AvailableRewardsResponse, raw: RawResponse) -> AvailableRewardsResponse:
    # The response is documented flat, but BonifiQ's own POS client also accepts it wrapped in
    # {"Result": {...}} (its demo POS, https://github.com/bonifiq/pdv-bonifiqintegration-example); read either.
    checked(response, raw, pos_available_rewards.OPERATION_ID)
    wrapped = response.additional_properties.get("Result")
    if isinstance(wrapped, dict) and response.rewards is None:
        return AvailableRewardsResponse.from_dict(wrapped)
    return response


def available_call(
    customer_id: str,
    purchase_value: Decimal | int | str,
    *,
    discount_value: Decimal | int | str | None = None,
    products: Sequence[Product] | None = None,
) -> Call[AvailableRewardsResponse]:
    purchase = require_money("purchase_value", purchase_value)
    body = AvailableRewardsRequest(
        customer_id=require_text("customer_id", customer_id),
        purchase_value=purchase,
        discount_value=unset_if_none(optional_discount(discount_value, purchase)),
        products=products_for_request(products),
    )
    call = generated_call(pos_available_rewards, {"body": body})
    return call.map(_tolerate_result_wrapper)


def _redemption(
    envelope: BaseExternalApiResponseOfCouponlessRewardRedeemResponse, raw: RawResponse, value: Decimal | None
) -> Redemption:
    checked(envelope, raw, pos_redeem.OPERATION_ID)
    result = envelope.result
    external_code = result.external_code if result is not None else None
    if result is None or not external_code:
        # A warning such as RewardNotFound comes with Result=null: nothing was redeemed.
        vendor = vendor_error_from_body(raw.json())
        reason = vendor.code_name or vendor.message or "no ExternalCode in the response"
        raise BusinessError(f"{pos_redeem.OPERATION_ID} made no redeem: {reason}", response=raw, vendor=vendor)
    point = result.point
    coupon = result.coupon
    return Redemption(
        external_code=external_code,
        reward_id=result.reward_id,
        original_key=result.original_key,
        value=value,
        points=points_spent(point.quantity if point is not None else None),
        external_product_id=result.external_product_id,
        coupon_code=coupon.coupon_code if coupon is not None else None,
        warnings=warnings_of(envelope),
        detail=result,
        raw_response=raw,
    )


def redeem_call(
    reward_id: int,
    customer_id: str,
    *,
    original_key: str,
    value: Decimal | int | str | None = None,
    branch: str | None = None,
    sales_person: str | None = None,
) -> Call[Redemption]:
    original_key = require_text("original_key", original_key)
    amount = optional_money("value", value)
    body = CouponlessRewardGenerateRequest(
        customer_id=require_text("customer_id", customer_id),
        value=unset_if_none(amount),
        original_key=original_key,
        redeem_origin=RedeemOrigin.PDV,
        branch=branch_of(optional_text("branch", branch)),
        sales_person=sales_person_of(optional_text("sales_person", sales_person)),
    )
    args = {"id": require_int("reward_id", reward_id, minimum=1), "body": body}
    call = generated_call(pos_redeem, args, idempotent=True)
    return call.map(lambda envelope, raw: _redemption(envelope, raw, amount))


class POS(ReconcileWorker, PosResource):
    """``bq.pos``: every ``POS`` operation, the sale flow and the wrappers above."""

    def available(
        self,
        customer_id: str,
        purchase_value: Decimal | int | str,
        *,
        discount_value: Decimal | int | str | None = None,
        products: Sequence[Product] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AvailableRewardsResponse:
        """Rewards the customer can use on this purchase, balances and validation flags."""
        call = available_call(customer_id, purchase_value, discount_value=discount_value, products=products)
        return self._client.execute(call, options)

    def redeem(
        self,
        reward_id: int,
        customer_id: str,
        *,
        original_key: str,
        value: Decimal | int | str | None = None,
        branch: str | None = None,
        sales_person: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Redemption:
        """Redeem a reward (no coupon); send ``Redemption.external_code`` as the order's Coupon.

        ``original_key`` makes it idempotent: the same key redeems once, however often it is
        sent, so the call is retried automatically. ``value`` is for cashback rewards only.
        """
        call = redeem_call(
            reward_id, customer_id, original_key=original_key, value=value, branch=branch, sales_person=sales_person
        )
        return self._client.execute(call, options)

    def challenge(
        self,
        customer_id: str,
        transaction_id: str,
        *,
        phone: str | None = None,
        email: str | None = None,
        document: str | None = None,
        name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Challenge:
        """Send the customer a PIN (POST /POS/customers/{id}/challenge); outside a sale, which does it for you.

        Resend with the same ``transaction_id`` to keep the same PIN. ``document`` and ``name`` are
        for a signup validation (``ShouldValidateCustomerSignup``). The result says how the PIN went
        (``sent_by_sms``/``sent_by_email``), what is missing, and the PIN itself in preview
        environments (``preview_code``). Nothing is raised when it was not sent: read ``sent``.
        """
        call = challenge_call(customer_id, transaction_id, phone=phone, email=email, document=document, name=name)
        return self._client.execute(call, options)

    def validate_challenge(
        self, customer_id: str, transaction_id: str, code: str, **options: Unpack[RequestOptions]
    ) -> bool:
        """Whether BonifiQ accepts the PIN ``code`` for this challenge (POST .../challengevalidate)."""
        return self._client.execute(validate_call(customer_id, transaction_id, code).map(_accepted), options)

    def checkout(
        self,
        customer_id: str,
        order_id: str,
        purchase_value: Decimal | int | str,
        *,
        discount_value: Decimal | int | str | None = None,
        products: Sequence[Product] | None = None,
        branch: str | None = None,
        sales_person: str | None = None,
        resume: bool = False,
        hold_timeout: float = DEFAULT_HOLD_TIMEOUT,
    ) -> Sale:
        """Start a sale: rewards -> PIN -> redeem -> order, exactly once (see ``loyaltykit.Checkout``).

        Use it as a context manager: an exception before ``complete`` abandons the sale, which
        gives back whatever was redeemed. ``resume=True``: this terminal takes over a sale another
        one left unfinished (a crash, a restart); ``redeem()`` with the reward and amount chosen
        then re-attaches to its redeem (see ``loyaltykit.bonifiq._checkout``). The sale runs on
        this client's settings (no per-call options): start it from ``bq.with_options(...)`` for others.
        ``hold_timeout``: seconds to wait while another worker holds the sale (then ``SaleInUseError``;
        an async sale waits at its first ``async with`` or step, not blocking the event loop). The
        sale holds its order until it is finished or ``close()``d (``loyaltykit._sale_hold``).
        """
        from ..._sale import open_sale
        from .._checkout import SaleFlow

        flow = SaleFlow.start(
            customer_id,
            order_id,
            purchase_value,
            discount_value=discount_value,
            products=products,
            branch=branch,
            sales_person=sales_person,
            resume=resume,
        )
        return open_sale(self._client, "bonifiq", flow, hold_timeout)

    def reconcile(self, *, older_than: timedelta = DEFAULT_RECONCILE_GRACE) -> ReconcileReport:
        """Re-check every step the journal holds in doubt for more than ``older_than`` (``loyaltykit._reconcile``)."""
        from ..._reconcile import reconcile_steps
        from ..._steps import run_sync
        from .._checkout import SaleFlow

        return run_sync(self._client, reconcile_steps(self._client.journal, "bonifiq", SaleFlow, older_than))

    def cancel_order(
        self,
        order_id: str,
        *,
        body: CancelOrderRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> BaseExternalApiResponseOfCancelOrderResponse:
        """Cancel a whole order (POST /POS/orders/{orderId}/cancel); its redeem is given back.

        Wraps the generated ``cancel_order``: ``body`` defaults to a cancellation dated now, and
        the answer is checked (a refund error or ``IsCanceled`` false raises). Retried: cancelling
        a cancelled order changes nothing.
        """
        return self._client.execute(cancel_order_call(order_id, body), options)

    def partial_cancel(
        self,
        order_id: str,
        value: Decimal | int | str,
        *,
        products: Mapping[str, Decimal | int | str] | Sequence[tuple[str, Decimal | int | str]] | None = None,
        refund_id: str | None = None,
        cancel_key: str | None = None,
        should_refund_redeem: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Refund:
        """Refund part of an order (POST /POS/{orderId}/partialcancel), once.

        ``products`` maps SKUs to their refunded value and must add up to ``value`` exactly.
        ``refund_id``: the POS's own id for this refund (e.g. the return's id); the CancelKey is
        derived from it and the order, so each id is applied once and a second refund of the same
        value with another id is applied too. Without it the CancelKey is derived from the order,
        the value and the products (``loyaltykit.idempotency``): a second identical refund is taken
        for a repeat and not applied. ``cancel_key`` sends a CancelKey of your own as it is. A
        repeat (BonifiQ says the key was used) comes back with ``already_applied=True``.
        ``should_refund_redeem`` (``ShouldRefundRedeem``) overrides the store's setting for giving
        back the order's redeem; None (the default) leaves it to the store.
        """
        write = plan_partial_cancel(
            order_id,
            value,
            products=products,
            refund_id=refund_id,
            cancel_key=cancel_key,
            should_refund_redeem=should_refund_redeem,
        )
        return self._client.execute_keyed(write, options)


class AsyncPOS(AsyncReconcileWorker, AsyncPosResource):
    """The async twin of ``POS``."""

    async def available(
        self,
        customer_id: str,
        purchase_value: Decimal | int | str,
        *,
        discount_value: Decimal | int | str | None = None,
        products: Sequence[Product] | None = None,
        **options: Unpack[RequestOptions],
    ) -> AvailableRewardsResponse:
        """Rewards the customer can use on this purchase, balances and validation flags."""
        call = available_call(customer_id, purchase_value, discount_value=discount_value, products=products)
        return await self._client.execute(call, options)

    async def redeem(
        self,
        reward_id: int,
        customer_id: str,
        *,
        original_key: str,
        value: Decimal | int | str | None = None,
        branch: str | None = None,
        sales_person: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Redemption:
        """Redeem a reward (no coupon); send ``Redemption.external_code`` as the order's Coupon.

        ``original_key`` makes it idempotent: the same key redeems once, however often it is
        sent, so the call is retried automatically. ``value`` is for cashback rewards only.
        """
        call = redeem_call(
            reward_id, customer_id, original_key=original_key, value=value, branch=branch, sales_person=sales_person
        )
        return await self._client.execute(call, options)

    async def challenge(
        self,
        customer_id: str,
        transaction_id: str,
        *,
        phone: str | None = None,
        email: str | None = None,
        document: str | None = None,
        name: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Challenge:
        """Send the customer a PIN (POST /POS/customers/{id}/challenge); outside a sale, which does it for you.

        Resend with the same ``transaction_id`` to keep the same PIN. ``document`` and ``name`` are
        for a signup validation (``ShouldValidateCustomerSignup``). The result says how the PIN went
        (``sent_by_sms``/``sent_by_email``), what is missing, and the PIN itself in preview
        environments (``preview_code``). Nothing is raised when it was not sent: read ``sent``.
        """
        call = challenge_call(customer_id, transaction_id, phone=phone, email=email, document=document, name=name)
        return await self._client.execute(call, options)

    async def validate_challenge(
        self, customer_id: str, transaction_id: str, code: str, **options: Unpack[RequestOptions]
    ) -> bool:
        """Whether BonifiQ accepts the PIN ``code`` for this challenge (POST .../challengevalidate)."""
        return await self._client.execute(validate_call(customer_id, transaction_id, code).map(_accepted), options)

    def checkout(
        self,
        customer_id: str,
        order_id: str,
        purchase_value: Decimal | int | str,
        *,
        discount_value: Decimal | int | str | None = None,
        products: Sequence[Product] | None = None,
        branch: str | None = None,
        sales_person: str | None = None,
        resume: bool = False,
        hold_timeout: float = DEFAULT_HOLD_TIMEOUT,
    ) -> AsyncSale:
        """Start a sale: rewards -> PIN -> redeem -> order, exactly once (see ``loyaltykit.Checkout``).

        Use it as a context manager: an exception before ``complete`` abandons the sale, which
        gives back whatever was redeemed. ``resume=True``: this terminal takes over a sale another
        one left unfinished (a crash, a restart); ``redeem()`` with the reward and amount chosen
        then re-attaches to its redeem (see ``loyaltykit.bonifiq._checkout``). The sale runs on
        this client's settings (no per-call options): start it from ``bq.with_options(...)`` for others.
        ``hold_timeout``: seconds to wait while another worker holds the sale (then ``SaleInUseError``;
        an async sale waits at its first ``async with`` or step, not blocking the event loop). The
        sale holds its order until it is finished or ``close()``d (``loyaltykit._sale_hold``).
        """
        from ..._sale import open_async_sale
        from .._checkout import SaleFlow

        flow = SaleFlow.start(
            customer_id,
            order_id,
            purchase_value,
            discount_value=discount_value,
            products=products,
            branch=branch,
            sales_person=sales_person,
            resume=resume,
        )
        return open_async_sale(self._client, "bonifiq", flow, hold_timeout)

    async def reconcile(self, *, older_than: timedelta = DEFAULT_RECONCILE_GRACE) -> ReconcileReport:
        """Re-check every step the journal holds in doubt for more than ``older_than`` (``loyaltykit._reconcile``)."""
        from ..._reconcile import reconcile_steps
        from ..._steps import run_async
        from .._checkout import SaleFlow

        return await run_async(self._client, reconcile_steps(self._client.journal, "bonifiq", SaleFlow, older_than))

    async def cancel_order(
        self,
        order_id: str,
        *,
        body: CancelOrderRequest | None = None,
        **options: Unpack[RequestOptions],
    ) -> BaseExternalApiResponseOfCancelOrderResponse:
        """Cancel a whole order (POST /POS/orders/{orderId}/cancel); its redeem is given back.

        Wraps the generated ``cancel_order``: ``body`` defaults to a cancellation dated now, and
        the answer is checked (a refund error or ``IsCanceled`` false raises). Retried: cancelling
        a cancelled order changes nothing.
        """
        return await self._client.execute(cancel_order_call(order_id, body), options)

    async def partial_cancel(
        self,
        order_id: str,
        value: Decimal | int | str,
        *,
        products: Mapping[str, Decimal | int | str] | Sequence[tuple[str, Decimal | int | str]] | None = None,
        refund_id: str | None = None,
        cancel_key: str | None = None,
        should_refund_redeem: bool | None = None,
        **options: Unpack[RequestOptions],
    ) -> Refund:
        """Refund part of an order (POST /POS/{orderId}/partialcancel), once.

        ``products`` maps SKUs to their refunded value and must add up to ``value`` exactly.
        ``refund_id``: the POS's own id for this refund (e.g. the return's id); the CancelKey is
        derived from it and the order, so each id is applied once and a second refund of the same
        value with another id is applied too. Without it the CancelKey is derived from the order,
        the value and the products (``loyaltykit.idempotency``): a second identical refund is taken
        for a repeat and not applied. ``cancel_key`` sends a CancelKey of your own as it is. A
        repeat (BonifiQ says the key was used) comes back with ``already_applied=True``.
        ``should_refund_redeem`` (``ShouldRefundRedeem``) overrides the store's setting for giving
        back the order's redeem; None (the default) leaves it to the store.
        """
        write = plan_partial_cancel(
            order_id,
            value,
            products=products,
            refund_id=refund_id,
            cancel_key=cancel_key,
            should_refund_redeem=should_refund_redeem,
        )
        return await self._client.execute_keyed(write, options)


# -- the calls of the POS flow (used by ``bq.pos`` and by ``Sale``) ----------------------------


def _challenge(response: CustomerChallengeResponse, sent_id: str) -> Challenge:
    code = response.code
    if code is None:
        # BonifiQ's own POS client also reads the preview PIN under "Token".
        token = response.additional_properties.get("Token")
        code = token if isinstance(token, str) and token else None
    return Challenge(
        transaction_id=response.transaction_id or sent_id,
        sent=response.success is True,
        needs_phone=response.should_inform_phone is True,
        needs_email=response.should_inform_email is True,
        preview_code=code,
        message=response.friendly_error_message or response.error_message,
        sent_by_sms=response.sent_by_sms,
        sent_by_email=response.sent_by_email,
    )


def challenge_call(
    customer_id: str,
    transaction_id: str,
    *,
    phone: str | None = None,
    email: str | None = None,
    document: str | None = None,
    name: str | None = None,
) -> Call[Challenge]:
    transaction_id = require_text("transaction_id", transaction_id)
    body = CustomerChallengeRequest(
        transaction_id=transaction_id,
        phone=unset_if_none(optional_text("phone", phone)),
        email=unset_if_none(optional_text("email", email)),
        document=unset_if_none(optional_text("document", document)),
        name=unset_if_none(optional_text("name", name)),
    )
    args = {"id": require_text("customer_id", customer_id), "body": body}
    # Resending with the same TransactionId keeps the same PIN (BonifiQ's POS guide), so it is safe.
    call = generated_call(pos_challenge, args, idempotent=True)
    return call.map(lambda response, raw: _challenge(response, transaction_id))


def _accepted(response: CustomerChallengeValidateResponse, raw: RawResponse) -> bool:
    return response.success is True


def validate_call(customer_id: str, transaction_id: str, code: str) -> Call[CustomerChallengeValidateResponse]:
    body = CustomerChallengeValidateRequest(transaction_id=transaction_id, code=require_text("code", code))
    args = {"id": require_text("customer_id", customer_id), "body": body}
    # A write, never resent: each attempt counts against the customer's tries, so a dropped answer
    # resent could count one wrong PIN several times.
    return generated_call(pos_challenge_validate, args)


def require_canceled(is_canceled: bool | Unset | None, raw: RawResponse, operation: str) -> None:
    """A cancel succeeded only when its result says so: a 200 with ``IsCanceled: false`` did not cancel.

    BonifiQ's POS guide checks the flag on every cancel (order and redeem alike).
    """
    if is_canceled is not True:
        vendor = vendor_error_from_body(raw.json())
        raise BusinessError(f"{operation}: BonifiQ did not confirm the cancellation", response=raw, vendor=vendor)


def _reward_canceled(
    envelope: BaseExternalApiResponseOfRewardResponse, raw: RawResponse, operation: str
) -> BaseExternalApiResponseOfRewardResponse:
    result = envelope.result
    require_canceled(result.is_canceled if result is not None else None, raw, operation)
    return envelope


def cancel_redeem_call(reward_id: int) -> Call[BaseExternalApiResponseOfRewardResponse]:
    """DELETE /POS/rewards/{RewardId}: the points come back. Cancelling twice changes nothing more."""
    args = {"id": require_int("reward_id", reward_id, minimum=1)}
    call = enveloped_call(pos_cancel_reward, args, idempotent=True)
    return call.map(lambda envelope, raw: _reward_canceled(envelope, raw, call.operation))


def cancel_redeem_by_key_call(original_key: str) -> Call[BaseExternalApiResponseOfRewardResponse]:
    """DELETE /POS/rewards?originalKey=...: cancels a redeem whose RewardId was never seen."""
    args = {"original_key": require_text("original_key", original_key)}
    call = enveloped_call(pos_cancel_reward_by_original_key, args, idempotent=True)
    return call.map(lambda envelope, raw: _reward_canceled(envelope, raw, call.operation))


def add_order_call(order: CreateOrderRequest) -> Call[BaseExternalApiResponseOfOrderResponse]:
    """POST /POS/orders. BonifiQ stores orders by OriginalId, so resending one updates it in place."""
    require_text("order_id", order.original_id)
    return enveloped_call(pos_add_order, {"body": order}, idempotent=True)


def _cancelled(envelope: BaseExternalApiResponseOfCancelOrderResponse, raw: RawResponse, operation: str) -> Any:
    checked(envelope, raw, operation)
    result = envelope.result
    details = result.refund_error_details if result is not None else None
    if details is not None:
        code, message = details.code, details.message
        vendor = VendorError(code=code, code_name=code, messages=(message,) if message else ())
        raise BusinessError(f"{operation} refused [{code}]: {message}", response=raw, vendor=vendor)
    return envelope


def cancel_order_call(
    order_id: str, body: CancelOrderRequest | None = None
) -> Call[BaseExternalApiResponseOfCancelOrderResponse]:
    order_id = require_text("order_id", order_id)
    if body is None:
        body = CancelOrderRequest(order_cancelled_date=datetime.now(UTC), order_status="Cancelado")
    body = require_model("body", body, CancelOrderRequest)
    call = generated_call(pos_cancel_order, {"order_id": order_id, "body": body}, idempotent=True)

    def confirm(parsed: BaseExternalApiResponseOfCancelOrderResponse, raw: RawResponse) -> Any:
        _cancelled(parsed, raw, call.operation)
        result = parsed.result
        require_canceled(result.is_canceled if result is not None else None, raw, call.operation)
        return parsed

    return call.map(confirm)


def refund_lines(
    value: Decimal, products: Mapping[str, Decimal | int | str] | Sequence[tuple[str, Decimal | int | str]] | None
) -> list[tuple[str, Decimal]] | None:
    """Per-product refunds, checked to add up to ``value`` to the cent before anything is sent."""
    if products is None:
        return None
    pairs = list(products.items()) if isinstance(products, Mapping) else list(products)
    if not pairs:
        raise InvalidArgumentError("products", "must not be empty (pass None to refund no product)")
    lines: dict[str, Decimal] = {}
    for index, pair in enumerate(pairs):
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise InvalidArgumentError(f"products[{index}]", "must be a (sku, value) pair")
        sku = require_text(f"products[{index}].sku", pair[0])
        lines[sku] = lines.get(sku, Decimal(0)) + require_money(f"products[{index}].value", pair[1])
    total = sum(lines.values(), Decimal(0))
    if to_cents(total) != to_cents(value):
        raise InvalidArgumentError("products", f"must add up to value {money(value)}, they add up to {money(total)}")
    return sorted(lines.items())


def plan_partial_cancel(
    order_id: str,
    value: Decimal | int | str,
    *,
    products: Mapping[str, Decimal | int | str] | Sequence[tuple[str, Decimal | int | str]] | None = None,
    refund_id: str | None = None,
    cancel_key: str | None = None,
    should_refund_redeem: bool | None = None,
) -> KeyedWrite[Refund]:
    """POST /POS/{orderId}/partialcancel; a CancelKey refused as used means this refund was applied before.

    The derived CancelKey names the refund, not ``should_refund_redeem``: the same refund sent
    again with another override is still the same refund.
    """
    order_id = require_text("order_id", order_id)
    amount = require_money("value", value)
    override = optional_flag("should_refund_redeem", should_refund_redeem)
    lines = refund_lines(amount, products)
    if refund_id is not None and cancel_key is not None:
        raise InvalidArgumentError("cancel_key", "must not be given with refund_id (the key is derived from it)")
    if cancel_key is not None:
        key = require_text("cancel_key", cancel_key)
    elif refund_id is not None:
        key = idempotency.refund_id_key(order_id, require_text("refund_id", refund_id))
    else:
        key = idempotency.cancel_key(order_id, amount, lines)
    body = PartialCancelOrderRequest(
        value_to_refund=money(amount),
        cancel_key=key,
        products=UNSET
        if lines is None
        else [PartialCancelOrderProduct(original_id=sku, value_to_refund=money(v)) for sku, v in lines],
        should_refund_redeem=unset_if_none(override),
    )
    call = generated_call(pos_partial_cancel, {"order_id": order_id, "body": body}, idempotent=True)

    def refund(parsed: BaseExternalApiResponseOfCancelOrderResponse, raw: RawResponse) -> Refund:
        _cancelled(parsed, raw, call.operation)
        return Refund(order_id=order_id, value=amount, key=key, detail=parsed, raw_response=raw)

    def applied_before(error: APIError) -> Refund:
        return Refund(order_id=order_id, value=amount, key=key, already_applied=True, raw_response=error.response)

    return KeyedWrite(call.map(refund), is_key_already_used, applied_before)
