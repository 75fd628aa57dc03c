from typing import Any, Final

import httpx

from ...models.get_configurations_cashback_response_200 import GetConfigurationsCashbackResponse200
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "get_configurations_cashback"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    customer_id: str | Unset = UNSET,
) -> OperationRequest[GetConfigurationsCashbackResponse200]:
    """This API call retrieves your cashback configurations, providing essential details about how cashback
    rewards are structured and managed in Gameball. If the customerId is provided, the API will return
    any special cashback rules associated with the customer's tier, including potential bonuses or
    customized reward factors specific to that customer.

    Args:
        customer_id (str | Unset):

    Returns:
        OperationRequest[GetConfigurationsCashbackResponse200]
    """

    params: dict[str, Any] = {}

    params["customerId"] = customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/configurations/cashback",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetConfigurationsCashbackResponse200:
    if response.status_code == 200:
        response_200 = GetConfigurationsCashbackResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
