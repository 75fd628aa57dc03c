from typing import Any, Final

import httpx

from ...models.base_external_api_response_of_couponless_reward_redeem_response import (
    BaseExternalApiResponseOfCouponlessRewardRedeemResponse,
)
from ...models.checkout_redeem_request import CheckoutRedeemRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Checkout_Redeem"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: CheckoutRedeemRequest,
) -> OperationRequest[BaseExternalApiResponseOfCouponlessRewardRedeemResponse]:
    """Redeems cashback for a checkout

     Applies cashback discount to a checkout/cart. If the customer already has cashback applied in
    another checkout (without an order), it will be automatically refunded. The cashback value cannot
    exceed the checkout total or the customer's available cashback balance.

    Args:
        body (CheckoutRedeemRequest): Request to redeem cashback in a checkout

    Returns:
        OperationRequest[BaseExternalApiResponseOfCouponlessRewardRedeemResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Checkout/redeem",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfCouponlessRewardRedeemResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCouponlessRewardRedeemResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
