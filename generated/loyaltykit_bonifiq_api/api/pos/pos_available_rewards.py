from typing import Any, Final

import httpx

from ...models.available_rewards_request import AvailableRewardsRequest
from ...models.available_rewards_response import AvailableRewardsResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "POS_AvailableRewards"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: AvailableRewardsRequest,
) -> OperationRequest[AvailableRewardsResponse]:
    """Returns a list of available rewards for a given customer and purchase.

     This method returns a list of all rewards available even if they cannot be used by the given
    customer at the moment. It returns Discounts (Value and Percent) or Cashback rewards.

    If `HasRewards` is false the whole reward flow must be skipped. If `ShouldValidateCustomer` (or
    `ShouldValidateCustomerSignup`) is true the customer validation flow (challenge / challengevalidate)
    must run before redeeming.

    The response is returned WITHOUT the standard envelope.

    Args:
        body (AvailableRewardsRequest):

    Returns:
        OperationRequest[AvailableRewardsResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/POS/rewards/available",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> AvailableRewardsResponse:
    if response.status_code == 200:
        response_200 = AvailableRewardsResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
