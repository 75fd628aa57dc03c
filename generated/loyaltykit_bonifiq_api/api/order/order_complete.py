from typing import Any, Final
from urllib.parse import quote

import httpx

from ...models.base_external_api_response_of_complete_order_response import (
    BaseExternalApiResponseOfCompleteOrderResponse,
)
from ...models.complete_order_request import CompleteOrderRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Order_Complete"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    order_id: str,
    *,
    body: CompleteOrderRequest,
) -> OperationRequest[BaseExternalApiResponseOfCompleteOrderResponse]:
    """request for setting a purchase order completed.

    Args:
        order_id (str):
        body (CompleteOrderRequest): Order Complete request body

    Returns:
        OperationRequest[BaseExternalApiResponseOfCompleteOrderResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Order/{order_id}/complete".format(
            order_id=quote(str(order_id), safe=""),
        ),
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfCompleteOrderResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfCompleteOrderResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
