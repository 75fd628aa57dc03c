from typing import Final

import httpx

from ...models.reward_response import RewardResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Rewards_Get"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: int,
) -> OperationRequest[RewardResponse]:
    """Return an existant reward already redeemed

     Returns the reward WITHOUT the standard envelope.

    Args:
        id (int):

    Returns:
        OperationRequest[RewardResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url=f"/v1/pvt/Rewards/{int(id)}",
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> RewardResponse:
    if response.status_code == 200:
        response_200 = RewardResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
