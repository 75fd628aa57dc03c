from typing import Any, Final

import httpx

from ...models.get_configurations_redemption_response_200 import GetConfigurationsRedemptionResponse200
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "get_configurations_redemption"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    customer_id: str | Unset = UNSET,
) -> OperationRequest[GetConfigurationsRedemptionResponse200]:
    """This API retrieves the configurations and rules associated with how customers can redeem points for
    discounts, coupons, or other rewards.

    Args:
        customer_id (str | Unset):

    Returns:
        OperationRequest[GetConfigurationsRedemptionResponse200]
    """

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/configurations/redemption",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetConfigurationsRedemptionResponse200:
    if response.status_code == 200:
        response_200 = GetConfigurationsRedemptionResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
