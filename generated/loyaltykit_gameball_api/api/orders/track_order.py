from typing import Any, Final

import httpx

from ...models.track_order_body import TrackOrderBody
from ...models.track_order_response_200 import TrackOrderResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "trackOrder"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: TrackOrderBody,
) -> OperationRequest[TrackOrderResponse200]:
    """Track Order

     The API call is used to track a new order and is specifically designed for e-commerce solutions. It
    helps capture essential order details, enabling better tracking of customer purchases and order
    management.

    **Security:** Requires both `apikey` and `secretkey` headers.

    **Channel Merging Available:** If your system uses different customer IDs across multiple channels
    (e.g., online and offline), Gameball's channel merging feature helps unify customer profiles. By
    including the customer's mobile number or email (based on your merging configuration) with each
    request, Gameball will combine activities into a single profile.

    Args:
        body (TrackOrderBody):

    Returns:
        OperationRequest[TrackOrderResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/orders",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> TrackOrderResponse200:
    if response.status_code == 200:
        response_200 = TrackOrderResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
