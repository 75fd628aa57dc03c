from typing import Any, Final

import httpx

from ...models.base_external_api_response_of_couponless_reward_redeem_response import (
    BaseExternalApiResponseOfCouponlessRewardRedeemResponse,
)
from ...models.update_reward_metadata_request import UpdateRewardMetadataRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Rewards_UpdateMetadata"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: UpdateRewardMetadataRequest,
) -> OperationRequest[BaseExternalApiResponseOfCouponlessRewardRedeemResponse]:
    """Add metadata to an already redeemed reward, found by its OriginalKey

    Args:
        body (UpdateRewardMetadataRequest):

    Returns:
        OperationRequest[BaseExternalApiResponseOfCouponlessRewardRedeemResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Rewards/updatemetadata",
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
