from typing import Final
from urllib.parse import quote

import httpx

from ...models.put_transactions_transaction_id_activate_response_200 import (
    PutTransactionsTransactionIdActivateResponse200,
)
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "put_transactions_transactionId_activate"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    transaction_id: str,
) -> OperationRequest[PutTransactionsTransactionIdActivateResponse200]:
    """This API is used to immediately activate loyalty points that are currently in a pending state,
    bypassing the configured return window duration. This endpoint overrides that duration and activates
    the points immediately, making them available for use by the customer without waiting for the
    pending return window duration to elapse. This API is especially useful for scenarios where the
    client determines that the order is confirmed and the points can be safely activated ahead of
    schedule. Note: Once points are activated, the action cannot be reversed via this API.

    Args:
        transaction_id (str):

    Returns:
        OperationRequest[PutTransactionsTransactionIdActivateResponse200]
    """

    return OperationRequest(
        operation=OPERATION_ID,
        method="PUT",
        url="/api/v4.0/integrations/transactions/{transaction_id}/activate".format(
            transaction_id=quote(str(transaction_id), safe=""),
        ),
        params={},
        headers={},
        json=None,
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> PutTransactionsTransactionIdActivateResponse200:
    if response.status_code == 200:
        response_200 = PutTransactionsTransactionIdActivateResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
