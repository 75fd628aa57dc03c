from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_response_of_cancel_order_response import BaseExternalApiResponseOfCancelOrderResponse
from ...models.partial_cancel_order_request import PartialCancelOrderRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "POS_PartialCancel"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    order_id: str,
    *,
    body: PartialCancelOrderRequest,
) -> OperationRequest[BaseExternalApiResponseOfCancelOrderResponse]:
    """Partially cancel an order

     If your customer returns or asks for refund for some part of their purchase use this endpoint to
    cancel the corresponding points/cashback. Note the path has no `orders/` segment.

    `CancelKey` gives idempotency: reusing the same CancelKey on the same order makes the cancellation
    fail.

    Args:
        order_id (str):
        body (PartialCancelOrderRequest):

    Returns:
        OperationRequest[BaseExternalApiResponseOfCancelOrderResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/POS/{order_id}/partialcancel".format(
            order_id=quote(str(order_id), safe=""),
        ),
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfCancelOrderResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCancelOrderResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
