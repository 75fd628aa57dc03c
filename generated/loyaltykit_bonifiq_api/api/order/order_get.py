from typing import Final
from urllib.parse import quote

import httpx

from ...models.order_response import OrderResponse
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "Order_Get"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    order_id: str,
) -> OperationRequest[OrderResponse]:
    """Get v1pvtorder

     Returns the order WITHOUT the standard envelope.

    Args:
        order_id (str):

    Returns:
        OperationRequest[OrderResponse]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/v1/pvt/Order/{order_id}".format(
            order_id=quote(str(order_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> OrderResponse:
    if response.status_code == 200:
        response_200 = OrderResponse.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
