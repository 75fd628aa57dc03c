from typing import Final
from urllib.parse import quote

import httpx

from ...models.get_order_transactions_response_200 import GetOrderTransactionsResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "getOrderTransactions"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    order_id: str,
) -> OperationRequest[GetOrderTransactionsResponse200]:
    """Order Transactions

     This API retrieves the transactional details for a specified order in Gameball, identified by
    `orderId`. It includes information on rewards, refunds, and equivalent points, giving a detailed
    view of the financial activities associated with the order.

    **Security:** Requires both `apikey` and `secretkey` headers.

    Args:
        order_id (str):

    Returns:
        OperationRequest[GetOrderTransactionsResponse200]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/orders/{order_id}/transactions".format(
            order_id=quote(str(order_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetOrderTransactionsResponse200:
    if response.status_code == 200:
        response_200 = GetOrderTransactionsResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
