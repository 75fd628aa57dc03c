from typing import Final

import httpx

from ...models.base_external_api_response_of_reward_configuration_response import (
    BaseExternalApiResponseOfRewardConfigurationResponse,
)
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "RewardConfigurations_Get"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    id: int,
) -> OperationRequest[BaseExternalApiResponseOfRewardConfigurationResponse]:
    """on a Given ID, returns the Rewards configuration if found.

    Args:
        id (int):

    Returns:
        OperationRequest[BaseExternalApiResponseOfRewardConfigurationResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url=f"/v1/pvt/RewardConfigurations/{int(id)}",
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfRewardConfigurationResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfRewardConfigurationResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
