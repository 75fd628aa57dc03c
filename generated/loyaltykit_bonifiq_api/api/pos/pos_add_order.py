from typing import Any, Final

import httpx

from ...models.base_external_api_response_of_order_response import BaseExternalApiResponseOfOrderResponse
from ...models.create_order_request import CreateOrderRequest
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "POS_AddOrder"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: CreateOrderRequest,
) -> OperationRequest[BaseExternalApiResponseOfOrderResponse]:
    """This is shortcut for the original /orders endpoint to add orders into BonifiQ

     An order can be Completed (receives points), Canceled (points removed) or Pending. Set the state
    with `IsCompleted` and `IsCancelledOrReturned` (with the respective dates). `OrderTotal` must not
    include shipping, taxes, discounts or giftcards. `Coupon`: pass the `ExternalCode` of the redeem
    when a BonifiQ reward was used, otherwise the coupon used by the customer.

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
        url="/v1/pvt/POS/orders",
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
