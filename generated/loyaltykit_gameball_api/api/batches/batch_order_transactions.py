from typing import Any, Final

import httpx

from ...models.batch_order_transactions_body import BatchOrderTransactionsBody
from ...models.batch_order_transactions_response_200 import BatchOrderTransactionsResponse200
from ...types import OperationRequest, UndocumentedStatus, json_exact

OPERATION_ID: Final = "batchOrderTransactions"
"""The spec's operationId: the operation's name in the facade's logs and errors."""


def request(
    *,
    body: BatchOrderTransactionsBody,
) -> OperationRequest[BatchOrderTransactionsResponse200]:
    """Order Transactions Batch Job

     Retrieve the full transaction history (payments, rewards, refunds) for up to 1,000 orders in a
    single call. The job runs asynchronously — the endpoint returns a `jobId` immediately. Poll the
    batch status endpoint to retrieve results.

    **Security:** Requires `apiKey` and `secretKey` headers (secret key required on v4.1; on v4.0
    required when High Security Mode is enabled).

    Args:
        body (BatchOrderTransactionsBody):

    Returns:
        OperationRequest[BatchOrderTransactionsResponse200]
    """

    _kwargs: dict[str, Any] = {}
    _kwargs["json"] = body.to_dict()

    return OperationRequest(
        operation=OPERATION_ID,
        method="POST",
        url="/api/v4.0/integrations/batch/orders/transactions",
        params={},
        headers={},
        json=_kwargs.get("json"),
        parse=_parse,
        retry_safe=False,
    )


def _parse(response: httpx.Response) -> BatchOrderTransactionsResponse200:
    if response.status_code == 200:
        response_200 = BatchOrderTransactionsResponse200.from_dict(json_exact(response))

        return response_200

    raise UndocumentedStatus(OPERATION_ID, response.status_code)
