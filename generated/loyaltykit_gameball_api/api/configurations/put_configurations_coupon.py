from typing import Any, Final

import httpx

from ...models.put_configurations_coupon_body import PutConfigurationsCouponBody
from ...types import OperationRequest, UndocumentedStatus

OPERATION_ID: Final = "put_configurations_coupon"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: PutConfigurationsCouponBody,
) -> OperationRequest[None]:
    """This API call updates your coupon configurations, allowing you to modify details about how coupons
    are structured, authenticated, and mapped within Gameball.

    Args:
        body (PutConfigurationsCouponBody):

    Returns:
        OperationRequest[None]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="PUT",
        url="/api/v4.0/integrations/configurations/coupon",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 200:
        return

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
