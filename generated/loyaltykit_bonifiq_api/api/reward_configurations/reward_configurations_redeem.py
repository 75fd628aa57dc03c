from typing import Any, Final

import httpx

from ...models.base_external_api_list_response_of_reward_configuration_response import (
    BaseExternalApiListResponseOfRewardConfigurationResponse,
)
from ...models.reward_configuration_redeem_request import RewardConfigurationRedeemRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "RewardConfigurations_Redeem"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: int,
    *,
    body: RewardConfigurationRedeemRequest,
) -> OperationRequest[BaseExternalApiListResponseOfRewardConfigurationResponse]:
    """Redeem a reward for the customer given on the request body

     Coupon-generating redeem (the counterpart of the couponless POS redeem).

    Args:
        id (int):
        body (RewardConfigurationRedeemRequest):

    Returns:
        OperationRequest[BaseExternalApiListResponseOfRewardConfigurationResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url=f"/v1/pvt/RewardConfigurations/{int(id)}/redeem",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiListResponseOfRewardConfigurationResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiListResponseOfRewardConfigurationResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
