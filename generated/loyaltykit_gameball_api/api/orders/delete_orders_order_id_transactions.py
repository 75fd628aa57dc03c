from typing import Final
from urllib.parse import quote

import httpx

from ...types import OperationRequest, UndocumentedStatus

OPERATION_ID: Final = "delete_orders_orderId_transactions"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    order_id: str,
) -> OperationRequest[None]:
    """Delete a customer by customerId.

    Args:
        order_id (str):

    Returns:
        OperationRequest[None]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="DELETE",
        url="/api/v4.0/integrations/orders/{order_id}/transactions".format(
            order_id=quote(str(order_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> None:
    if response.status_code == 200:
        return

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
