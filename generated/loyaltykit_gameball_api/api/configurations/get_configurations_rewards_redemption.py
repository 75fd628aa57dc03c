from typing import Final

import httpx

from ...models.get_configurations_rewards_redemption_response_200 import GetConfigurationsRewardsRedemptionResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "get_configurations_rewards_redemption"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request() -> OperationRequest[GetConfigurationsRewardsRedemptionResponse200]:
    """Retrieve point redemption configuration settings for the loyalty program.

    Returns:
        OperationRequest[GetConfigurationsRewardsRedemptionResponse200]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/configurations/rewards/redemption",
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetConfigurationsRewardsRedemptionResponse200:
    if response.status_code == 200:
        response_200 = GetConfigurationsRewardsRedemptionResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
