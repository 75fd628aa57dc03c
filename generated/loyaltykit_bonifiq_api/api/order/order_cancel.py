from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_response_of_cancel_order_response import BaseExternalApiResponseOfCancelOrderResponse
from ...models.cancel_order_request import CancelOrderRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Order_Cancel"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    order_id: str,
    *,
    body: CancelOrderRequest,
) -> OperationRequest[BaseExternalApiResponseOfCancelOrderResponse]:
    """request for cancelling a purchase order

     When an order is cancelled BonifiQ will remove the points from customer (if they have been already
    given).

    Args:
        order_id (str):
        body (CancelOrderRequest): Order cancel request body

    Returns:
        OperationRequest[BaseExternalApiResponseOfCancelOrderResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Order/{order_id}/cancel".format(
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
