from typing import Any, Final

import httpx

from ...models.get_transactions_response_200 import GetTransactionsResponse200
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "get_transactions"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    direction: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_after: int | Unset = UNSET,
    limit: int | Unset = 50,
    customer_id: str | Unset = UNSET,
) -> OperationRequest[GetTransactionsResponse200]:
    """This API retrieves a paged list of transactions from Gameball, allowing for optional filtering. Each
    transaction record includes details such as type, direction, points, amount, transaction time, and
    balance changes, providing a comprehensive view of customer activity.

    Args:
        direction (str | Unset):
        status (str | Unset):
        start_after (int | Unset):
        limit (int | Unset):  Default: 50.
        customer_id (str | Unset):

    Returns:
        OperationRequest[GetTransactionsResponse200]
    """

    params: dict[str, Any] = {}

    params["direction"] = direction

    params["status"] = status

    params["startAfter"] = start_after

    params["limit"] = limit

    params["customerId"] = customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/transactions",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetTransactionsResponse200:
    if response.status_code == 200:
        response_200 = GetTransactionsResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
