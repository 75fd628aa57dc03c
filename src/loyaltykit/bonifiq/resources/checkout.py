"""``bq.ecommerce_cashback``: cashback applied to an online store's cart (BonifiQ tag ``Checkout``).

Not the point-of-sale sale (``loyaltykit.Checkout``, ``bq.pos.checkout()``): these calls are
what an e-commerce platform sends while a customer is at its checkout page, so the resource is
named after the channel and what it applies rather than after BonifiQ's tag, which the POS sale's
name already takes. ``bq.checkout`` is its deprecated former name.

``EcommerceCashback`` is the generated ``EcommerceCashbackResource`` (api.md) with its three
methods wrapped: ``body`` may be passed positionally, as before, and must be the request model
(``InvalidArgumentError`` otherwise, before anything is sent). BonifiQ's ``remove_redeem`` and
``refresh_redeem`` keep the names ``remove`` and ``refresh`` that were public first.
"""

from __future__ import annotations

from typing import Any, Unpack

from loyaltykit_bonifiq_api.api.checkout import checkout_redeem, checkout_refresh_redeem, checkout_remove_redeem
from loyaltykit_bonifiq_api.models.base_external_api_response_of_checkout_refresh_cashback_response import (
    BaseExternalApiResponseOfCheckoutRefreshCashbackResponse,
)
from loyaltykit_bonifiq_api.models.base_external_api_response_of_checkout_remove_cashback_response import (
    BaseExternalApiResponseOfCheckoutRemoveCashbackResponse,
)
from loyaltykit_bonifiq_api.models.base_external_api_response_of_couponless_reward_redeem_response import (
    BaseExternalApiResponseOfCouponlessRewardRedeemResponse,
)
from loyaltykit_bonifiq_api.models.checkout_customer_request import CheckoutCustomerRequest
from loyaltykit_bonifiq_api.models.checkout_redeem_request import CheckoutRedeemRequest

from ..._call import Call
from ..._options import RequestOptions
from ..._validation import check_operation_arguments, require_model
from .._envelope import enveloped_call
from .._vendor import idempotency_key_of
from ._generated.ecommerce_cashback import AsyncEcommerceCashbackResource, EcommerceCashbackResource


def _require(request: Any, model: type, field: str = "body") -> None:
    require_model(field, request, model)
    check_operation_arguments({field: request})  # a model built by the caller: what the wire cannot carry


def _redeem(request: CheckoutRedeemRequest) -> Call[BaseExternalApiResponseOfCouponlessRewardRedeemResponse]:
    _require(request, CheckoutRedeemRequest)
    # Retried only when the request carries an OriginalKey for BonifiQ to deduplicate on.
    keyed = idempotency_key_of(request.to_dict()) is not None
    return enveloped_call(checkout_redeem, {"body": request}, idempotent=keyed)


def _remove(request: CheckoutCustomerRequest) -> Call[BaseExternalApiResponseOfCheckoutRemoveCashbackResponse]:
    _require(request, CheckoutCustomerRequest)
    return enveloped_call(checkout_remove_redeem, {"body": request})


def _refresh(request: CheckoutCustomerRequest) -> Call[BaseExternalApiResponseOfCheckoutRefreshCashbackResponse]:
    _require(request, CheckoutCustomerRequest)
    return enveloped_call(checkout_refresh_redeem, {"body": request})


class EcommerceCashback(EcommerceCashbackResource):
    """Cashback on an online cart: apply it, revalidate it after a cart change, remove it."""

    def redeem(
        self, body: CheckoutRedeemRequest, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCouponlessRewardRedeemResponse:
        """Apply cashback to a checkout; retried only when ``body.original_key`` is set."""
        return self._client.execute(_redeem(body), options)

    def remove(
        self, body: CheckoutCustomerRequest, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCheckoutRemoveCashbackResponse:
        """Remove the cashback applied to a checkout (warnings such as CashbackNotApplied are data)."""
        return self._client.execute(_remove(body), options)

    def refresh(
        self, body: CheckoutCustomerRequest, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCheckoutRefreshCashbackResponse:
        """Revalidate the applied cashback after a cart change."""
        return self._client.execute(_refresh(body), options)


class AsyncEcommerceCashback(AsyncEcommerceCashbackResource):
    """The async twin of ``EcommerceCashback``."""

    async def redeem(
        self, body: CheckoutRedeemRequest, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCouponlessRewardRedeemResponse:
        """Apply cashback to a checkout; retried only when ``body.original_key`` is set."""
        return await self._client.execute(_redeem(body), options)

    async def remove(
        self, body: CheckoutCustomerRequest, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCheckoutRemoveCashbackResponse:
        """Remove the cashback applied to a checkout (warnings such as CashbackNotApplied are data)."""
        return await self._client.execute(_remove(body), options)

    async def refresh(
        self, body: CheckoutCustomerRequest, **options: Unpack[RequestOptions]
    ) -> BaseExternalApiResponseOfCheckoutRefreshCashbackResponse:
        """Revalidate the applied cashback after a cart change."""
        return await self._client.execute(_refresh(body), options)
