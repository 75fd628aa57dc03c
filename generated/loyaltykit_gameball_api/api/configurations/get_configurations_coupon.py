from typing import Final

import httpx

from ...models.get_configurations_coupon_response_200 import GetConfigurationsCouponResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "get_configurations_coupon"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request() -> OperationRequest[GetConfigurationsCouponResponse200]:
    """This API call retrieves your coupon configurations, including details about how coupons are
    structured, authenticated, and mapped within Gameball.

    Returns:
        OperationRequest[GetConfigurationsCouponResponse200]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/configurations/coupon",
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetConfigurationsCouponResponse200:
    if response.status_code == 200:
        response_200 = GetConfigurationsCouponResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
