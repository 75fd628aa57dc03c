from typing import Any, Final

import httpx

from ...models.get_transactions_customer_view_response_200 import GetTransactionsCustomerViewResponse200
from ...types import UNSET, OperationRequest, UndocumentedStatus, Unset, json_exact

OPERATION_ID: Final = "get_transactions_customer_view"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    direction: str | Unset = UNSET,
    status: str | Unset = UNSET,
    start_after: int | Unset = UNSET,
    limit: int | Unset = 50,
    customer_id: str | Unset = UNSET,
) -> OperationRequest[GetTransactionsCustomerViewResponse200]:
    """This API retrieves a paged list of transactions from Gameball, with support for optional filtering.
    It provides the same comprehensive transaction data as the previous version — including type,
    direction, points, amount, transaction time, and balance changes — but with an important
    enhancement: Each transaction now includes associated customer details, such as: Customer Name,
    Customer Email, Customer Deletion Status. This allows for better traceability and visibility into
    who performed each transaction, even if the customer has since been deleted.

    Args:
        direction (str | Unset):
        status (str | Unset):
        start_after (int | Unset):
        limit (int | Unset):  Default: 50.
        customer_id (str | Unset):

    Returns:
        OperationRequest[GetTransactionsCustomerViewResponse200]
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
        url="/api/v4.0/integrations/transactions/customer-view",
        params=params,
        headers={},
        json=None,
        parse=_parse,
        retry_safe=True,
    )


def _parse(response: httpx.Response) -> GetTransactionsCustomerViewResponse200:
    if response.status_code == 200:
        response_200 = GetTransactionsCustomerViewResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
