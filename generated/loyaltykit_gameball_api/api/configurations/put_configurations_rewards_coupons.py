from typing import Any, Final

import httpx

from ...models.put_configurations_rewards_coupons_body import PutConfigurationsRewardsCouponsBody
from ...models.put_configurations_rewards_coupons_response_200 import PutConfigurationsRewardsCouponsResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "put_configurations_rewards_coupons"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PutConfigurationsRewardsCouponsBody,
) -> OperationRequest[PutConfigurationsRewardsCouponsResponse200]:
    """Update coupon system configuration settings for the loyalty program.

    Args:
        body (PutConfigurationsRewardsCouponsBody):

    Returns:
        OperationRequest[PutConfigurationsRewardsCouponsResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="PUT",
        url="/api/v4.0/integrations/configurations/rewards/coupons",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PutConfigurationsRewardsCouponsResponse200:
    if response.status_code == 200:
        response_200 = PutConfigurationsRewardsCouponsResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
