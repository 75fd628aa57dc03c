from typing import Any, Final

import httpx

from ...models.base_external_api_response_of_order_response import BaseExternalApiResponseOfOrderResponse
from ...models.create_order_request import CreateOrderRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Order_Add"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: CreateOrderRequest,
) -> OperationRequest[BaseExternalApiResponseOfOrderResponse]:
    """Add an order or purchase

     Adds (or updates) an order. Same request model as POST /v1/pvt/POS/orders.

    Args:
        body (CreateOrderRequest): Purchase Order Model

    Returns:
        OperationRequest[BaseExternalApiResponseOfOrderResponse]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/v1/pvt/Order",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BaseExternalApiResponseOfOrderResponse:
    if response.status_code == 200:
        response_200 = BaseExternalApiResponseOfOrderResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
