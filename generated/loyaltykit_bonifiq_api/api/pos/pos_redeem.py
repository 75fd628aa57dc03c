from typing import Any, Final

import httpx

from ...models.base_external_api_response_of_couponless_reward_redeem_response import (
    BaseExternalApiResponseOfCouponlessRewardRedeemResponse,
)
from ...models.couponless_reward_generate_request import CouponlessRewardGenerateRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "POS_Redeem"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: int,
    *,
    body: CouponlessRewardGenerateRequest,
) -> OperationRequest[BaseExternalApiResponseOfCouponlessRewardRedeemResponse]:
    """This method can be used to redeem a reward in behalf of a customer.

     There are 2 types of rewards: Discount Rewards (Percent or Value, pre-configured values) and
    Cashback (the used value must be informed in the `Value` field). The `rewardId` can be obtained from
    the `rewards/available` endpoint.

    `OriginalKey` gives idempotency: the exactly same request twice redeems only once.

    This call **will not** generate a coupon in BonifiQ (unless ForceGenerateCoupon). Pass the returned
    `ExternalCode` in the `Coupon` field when adding the order.

    A valid request may return a warning with a null Result (e.g. Code 07 / RewardNotFound in the vendor
    demo fixture).

    Args:
        id (int):
        body (CouponlessRewardGenerateRequest):

    Returns:
        OperationRequest[BaseExternalApiResponseOfCouponlessRewardRedeemResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url=f"/v1/pvt/POS/rewards/{int(id)}/redeem",
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
