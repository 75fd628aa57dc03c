from typing import Any, Final

import httpx

from ...models.get_transactions_count_response_200 import GetTransactionsCountResponse200
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "get_transactions_count"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    direction: str | Unset = UNSET,
    status: str | Unset = UNSET,
    customer_id: str | Unset = UNSET,
) -> OperationRequest[GetTransactionsCountResponse200]:
    """This API retrieves the total count of transactions from Gameball, allowing for optional filtering.
    It provides the number of transactions matching the specified criteria without returning detailed
    transaction records.

    Args:
        direction (str | Unset):
        status (str | Unset):
        customer_id (str | Unset):

    Returns:
        OperationRequest[GetTransactionsCountResponse200]
    """

    params: dict[str, Any] = {}

    params["direction"] = direction

    params["status"] = status

    params["customerId"] = customer_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    return OperationRequest(
        operation=OPERATION_ID,
        method="GET",
        url="/api/v4.0/integrations/transactions/count",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetTransactionsCountResponse200:
    if response.status_code == 200:
        response_200 = GetTransactionsCountResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
