"""``bq.pos``: the point-of-sale calls (BonifiQ tag ``POS``)."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from loyaltykit_bonifiq_api.api.pos import pos_available_rewards, pos_redeem
from loyaltykit_bonifiq_api.models.available_rewards_request import AvailableRewardsRequest
from loyaltykit_bonifiq_api.models.available_rewards_request_product import AvailableRewardsRequestProduct
from loyaltykit_bonifiq_api.models.available_rewards_response import AvailableRewardsResponse
from loyaltykit_bonifiq_api.models.base_external_api_response_of_couponless_reward_redeem_response import (
    BaseExternalApiResponseOfCouponlessRewardRedeemResponse,
)
from loyaltykit_bonifiq_api.models.couponless_reward_generate_request import CouponlessRewardGenerateRequest
from loyaltykit_bonifiq_api.models.create_order_branch import CreateOrderBranch
from loyaltykit_bonifiq_api.models.create_order_sales_person import CreateOrderSalesPerson
from loyaltykit_bonifiq_api.models.redeem_origin import RedeemOrigin
from loyaltykit_bonifiq_api.types import UNSET, Unset

from ..._call import Call
from ..._operation import generated_call, model_parser
from ..._resource import AsyncResource, SyncResource
from ..._response import RawResponse
from ..._validation import optional_money, optional_text, require_int, require_money, require_text
from ...errors import BusinessError, InvalidArgumentError
from .._envelope import checked, warnings_of
from .._values import present, unset_if_none
from .._vendor import vendor_error_from_body
from ..types import Product, Redemption


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
                quantity=product.quantity,
                product_price=product.price,
                product_discount_price=unset_if_none(product.discount_price),
            )
        )
    return lines


def branch_of(branch: str | None) -> CreateOrderBranch | Unset:
    return UNSET if branch is None else CreateOrderBranch(original_id=require_text("branch", branch))


def sales_person_of(sales_person: str | None) -> CreateOrderSalesPerson | Unset:
    if sales_person is None:
        return UNSET
    return CreateOrderSalesPerson(original_id=require_text("sales_person", sales_person))


def _tolerate_result_wrapper(response: AvailableRewardsResponse, raw: RawResponse) -> AvailableRewardsResponse:
    # The response is documented flat, but BonifiQ's own POS client also accepts it wrapped in
    # {"Result": {...}} (shared/reference/bonifiq/pos-wire-facts.md); read either.
    wrapped = response.additional_properties.get("Result")
    if isinstance(wrapped, dict) and isinstance(response.rewards, Unset):
        checked(response, raw, "POS_AvailableRewards")
        return AvailableRewardsResponse.from_dict(wrapped)
    return response


def available_call(
    customer_id: str,
    purchase_value: Decimal | int | str,
    *,
    discount_value: Decimal | int | str | None = None,
    products: Sequence[Product] | None = None,
) -> Call[AvailableRewardsResponse]:
    body = AvailableRewardsRequest(
        customer_id=require_text("customer_id", customer_id),
        purchase_value=require_money("purchase_value", purchase_value),
        discount_value=unset_if_none(optional_money("discount_value", discount_value, allow_zero=True)),
        products=products_for_request(products),
    )
    call = generated_call(pos_available_rewards, {"body": body}, model_parser(AvailableRewardsResponse), read_only=True)
    return call.map(_tolerate_result_wrapper)


def _redemption(envelope: BaseExternalApiResponseOfCouponlessRewardRedeemResponse, raw: RawResponse) -> Redemption:
    checked(envelope, raw, "POS_Redeem")
    result = present(envelope.result)
    external_code = present(result.external_code) if result is not None else None
    if result is None or not external_code:
        # A warning such as RewardNotFound comes with Result=null: nothing was redeemed.
        vendor = vendor_error_from_body(raw.json())
        reason = vendor.code_name or vendor.message or "no ExternalCode in the response"
        raise BusinessError(f"POS_Redeem made no redeem: {reason}", response=raw, vendor=vendor)
    point = present(result.point)
    coupon = present(result.coupon)
    return Redemption(
        external_code=external_code,
        reward_id=present(result.reward_id),
        original_key=present(result.original_key),
        points=present(point.quantity) if point is not None else None,
        external_product_id=present(result.external_product_id),
        coupon_code=present(coupon.coupon_code) if coupon is not None else None,
        warnings=warnings_of(envelope),
        result=result,
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
    body = CouponlessRewardGenerateRequest(
        customer_id=require_text("customer_id", customer_id),
        value=unset_if_none(optional_money("value", value)),
        original_key=original_key,
        redeem_origin=RedeemOrigin.PDV,
        branch=branch_of(optional_text("branch", branch)),
        sales_person=sales_person_of(optional_text("sales_person", sales_person)),
    )
    args = {"id": require_int("reward_id", reward_id, minimum=1), "body": body}
    envelope = BaseExternalApiResponseOfCouponlessRewardRedeemResponse
    call = generated_call(pos_redeem, args, model_parser(envelope), idempotency_key=original_key)
    return call.map(_redemption)


class POS(SyncResource):
    def available(
        self,
        customer_id: str,
        purchase_value: Decimal | int | str,
        *,
        discount_value: Decimal | int | str | None = None,
        products: Sequence[Product] | None = None,
    ) -> AvailableRewardsResponse:
        """Rewards the customer can use on this purchase, balances and validation flags."""
        call = available_call(customer_id, purchase_value, discount_value=discount_value, products=products)
        return self._client.execute(call)

    def redeem(
        self,
        reward_id: int,
        customer_id: str,
        *,
        original_key: str,
        value: Decimal | int | str | None = None,
        branch: str | None = None,
        sales_person: str | None = None,
    ) -> Redemption:
        """Redeem a reward (no coupon); send ``Redemption.external_code`` as the order's Coupon.

        ``original_key`` makes it idempotent: the same key redeems once, however often it is
        sent, so the call is retried automatically. ``value`` is for cashback rewards only.
        """
        call = redeem_call(
            reward_id, customer_id, original_key=original_key, value=value, branch=branch, sales_person=sales_person
        )
        return self._client.execute(call)


class AsyncPOS(AsyncResource):
    async def available(
        self,
        customer_id: str,
        purchase_value: Decimal | int | str,
        *,
        discount_value: Decimal | int | str | None = None,
        products: Sequence[Product] | None = None,
    ) -> AvailableRewardsResponse:
        """Rewards the customer can use on this purchase, balances and validation flags."""
        call = available_call(customer_id, purchase_value, discount_value=discount_value, products=products)
        return await self._client.execute(call)

    async def redeem(
        self,
        reward_id: int,
        customer_id: str,
        *,
        original_key: str,
        value: Decimal | int | str | None = None,
        branch: str | None = None,
        sales_person: str | None = None,
    ) -> Redemption:
        """Redeem a reward (no coupon); send ``Redemption.external_code`` as the order's Coupon."""
        call = redeem_call(
            reward_id, customer_id, original_key=original_key, value=value, branch=branch, sales_person=sales_person
        )
        return await self._client.execute(call)
