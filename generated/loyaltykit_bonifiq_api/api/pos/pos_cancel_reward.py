from typing import Final

import httpx

from ...models.base_external_api_response_of_reward_response import BaseExternalApiResponseOfRewardResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "POS_CancelReward"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: int,
) -> OperationRequest[BaseExternalApiResponseOfRewardResponse]:
    """Cancel an existing reward. By canceling the customer will have their points back. The reward will be
    in the canceled state.

     This endpoint requires to inform the Reward Id to be cancelled (the RewardId field received when
    calling the /rewards/{id}/redeem endpoint). Once cancelled a Reward cannot be "uncancelled". This
    endpoint returns the cancelled reward information.

    Args:
        id (int):

    Returns:
        OperationRequest[BaseExternalApiResponseOfRewardResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="DELETE",
        url=f"/v1/pvt/POS/rewards/{int(id)}",
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfRewardResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfRewardResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
